// The desk's settings row (id 1): who publishes the exports. Read by every export, edited by
// admins with optimistic locking. Until an admin sets a name, exports are signed with a default.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors/app-error";
import { updateDeskSettingsSchema, type UpdateDeskSettingsInput } from "@/lib/validation/desk-settings";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";

const SETTINGS_ID = 1;
export const DEFAULT_PUBLISHER_NAME = "Counterclaim";

export type DeskSettingsView = {
  publisherName: string;
  publisherUrl: string | null;
  /** False until an admin has saved the settings: exports then use DEFAULT_PUBLISHER_NAME. */
  configured: boolean;
  version: number;
};

async function readSettings(db: DbTx): Promise<DeskSettingsView> {
  const row = await db.deskSettings.findUnique({ where: { id: SETTINGS_ID } });
  if (!row || !row.publisherName) return { publisherName: DEFAULT_PUBLISHER_NAME, publisherUrl: row?.publisherUrl ?? null, configured: false, version: row?.version ?? 1 };
  return { publisherName: row.publisherName, publisherUrl: row.publisherUrl, configured: true, version: row.version };
}

/** Anyone signed in may read them: they are printed on every export. */
export async function getDeskSettings(user: SessionUser): Promise<DeskSettingsView> {
  assertCan(user, "export:read");
  return readSettings(getDb());
}

export async function updateDeskSettings(user: SessionUser, input: UpdateDeskSettingsInput): Promise<DeskSettingsView> {
  assertCan(user, "settings:manage");
  const data = updateDeskSettingsSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await readSettings(tx);
    // The row may not exist yet (version 1 is the "never saved" version); creating it races like an update.
    await tx.deskSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, publisherName: "", version: 1 }, update: {} });
    const { count } = await tx.deskSettings.updateMany({
      where: { id: SETTINGS_ID, version: data.version },
      data: { publisherName: data.publisherName, ...(data.publisherUrl !== undefined ? { publisherUrl: data.publisherUrl } : {}), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed the desk settings since you opened them.", { details: { current: before } });
    await recordAudit(tx, { userId: user.id, entity: "DeskSettings", entityId: String(SETTINGS_ID), action: "update", before: { publisherName: before.publisherName, publisherUrl: before.publisherUrl }, after: { publisherName: data.publisherName, publisherUrl: data.publisherUrl ?? before.publisherUrl } });
    return readSettings(tx);
  });
}
