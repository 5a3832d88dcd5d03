-- CreateTable
CREATE TABLE "games" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "scoring" TEXT NOT NULL,
    "host_secret_hash" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "ended_early" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL,
    "started_at" DATETIME,
    "ended_at" DATETIME,
    "snapshot" TEXT
);

-- CreateTable
CREATE TABLE "players" (
    "game_id" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nickname_key" TEXT NOT NULL,
    "joined_at" DATETIME NOT NULL,
    "kicked" BOOLEAN NOT NULL DEFAULT false,
    "final_score" INTEGER,
    "rank" INTEGER,
    "correct_count" INTEGER,
    "total_response_ms" INTEGER,

    PRIMARY KEY ("game_id", "id"),
    CONSTRAINT "players_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "answers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "game_id" INTEGER NOT NULL,
    "player_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "choice_ids" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "response_ms" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "streak" INTEGER NOT NULL,
    "answered_at" DATETIME NOT NULL,
    CONSTRAINT "answers_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "answers_game_id_player_id_fkey" FOREIGN KEY ("game_id", "player_id") REFERENCES "players" ("game_id", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "games_code_key" ON "games"("code");

-- CreateIndex
CREATE INDEX "games_set_id_ended_at_idx" ON "games"("set_id", "ended_at");

-- CreateIndex
CREATE INDEX "games_is_public_ended_at_idx" ON "games"("is_public", "ended_at");

-- CreateIndex
CREATE UNIQUE INDEX "players_game_id_nickname_key_key" ON "players"("game_id", "nickname_key");

-- CreateIndex
CREATE UNIQUE INDEX "answers_game_id_player_id_question_id_key" ON "answers"("game_id", "player_id", "question_id");
