// AuditEvent writes. Always called with the transaction of the change it records, so a change
// and its audit row are committed together or not at all.
import type { DbTx } from "./client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  userId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
