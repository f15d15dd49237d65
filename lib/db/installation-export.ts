// The whole installation as one JSON document (format "counterclaim-export", version 1), and its
// import into another, empty installation: for moving a desk, not for backups (npm run backup is
// the backup). Ids are kept, so links between claims, verdicts' sources and the IRIs in published
// exports (built from ids) still hold after the move. Users come without password hashes: imported
// accounts cannot sign in until an admin sets their password (npm run import-all can set one).
// API tokens and the sign-in limiter's state stay behind; page snapshots carry their bytes only
// when asked for (they can be large), and are imported without them otherwise.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  EXPORT_ENUM_FIELDS,
  INSTALLATION_EXPORT_FORMAT,
  INSTALLATION_EXPORT_VERSION,
  installationExportEnvelopeSchema,
  installationExportSchema,
  type InstallationImport,
} from "@/lib/validation/installation-export";
import { getDb, type DbTx } from "./client";

type JsonRow = Record<string, unknown>;
export type InstallationExport = { format: typeof INSTALLATION_EXPORT_FORMAT; version: typeof INSTALLATION_EXPORT_VERSION; exportedAt: string; migrations: string[]; deskSettings: JsonRow | null } & Record<
  (typeof ENTITIES)[number],
  JsonRow[]
>;
export type ImportSummary = { counts: Record<string, number>; snapshotsWithoutBodies: number };

const ENTITIES = ["users", "actors", "ratings", "articles", "revisions", "claims", "claimAnchors", "links", "evidence", "verdicts", "verdictEvents", "auditEvents", "pageSnapshots", "suggestionDecisions"] as const;
// Generous: a move runs once, on a whole installation.
const TRANSACTION = { maxWait: 30_000, timeout: 30 * 60_000 };
// An unusable hash: argon2 cannot verify against it, so the account cannot sign in until reset.
export const IMPORTED_PASSWORD_HASH = "!imported-without-password";

/** Dates as ISO strings, enums lower-case as in the API, bytes left out: a row as the file holds it. */
function toJsonRow(row: object, enumFields: readonly string[] = []): JsonRow {
  const out: JsonRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (enumFields.includes(key) && typeof value === "string") out[key] = value.toLowerCase();
    else out[key] = value;
  }
  return out;
}

const byId = { orderBy: { id: "asc" } } as const;

async function readEverything(tx: DbTx, pageBodies: boolean): Promise<Omit<InstallationExport, "format" | "version" | "exportedAt">> {
  const migrations = await tx.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  const settings = await tx.deskSettings.findFirst({ orderBy: { id: "asc" } });
  const users = await tx.user.findMany({ ...byId, omit: { passwordHash: true, sessionVersion: true } });
  const verdicts = await tx.verdict.findMany({ ...byId, include: { reliesOnLinks: { select: { id: true } }, reliesOnEvidence: { select: { id: true } } } });
  const snapshots = await tx.pageSnapshot.findMany({ ...byId, omit: { body: !pageBodies } });
  const e = EXPORT_ENUM_FIELDS;
  return {
    migrations: migrations.map((row) => row.migration_name),
    deskSettings: settings ? toJsonRow(settings) : null,
    users: users.map((row) => toJsonRow(row, e.users)),
    actors: (await tx.actor.findMany(byId)).map((row) => toJsonRow(row, e.actors)),
    ratings: (await tx.rating.findMany(byId)).map((row) => toJsonRow(row)),
    articles: (await tx.article.findMany(byId)).map((row) => toJsonRow(row)),
    revisions: (await tx.articleRevision.findMany(byId)).map((row) => toJsonRow(row)),
    // quoteKey is derived by a database trigger (claim search), which recomputes it on import.
    claims: (await tx.claim.findMany({ ...byId, omit: { quoteKey: true } })).map((row) => toJsonRow(row, e.claims)),
    claimAnchors: (await tx.claimAnchor.findMany(byId)).map((row) => toJsonRow(row, e.claimAnchors)),
    links: (await tx.claimLink.findMany(byId)).map((row) => toJsonRow(row, e.links)),
    evidence: (await tx.evidence.findMany(byId)).map((row) => toJsonRow(row, e.evidence)),
    verdicts: verdicts.map(({ reliesOnLinks, reliesOnEvidence, ...row }) => ({
      ...toJsonRow(row, e.verdicts),
      reliesOnLinkIds: reliesOnLinks.map((link) => link.id).sort(),
      reliesOnEvidenceIds: reliesOnEvidence.map((item) => item.id).sort(),
    })),
    verdictEvents: (await tx.verdictEvent.findMany(byId)).map((row) => toJsonRow(row, e.verdictEvents)),
    // `seq` is this database's change-feed order, not data: the importing database numbers anew.
    auditEvents: (await tx.auditEvent.findMany({ ...byId, omit: { seq: true } })).map((row) => toJsonRow(row)),
    pageSnapshots: snapshots.map(({ body, ...row }) => ({ ...toJsonRow(row), ...(body ? { body: Buffer.from(body).toString("base64") } : {}) })),
    suggestionDecisions: (await tx.suggestionDecision.findMany(byId)).map((row) => toJsonRow(row, e.suggestionDecisions)),
  };
}

/** Everything, read in one snapshot (REPEATABLE READ), so the document is consistent. Admin only. */
export async function exportInstallation(user: SessionUser, options: { pageBodies?: boolean } = {}): Promise<InstallationExport> {
  assertCan(user, "installation:export");
  const data = await getDb().$transaction((tx) => readEverything(tx, options.pageBodies ?? false), { ...TRANSACTION, isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead });
  return { format: INSTALLATION_EXPORT_FORMAT, version: INSTALLATION_EXPORT_VERSION, exportedAt: new Date().toISOString(), ...data };
}

/** SQL NULL for a JSON column (Prisma needs it said explicitly). */
const jsonOrNull = (value: unknown) => (value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** Whether the installation holds anything an import would mix with. */
async function occupiedTables(tx: DbTx): Promise<string[]> {
  const checks: [string, Promise<number>][] = [
    ["users", tx.user.count()],
    ["actors", tx.actor.count()],
    ["ratings", tx.rating.count()],
    ["articles", tx.article.count()],
    ["audit events", tx.auditEvent.count()],
    ["page snapshots", tx.pageSnapshot.count()],
    ["desk settings", tx.deskSettings.count()],
  ];
  const occupied: string[] = [];
  for (const [name, pending] of checks) if ((await pending) > 0) occupied.push(name);
  return occupied;
}

/**
 * Loads an export into this installation, all in one transaction: nothing is written unless all of
 * it is. Refuses anything but format version 1, and an installation that is not empty (migrated,
 * not seeded: `npm run import-all` prepares one). Admin only.
 */
export async function importInstallation(user: SessionUser, document: unknown): Promise<ImportSummary> {
  assertCan(user, "installation:import");
  const envelope = installationExportEnvelopeSchema.safeParse(document);
  if (!envelope.success) throw new AppError("UNPROCESSABLE", envelope.error.issues[0]?.message ?? "Not a Counterclaim export.", { details: { field: envelope.error.issues[0]?.path.join(".") } });
  const data: InstallationImport = installationExportSchema.parse(document);
  return getDb().$transaction(async (tx) => {
    const occupied = await occupiedTables(tx);
    if (occupied.length) throw new AppError("CONFLICT", `The target installation is not empty (it has ${occupied.join(", ")}): import into a new, empty installation.`);
    await writeEverything(tx, data);
    const counts: Record<string, number> = { deskSettings: data.deskSettings ? 1 : 0 };
    for (const entity of ENTITIES) counts[entity] = data[entity].length;
    return { counts, snapshotsWithoutBodies: data.pageSnapshots.filter((snapshot) => snapshot.body === undefined).length };
  }, TRANSACTION);
}

async function writeEverything(tx: DbTx, data: InstallationImport): Promise<void> {
  if (data.deskSettings) await tx.deskSettings.create({ data: data.deskSettings });
  await tx.user.createMany({ data: data.users.map((row) => ({ ...row, passwordHash: IMPORTED_PASSWORD_HASH })) });
  // Self-reference and the article <-> current revision cycle: written empty, then set.
  await tx.actor.createMany({ data: data.actors.map((row) => ({ ...row, parentId: null })) });
  for (const row of data.actors) if (row.parentId) await tx.actor.update({ where: { id: row.id }, data: { parentId: row.parentId, updatedAt: row.updatedAt } });
  await tx.rating.createMany({ data: data.ratings });
  await tx.article.createMany({ data: data.articles.map((row) => ({ ...row, currentRevisionId: null })) });
  await tx.articleRevision.createMany({ data: data.revisions.map((row) => ({ ...row, body: row.body as Prisma.InputJsonValue })) });
  for (const row of data.articles) if (row.currentRevisionId) await tx.article.update({ where: { id: row.id }, data: { currentRevisionId: row.currentRevisionId, updatedAt: row.updatedAt } });
  await tx.claim.createMany({ data: data.claims });
  await tx.claimAnchor.createMany({ data: data.claimAnchors });
  await tx.claimLink.createMany({ data: data.links });
  await tx.evidence.createMany({ data: data.evidence });
  await tx.verdict.createMany({ data: data.verdicts.map(({ reliesOnLinkIds: _links, reliesOnEvidenceIds: _evidence, ...row }) => ({ ...row, rationale: jsonOrNull(row.rationale) })) });
  for (const row of data.verdicts) {
    if (!row.reliesOnLinkIds.length && !row.reliesOnEvidenceIds.length) continue;
    await tx.verdict.update({
      where: { id: row.id },
      data: { updatedAt: row.updatedAt, reliesOnLinks: { connect: row.reliesOnLinkIds.map((id) => ({ id })) }, reliesOnEvidence: { connect: row.reliesOnEvidenceIds.map((id) => ({ id })) } },
    });
  }
  await tx.verdictEvent.createMany({ data: data.verdictEvents.map((row) => ({ ...row, changes: jsonOrNull(row.changes) })) });
  await tx.auditEvent.createMany({ data: data.auditEvents.map((row) => ({ ...row, before: jsonOrNull(row.before), after: jsonOrNull(row.after) })) });
  await tx.pageSnapshot.createMany({ data: data.pageSnapshots.map(({ body, ...row }) => ({ ...row, body: body === undefined ? new Uint8Array() : new Uint8Array(Buffer.from(body, "base64")) })) });
  await tx.suggestionDecision.createMany({ data: data.suggestionDecisions });
}
