-- CreateTable
CREATE TABLE "practice_learners" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nickname" TEXT NOT NULL,
    "nickname_key" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "practice_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "learner_id" INTEGER NOT NULL,
    "set_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "timed" BOOLEAN NOT NULL,
    "seed" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "score" INTEGER NOT NULL DEFAULT 0,
    "correct_count" INTEGER NOT NULL DEFAULT 0,
    "answered_count" INTEGER NOT NULL DEFAULT 0,
    "accuracy" REAL NOT NULL DEFAULT 0,
    "duration_ms" INTEGER,
    "hints_used" INTEGER NOT NULL DEFAULT 0,
    "started_at" DATETIME NOT NULL,
    "finished_at" DATETIME,
    "review_of_id" INTEGER,
    CONSTRAINT "practice_runs_learner_id_fkey" FOREIGN KEY ("learner_id") REFERENCES "practice_learners" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "practice_answers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "run_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "question_id" TEXT NOT NULL,
    "choice_ids" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "timed_out" BOOLEAN NOT NULL,
    "retry" BOOLEAN NOT NULL,
    "response_ms" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "answered_at" DATETIME NOT NULL,
    CONSTRAINT "practice_answers_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "practice_runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "practice_bests" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "set_id" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "learner_id" INTEGER NOT NULL,
    "nickname" TEXT NOT NULL,
    "nickname_key" TEXT NOT NULL,
    "run_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "accuracy" REAL NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "finished_at" DATETIME NOT NULL,
    CONSTRAINT "practice_bests_learner_id_fkey" FOREIGN KEY ("learner_id") REFERENCES "practice_learners" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "practice_learners_token_hash_key" ON "practice_learners"("token_hash");

-- CreateIndex
CREATE INDEX "practice_runs_learner_id_status_idx" ON "practice_runs"("learner_id", "status");

-- CreateIndex
CREATE INDEX "practice_runs_learner_id_finished_at_idx" ON "practice_runs"("learner_id", "finished_at");

-- CreateIndex
CREATE UNIQUE INDEX "practice_answers_run_id_position_key" ON "practice_answers"("run_id", "position");

-- CreateIndex
CREATE INDEX "practice_bests_set_id_mode_period_score_duration_ms_finished_at_run_id_idx" ON "practice_bests"("set_id", "mode", "period", "score" DESC, "duration_ms", "finished_at", "run_id");

-- CreateIndex
CREATE INDEX "practice_bests_learner_id_period_idx" ON "practice_bests"("learner_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "practice_bests_set_id_mode_period_learner_id_key" ON "practice_bests"("set_id", "mode", "period", "learner_id");
