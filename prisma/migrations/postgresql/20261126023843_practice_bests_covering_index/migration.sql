-- DropIndex
DROP INDEX "practice_bests_set_id_mode_period_score_duration_ms_finishe_idx";

-- CreateIndex
CREATE INDEX "practice_bests_set_id_mode_period_score_duration_ms_finishe_idx" ON "practice_bests"("set_id", "mode", "period", "score" DESC, "duration_ms", "finished_at", "run_id", "learner_id", "nickname_key");
