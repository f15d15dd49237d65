-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "articleId" TEXT,
ADD COLUMN     "seq" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Presence_articleId_expiresAt_idx" ON "Presence"("articleId", "expiresAt");

-- CreateIndex
CREATE INDEX "Presence_expiresAt_idx" ON "Presence"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_seq_idx" ON "AuditEvent"("articleId", "seq");

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The change feed (lib/live): every audit event that belongs to an article is announced on the
-- channel "counterclaim_audit". pg_notify inside the inserting transaction is delivered at its
-- commit and never for a rollback, so listeners only hear about committed writes. The payload
-- carries ids only (clients re-read through the permission-checked API), well under NOTIFY's
-- 8000-byte limit: every field is capped.
CREATE FUNCTION "audit_event_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."articleId" IS NOT NULL THEN
    PERFORM pg_notify('counterclaim_audit', json_build_object(
      'seq', NEW."seq",
      'id', left(NEW."id", 64),
      'entity', left(NEW."entity", 64),
      'entityId', left(NEW."entityId", 200),
      'articleId', left(NEW."articleId", 64),
      'action', left(NEW."action", 64),
      'userId', left(NEW."userId", 64)
    )::text);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_notify"
AFTER INSERT ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_notify"();
