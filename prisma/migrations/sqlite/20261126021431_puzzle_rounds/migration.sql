-- CreateTable
CREATE TABLE "puzzle_commands" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "game_id" INTEGER NOT NULL,
    "round_id" TEXT NOT NULL,
    "puzzle_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "player_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "line" TEXT NOT NULL,
    "exit_code" INTEGER NOT NULL,
    "output" TEXT NOT NULL,
    "ran_at" DATETIME NOT NULL,
    CONSTRAINT "puzzle_commands_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "puzzle_commands_game_id_player_id_fkey" FOREIGN KEY ("game_id", "player_id") REFERENCES "players" ("game_id", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "puzzle_results" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "game_id" INTEGER NOT NULL,
    "round_id" TEXT NOT NULL,
    "puzzle_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "member_ids" TEXT NOT NULL,
    "solved" BOOLEAN NOT NULL,
    "solved_in_ms" INTEGER,
    "goals_met" INTEGER NOT NULL,
    "goal_count" INTEGER NOT NULL,
    "hints_taken" INTEGER NOT NULL,
    "hint_points" INTEGER NOT NULL,
    "command_count" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    CONSTRAINT "puzzle_results_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "puzzle_commands_game_id_round_id_team_id_seq_key" ON "puzzle_commands"("game_id", "round_id", "team_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "puzzle_results_game_id_round_id_team_id_key" ON "puzzle_results"("game_id", "round_id", "team_id");
