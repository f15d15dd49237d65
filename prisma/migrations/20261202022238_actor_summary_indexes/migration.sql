-- CreateIndex
CREATE INDEX "Claim_actorId_deletedAt_articleId_id_idx" ON "Claim"("actorId", "deletedAt", "articleId", "id");

-- CreateIndex
CREATE INDEX "Claim_id_deletedAt_articleId_actorId_idx" ON "Claim"("id", "deletedAt", "articleId", "actorId");

-- CreateIndex
CREATE INDEX "Verdict_status_claimId_ratingId_idx" ON "Verdict"("status", "claimId", "ratingId");
