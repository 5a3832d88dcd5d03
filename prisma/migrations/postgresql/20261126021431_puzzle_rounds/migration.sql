-- CreateTable
CREATE TABLE "puzzle_commands" (
    "id" SERIAL NOT NULL,
    "game_id" INTEGER NOT NULL,
    "round_id" TEXT NOT NULL,
    "puzzle_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "player_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "line" TEXT NOT NULL,
    "exit_code" INTEGER NOT NULL,
    "output" TEXT NOT NULL,
    "ran_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "puzzle_commands_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "puzzle_results" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "puzzle_results_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "puzzle_commands_game_id_round_id_team_id_seq_key" ON "puzzle_commands"("game_id", "round_id", "team_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "puzzle_results_game_id_round_id_team_id_key" ON "puzzle_results"("game_id", "round_id", "team_id");

-- AddForeignKey
ALTER TABLE "puzzle_commands" ADD CONSTRAINT "puzzle_commands_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "puzzle_commands" ADD CONSTRAINT "puzzle_commands_game_id_player_id_fkey" FOREIGN KEY ("game_id", "player_id") REFERENCES "players"("game_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "puzzle_results" ADD CONSTRAINT "puzzle_results_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games"("id") ON DELETE CASCADE ON UPDATE CASCADE;
