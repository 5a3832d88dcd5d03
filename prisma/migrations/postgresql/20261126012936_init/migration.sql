-- CreateTable
CREATE TABLE "games" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "scoring" TEXT NOT NULL,
    "host_secret_hash" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "ended_early" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL,
    "started_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "snapshot" TEXT,

    CONSTRAINT "games_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "players" (
    "game_id" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nickname_key" TEXT NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL,
    "kicked" BOOLEAN NOT NULL DEFAULT false,
    "final_score" INTEGER,
    "rank" INTEGER,
    "correct_count" INTEGER,
    "total_response_ms" INTEGER,

    CONSTRAINT "players_pkey" PRIMARY KEY ("game_id","id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" SERIAL NOT NULL,
    "game_id" INTEGER NOT NULL,
    "player_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "choice_ids" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "response_ms" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "streak" INTEGER NOT NULL,
    "answered_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "players" ADD CONSTRAINT "players_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_game_id_fkey" FOREIGN KEY ("game_id") REFERENCES "games"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_game_id_player_id_fkey" FOREIGN KEY ("game_id", "player_id") REFERENCES "players"("game_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
