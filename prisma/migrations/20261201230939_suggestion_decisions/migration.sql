-- CreateEnum
CREATE TYPE "SuggestionOutcome" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "SuggestionDecision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "outcome" "SuggestionOutcome" NOT NULL,
    "proposedActor" TEXT NOT NULL,
    "acceptedActor" TEXT,
    "actorChanged" BOOLEAN NOT NULL DEFAULT false,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "claimId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionDecision_articleId_outcome_idx" ON "SuggestionDecision"("articleId", "outcome");

-- AddForeignKey
ALTER TABLE "SuggestionDecision" ADD CONSTRAINT "SuggestionDecision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDecision" ADD CONSTRAINT "SuggestionDecision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
