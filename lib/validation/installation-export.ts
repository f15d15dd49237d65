// The installation export (lib/db/installation-export.ts), version 1: every entity of one
// installation in a JSON document, for moving a desk to another installation. This schema checks a
// document before anything of it is written, and turns it into rows as the database holds them:
// ISO times become Dates, lower-case enum names (as the API spells them) the database's upper case.
// Users carry no password hash; page snapshots carry their bytes (base64) only when asked for.
import { z } from "./zod";

export const INSTALLATION_EXPORT_FORMAT = "counterclaim-export";
export const INSTALLATION_EXPORT_VERSION = 1;

const MAX_TEXT = 5_000_000;
const MAX_ROWS = 5_000_000;

const id = z.string().min(1).max(191);
const text = (max = 100_000) => z.string().max(max);
const time = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const count = z.number().int().min(0).max(2_147_483_647);
const json = z.json();
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(MAX_ROWS);

/** Lower-case names in the file, the database's upper-case values after parsing. */
function dbEnum<const T extends string>(values: readonly T[]) {
  const lower = values.map((value) => value.toLowerCase()) as [string, ...string[]];
  return z.enum(lower).transform((value) => value.toUpperCase() as T);
}

const role = dbEnum(["JOURNALIST", "REVIEWER", "ADMIN"]);
const actorKind = dbEnum(["STATE", "INSTITUTION", "PERSON", "OTHER"]);
const anchorStatus = dbEnum(["EXACT", "MOVED", "FUZZY", "ORPHANED"]);
const attribution = dbEnum(["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCE", "OUTLET_ASSERTION"]);
const claimOrigin = dbEnum(["MANUAL", "SUGGESTED", "IMPORTED"]);
const linkKind = dbEnum(["REBUTS", "SUPPORTS", "QUALIFIES", "SAME_CLAIM"]);
const evidenceKind = dbEnum(["OFFICIAL_STATEMENT", "MEDIA_REPORT", "OSINT", "IMAGERY", "DOCUMENT", "EXPERT"]);
const stance = dbEnum(["REFUTES", "SUPPORTS", "CONTEXT"]);
const verdictStatus = dbEnum(["DRAFT", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED"]);
const suggestionOutcome = dbEnum(["ACCEPTED", "REJECTED"]);

/** Which fields of each entity are enums: the exporter lower-cases exactly these. */
export const EXPORT_ENUM_FIELDS = {
  users: ["role"],
  actors: ["kind"],
  claims: ["anchorStatus", "attribution", "origin"],
  claimAnchors: ["status"],
  links: ["kind"],
  evidence: ["kind", "stance"],
  verdicts: ["status"],
  verdictEvents: ["fromStatus", "toStatus"],
  suggestionDecisions: ["outcome"],
} as const satisfies Record<string, readonly string[]>;

const user = z.strictObject({ id, email: text(320), name: text(500), role, disabledAt: time.nullable(), createdAt: time, updatedAt: time });
const actor = z.strictObject({
  id,
  name: text(500),
  slug: text(500),
  color: text(32),
  aliases: z.array(text(500)).max(1000),
  description: text(),
  kind: actorKind,
  version: count,
  parentId: id.nullable(),
  createdAt: time,
  updatedAt: time,
});
const rating = z.strictObject({ id, key: text(100), label: text(500), definition: text(), color: text(32), ratingValue: z.number().int().min(-1000).max(1000).nullable(), position: count });
const deskSettings = z.strictObject({ id: count, publisherName: text(500), publisherUrl: text(2048).nullable(), version: count, updatedAt: time });
const article = z.strictObject({
  id,
  title: text(2000),
  source: text(2000),
  url: text(2048).nullable(),
  publishedAt: time.nullable(),
  language: text(50),
  createdById: id,
  currentRevisionId: id.nullable(),
  version: count,
  deletedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});
const revision = z.strictObject({ id, articleId: id, number: count, body: z.record(z.string(), json), text: text(MAX_TEXT), createdById: id, createdAt: time });
const claim = z.strictObject({
  id,
  articleId: id,
  revisionId: id,
  actorId: id,
  exact: text(MAX_TEXT),
  prefix: text(),
  suffix: text(),
  start: count,
  end: count,
  anchorStatus,
  previousExact: text(MAX_TEXT).nullable(),
  attribution,
  relayedById: id.nullable(),
  note: text(),
  origin: claimOrigin,
  createdById: id,
  version: count,
  deletedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});
const claimAnchor = z.strictObject({ id, claimId: id, revisionId: id, status: anchorStatus, start: count.nullable(), end: count.nullable(), exact: text(MAX_TEXT), createdAt: time });
const link = z.strictObject({ id, fromClaimId: id, toClaimId: id, kind: linkKind, note: text(), createdById: id, createdAt: time });
const evidence = z.strictObject({
  id,
  claimId: id,
  url: text(2048),
  title: text(2000),
  publisher: text(2000),
  excerpt: text(),
  kind: evidenceKind,
  stance,
  retrievedAt: time.nullable(),
  contentHash: text(200).nullable(),
  createdById: id,
  createdAt: time,
});
const verdict = z.strictObject({
  id,
  claimId: id,
  claimSummary: text(),
  ratingId: id.nullable(),
  rationale: json.nullable(),
  status: verdictStatus,
  authorId: id,
  reviewerId: id.nullable(),
  version: count,
  decidedAt: time.nullable(),
  quoteChangedAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
  reliesOnLinkIds: z.array(id).max(10_000),
  reliesOnEvidenceIds: z.array(id).max(10_000),
});
const verdictEvent = z.strictObject({ id, verdictId: id, fromStatus: verdictStatus.nullable(), toStatus: verdictStatus, byId: id, comment: text(), changes: json.nullable(), at: time });
const auditEvent = z.strictObject({ id, userId: id.nullable(), entity: text(200), entityId: text(500), action: text(200), before: json.nullable(), after: json.nullable(), at: time,
  // Files exported before the live change feed have no articleId.
  articleId: id.nullable().optional(),
});
const pageSnapshot = z.strictObject({
  id,
  requestedUrl: text(8192),
  finalUrl: text(8192),
  status: z.number().int().min(100).max(599),
  contentType: text(200),
  charset: text(100),
  size: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fetchedAt: time,
  createdById: id,
  articleId: id.nullable(),
  revisionId: id.nullable(),
  createdAt: time,
  /** The page's bytes in base64, present only in an export made with the page bodies. */
  body: z.base64().max(20_000_000).optional(),
});
const suggestionDecision = z.strictObject({
  id,
  articleId: id,
  userId: id,
  outcome: suggestionOutcome,
  proposedActor: text(500),
  acceptedActor: text(500).nullable(),
  actorChanged: z.boolean(),
  start: count,
  end: count,
  exact: text(MAX_TEXT),
  reason: text(),
  confidence: z.number().finite(),
  claimId: id.nullable(),
  createdAt: time,
});

/** Checks the envelope first, so that an unknown format or version is named as such. */
export const installationExportEnvelopeSchema = z.looseObject({
  format: z.literal(INSTALLATION_EXPORT_FORMAT, { message: `Not a Counterclaim export (format must be "${INSTALLATION_EXPORT_FORMAT}").` }),
  version: z.literal(INSTALLATION_EXPORT_VERSION, { message: `Unknown export version: this installation reads version ${INSTALLATION_EXPORT_VERSION}.` }),
});

export const installationExportSchema = z.strictObject({
  format: z.literal(INSTALLATION_EXPORT_FORMAT),
  version: z.literal(INSTALLATION_EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  /** The migrations the exporting installation's schema was at (informative). */
  migrations: z.array(text(500)).max(10_000),
  deskSettings: deskSettings.nullable(),
  users: rows(user),
  actors: rows(actor),
  ratings: rows(rating),
  articles: rows(article),
  revisions: rows(revision),
  claims: rows(claim),
  claimAnchors: rows(claimAnchor),
  links: rows(link),
  evidence: rows(evidence),
  verdicts: rows(verdict),
  verdictEvents: rows(verdictEvent),
  auditEvents: rows(auditEvent),
  pageSnapshots: rows(pageSnapshot),
  suggestionDecisions: rows(suggestionDecision),
});

export type InstallationImport = z.output<typeof installationExportSchema>;

/** GET /api/v1/admin/export: `pageBodies=1` includes the archived pages' bytes. */
export const installationExportQuerySchema = z.strictObject({ pageBodies: z.enum(["0", "1"]).optional() });
