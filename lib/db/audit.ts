// AuditEvent writes. Always called with the transaction of the change it records, so a change
// and its audit row are committed together or not at all. An entry with an `articleId` is also
// announced to the live change feed (a trigger's pg_notify, delivered at commit: lib/live).
import type { DbTx } from "./client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  userId: string | null;
  entity: string;
  entityId: string;
  action: string;
  /** The article the change belongs to: routes the event to that article's live streams. */
  articleId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
