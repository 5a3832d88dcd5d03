-- DropIndex
DROP INDEX "practice_bests_set_id_mode_period_score_duration_ms_finished_at_run_id_idx";

-- CreateIndex
CREATE INDEX "practice_bests_set_id_mode_period_score_duration_ms_finished_at_run_id_learner_id_nickname_key_idx" ON "practice_bests"("set_id", "mode", "period", "score" DESC, "duration_ms", "finished_at", "run_id", "learner_id", "nickname_key");
