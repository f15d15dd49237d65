-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "previousExact" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "quoteChangedAt" TIMESTAMP(3);
