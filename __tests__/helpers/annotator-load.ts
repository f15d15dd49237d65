// Simulated annotators for the load and fault tests and bench/reliability.ts: each one is a loop of
// JSON API calls (Bearer token, loopback HTTP) that creates, edits and deletes claims and links on
// one article, with no pause between calls. Every successful answer is written into a ledger of
// what the database must now hold; a refused one (404, 409, 503) promises nothing. The checks below
// then read the database with plain SQL and list every difference.
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { seededRandom } from "./seeded-random";

export type Operation = "createClaim" | "editClaim" | "deleteClaim" | "createLink" | "deleteLink";

/** One answered (or failed) request. `at` is milliseconds since the load started. */
export type Sample = { op: Operation; status: number; ms: number; at: number; retryAfter: string | null; code: string | null };

export type LedgerClaim = { owner: number; version: number; updates: number; deletes: number; start: number; end: number };
export type LedgerLink = { owner: number; deleted: boolean; from: string; to: string; kind: string };
export type Ledger = { claims: Map<string, LedgerClaim>; links: Map<string, LedgerLink> };

export type LoadResult = { ledger: Ledger; samples: Sample[]; networkErrors: { op: Operation; at: number; message: string }[]; elapsedMs: number };

export type LoadOptions = {
  baseUrl: string;
  articleId: string;
  text: string;
  /** Annotator i uses tokens[i % tokens.length]: several annotators may share a journalist. */
  tokens: string[];
  annotators: number;
  /** The load stops after this long, or when `stop` says so, whichever is first. */
  durationMs: number;
  stop?: () => boolean;
  /** Caps one request, so a hung request is reported instead of hanging the run. */
  requestTimeoutMs?: number;
  seed?: number;
  /** Starts from these (e.g. the ledger of an earlier phase on the same article). */
  ledger?: Ledger;
};

const ACTORS = ["Russia", "Azerbaijan", "Armenia", "Moscow", "Baku", "Yerevan"];
const LINK_KINDS = ["rebuts", "supports", "qualifies", "same_claim"];
const ATTRIBUTIONS = ["direct_quote", "paraphrase", "anonymous_source", "outlet_assertion"];


export function emptyLedger(): Ledger {
  return { claims: new Map(), links: new Map() };
}

export async function runAnnotators(options: LoadOptions): Promise<LoadResult> {
  const ledger = options.ledger ?? emptyLedger();
  const samples: Sample[] = [];
  const networkErrors: LoadResult["networkErrors"] = [];
  const started = performance.now();
  const done = () => performance.now() - started >= options.durationMs || (options.stop?.() ?? false);
  const liveClaims = () => [...ledger.claims].filter(([, claim]) => claim.deletes === 0);

  async function call(op: Operation, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown } | null> {
    const begin = performance.now();
    try {
      const response = await fetch(`${options.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
      });
      const raw = await response.text();
      const json: unknown = raw ? JSON.parse(raw) : null;
      const code = (json as { error?: { code?: string } } | null)?.error?.code ?? null;
      samples.push({ op, status: response.status, ms: performance.now() - begin, at: begin - started, retryAfter: response.headers.get("retry-after"), code });
      return { status: response.status, json };
    } catch (error) {
      networkErrors.push({ op, at: begin - started, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return null;
    }
  }

  async function annotator(index: number): Promise<void> {
    const next = seededRandom((options.seed ?? 9) * 1000 + index);
    const token = options.tokens[index % options.tokens.length];
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
    while (!done()) {
      const roll = next();
      const live = liveClaims();
      const mine = live.filter(([, claim]) => claim.owner === index);
      const myLinks = [...ledger.links].filter(([, link]) => link.owner === index && !link.deleted);
      if (roll < 0.3 || live.length < 2) {
        const start = Math.floor(next() * (options.text.length - 120));
        const end = start + 20 + Math.floor(next() * 90);
        const answer = await call("createClaim", token, "POST", `/api/v1/articles/${options.articleId}/claims`, { actor: pick(ACTORS), start, end });
        if (answer?.status === 201) {
          const claim = answer.json as { id: string; version: number };
          ledger.claims.set(claim.id, { owner: index, version: claim.version, updates: 0, deletes: 0, start, end });
        }
      } else if (roll < 0.55) {
        // Anyone's claim, with the version last seen: concurrent edits of one claim answer 409.
        const [id, known] = pick(live);
        const answer = await call("editClaim", token, "PATCH", `/api/v1/claims/${id}`, { version: known.version, note: `edited by ${index} ${next().toFixed(6)}`, attribution: pick(ATTRIBUTIONS) });
        if (answer?.status === 200) {
          known.updates++;
          known.version = Math.max(known.version, (answer.json as { version: number }).version);
        } else if (answer?.status === 409) {
          const current = (answer.json as { error: { details?: { current?: { version?: number } } } }).error.details?.current;
          if (typeof current?.version === "number") known.version = Math.max(known.version, current.version);
        }
      } else if (roll < 0.65 && mine.length > 0) {
        // Only the annotator that made a claim deletes it, so no two deletes of one claim race.
        const [id, claim] = pick(mine);
        const answer = await call("deleteClaim", token, "DELETE", `/api/v1/claims/${id}`);
        if (answer?.status === 204) claim.deletes++;
      } else if (roll < 0.85 || myLinks.length === 0) {
        const [fromId] = pick(live);
        const [toId] = pick(live.filter(([id]) => id !== fromId));
        const kind = pick(LINK_KINDS);
        const answer = await call("createLink", token, "POST", `/api/v1/claims/${fromId}/links`, { targetClaimId: toId, kind });
        if (answer?.status === 201) ledger.links.set((answer.json as { id: string }).id, { owner: index, deleted: false, from: fromId, to: toId, kind });
      } else {
        const [id, link] = pick(myLinks);
        const answer = await call("deleteLink", token, "DELETE", `/api/v1/links/${id}`);
        if (answer?.status === 204) link.deleted = true;
      }
    }
  }

  await Promise.all(Array.from({ length: options.annotators }, (_, index) => annotator(index)));
  return { ledger, samples, networkErrors, elapsedMs: performance.now() - started };
}

/** The p-th percentile (0..100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** "201×120 204×30 …": the statuses seen, for messages and the bench. */
export function statusHistogram(samples: Sample[]): Record<string, number> {
  const histogram: Record<string, number> = {};
  for (const sample of samples) histogram[sample.status] = (histogram[sample.status] ?? 0) + 1;
  return histogram;
}

type ArticleRows = {
  claims: Map<string, { deleted: boolean; version: number }>;
  claimEvents: Map<string, Record<string, number>>;
  claimCreateEventsForArticle: Set<string>;
  links: Set<string>;
  linkEvents: Map<string, Record<string, number>>;
};

/**
 * A connection for reading the rows back. The embedded PostgreSQL serves one connection: right after
 * the app server stops, it may not have noticed the app's connection close yet and turns a new one
 * away (a reset), so a refused connection is tried again for a few seconds.
 */
async function connectForReading(databaseUrl: string): Promise<Client> {
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: databaseUrl });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt >= 40) throw error;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

async function readArticleRows(databaseUrl: string, articleId: string): Promise<ArticleRows> {
  const client = await connectForReading(databaseUrl);
  try {
    const claims = await client.query<{ id: string; deleted: boolean; version: number }>(`SELECT id, "deletedAt" IS NOT NULL AS deleted, version FROM "Claim" WHERE "articleId" = $1`, [articleId]);
    const claimEvents = await client.query<{ entityId: string; action: string; n: string }>(
      `SELECT a."entityId", a.action, count(*) AS n FROM "AuditEvent" a JOIN "Claim" c ON c.id = a."entityId" WHERE a.entity = 'Claim' AND c."articleId" = $1 GROUP BY 1, 2`,
      [articleId],
    );
    const creates = await client.query<{ entityId: string }>(`SELECT "entityId" FROM "AuditEvent" WHERE entity = 'Claim' AND action = 'create' AND after->>'articleId' = $1`, [articleId]);
    const links = await client.query<{ id: string }>(`SELECT l.id FROM "ClaimLink" l JOIN "Claim" c ON c.id = l."fromClaimId" WHERE c."articleId" = $1`, [articleId]);
    const linkEvents = await client.query<{ entityId: string; action: string; n: string }>(
      `SELECT "entityId", action, count(*) AS n FROM "AuditEvent" WHERE entity = 'ClaimLink' AND coalesce(after->>'articleId', before->>'articleId') = $1 GROUP BY 1, 2`,
      [articleId],
    );
    const grouped = (rows: { entityId: string; action: string; n: string }[]) => {
      const map = new Map<string, Record<string, number>>();
      for (const row of rows) map.set(row.entityId, { ...map.get(row.entityId), [row.action]: Number(row.n) });
      return map;
    };
    return {
      claims: new Map(claims.rows.map((row) => [row.id, { deleted: row.deleted, version: row.version }])),
      claimEvents: grouped(claimEvents.rows),
      claimCreateEventsForArticle: new Set(creates.rows.map((row) => row.entityId)),
      links: new Set(links.rows.map((row) => row.id)),
      linkEvents: grouped(linkEvents.rows),
    };
  } finally {
    await client.end();
  }
}

const eventCount = (events: Record<string, number> | undefined, action: string) => events?.[action] ?? 0;

/**
 * Every difference between the ledger and the article's rows: claims alive and deleted, versions,
 * audit events per claim and per link, links. With `exact: false` (requests whose outcome is
 * unknown, e.g. a 503 while the commit was in flight) the database may hold more than the ledger,
 * but never less.
 */
export async function ledgerMismatches(databaseUrl: string, articleId: string, ledger: Ledger, options: { exact: boolean } = { exact: true }): Promise<string[]> {
  const rows = await readArticleRows(databaseUrl, articleId);
  const problems: string[] = [];
  const compare = (what: string, expected: number, actual: number) => {
    if (options.exact ? actual !== expected : actual < expected) problems.push(`${what}: expected ${options.exact ? "" : "at least "}${expected}, found ${actual}`);
  };
  for (const [id, promised] of ledger.claims) {
    const row = rows.claims.get(id);
    if (!row) {
      problems.push(`claim ${id} (201) is not in the database`);
      continue;
    }
    if (options.exact && row.deleted !== promised.deletes > 0) problems.push(`claim ${id}: deleted is ${row.deleted}, the answers said ${promised.deletes > 0}`);
    if (!options.exact && promised.deletes > 0 && !row.deleted) problems.push(`claim ${id}: deleted (204) but alive`);
    const events = rows.claimEvents.get(id);
    compare(`claim ${id} create events`, 1, eventCount(events, "create"));
    compare(`claim ${id} update events`, promised.updates, eventCount(events, "update"));
    compare(`claim ${id} delete events`, promised.deletes, eventCount(events, "delete"));
    compare(`claim ${id} version`, 1 + promised.updates + promised.deletes, row.version);
  }
  for (const [id, promised] of ledger.links) {
    if (promised.deleted === rows.links.has(id)) problems.push(`link ${id}: ${promised.deleted ? "deleted (204) but still there" : "created (201) but missing"}`);
    const events = rows.linkEvents.get(id);
    compare(`link ${id} create events`, 1, eventCount(events, "create"));
    compare(`link ${id} delete events`, promised.deleted ? 1 : 0, eventCount(events, "delete"));
  }
  if (options.exact) {
    for (const id of rows.claims.keys()) if (!ledger.claims.has(id)) problems.push(`claim ${id} is in the database but no answer created it`);
    for (const id of rows.claimCreateEventsForArticle) if (!ledger.claims.has(id)) problems.push(`a create event names claim ${id}, which no answer created`);
    for (const id of rows.links) if (!ledger.links.has(id)) problems.push(`link ${id} is in the database but no answer created it`);
    for (const id of rows.linkEvents.keys()) if (!ledger.links.has(id)) problems.push(`audit events name link ${id}, which no answer created`);
  }
  return problems;
}

/**
 * Half-done writes on an article, whatever any answer said: a claim without its create event or
 * its anchor, an event for a claim that does not exist, a claim whose version does not match its
 * events (an edit or delete committed without its event, or the reverse), a link without its
 * claims or its create event, a link event whose link neither exists nor was deleted.
 */
export async function partialWrites(databaseUrl: string, articleId: string): Promise<string[]> {
  const client = await connectForReading(databaseUrl);
  const checks: [string, string][] = [
    [
      "claim without its create event",
      `SELECT c.id FROM "Claim" c WHERE c."articleId" = $1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Claim' AND a."entityId" = c.id AND a.action = 'create')`,
    ],
    ["claim without its anchor", `SELECT c.id FROM "Claim" c WHERE c."articleId" = $1 AND NOT EXISTS (SELECT 1 FROM "ClaimAnchor" x WHERE x."claimId" = c.id AND x."revisionId" = c."revisionId")`],
    [
      "create event without its claim",
      `SELECT a."entityId" AS id FROM "AuditEvent" a WHERE a.entity = 'Claim' AND a.action = 'create' AND a.after->>'articleId' = $1 AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = a."entityId")`,
    ],
    [
      "claim whose version does not match its events",
      `SELECT c.id FROM "Claim" c WHERE c."articleId" = $1 AND c.version <> 1 + (SELECT count(*) FROM "AuditEvent" a WHERE a.entity = 'Claim' AND a."entityId" = c.id AND a.action IN ('update', 'delete', 'restore'))`,
    ],
    [
      "deleted claim without its delete event",
      `SELECT c.id FROM "Claim" c WHERE c."articleId" = $1 AND c."deletedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Claim' AND a."entityId" = c.id AND a.action = 'delete')`,
    ],
    [
      "link without its claims",
      `SELECT l.id FROM "ClaimLink" l LEFT JOIN "Claim" f ON f.id = l."fromClaimId" LEFT JOIN "Claim" t ON t.id = l."toClaimId" WHERE (f.id IS NULL OR t.id IS NULL) AND (f."articleId" = $1 OR t."articleId" = $1 OR f.id IS NULL)`,
    ],
    [
      "link without its create event",
      `SELECT l.id FROM "ClaimLink" l JOIN "Claim" c ON c.id = l."fromClaimId" WHERE c."articleId" = $1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'ClaimLink' AND a."entityId" = l.id AND a.action = 'create')`,
    ],
    [
      "link event for a link neither present nor deleted",
      `SELECT a."entityId" AS id FROM "AuditEvent" a WHERE a.entity = 'ClaimLink' AND a.action = 'create' AND a.after->>'articleId' = $1
         AND NOT EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l.id = a."entityId")
         AND NOT EXISTS (SELECT 1 FROM "AuditEvent" d WHERE d.entity = 'ClaimLink' AND d."entityId" = a."entityId" AND d.action = 'delete')`,
    ],
    [
      "link delete event while the link is still there",
      `SELECT d."entityId" AS id FROM "AuditEvent" d WHERE d.entity = 'ClaimLink' AND d.action = 'delete' AND d.before->>'articleId' = $1 AND EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l.id = d."entityId")`,
    ],
  ];
  try {
    const problems: string[] = [];
    for (const [what, sql] of checks) {
      const { rows } = await client.query<{ id: string }>(sql, [articleId]);
      for (const row of rows) problems.push(`${what}: ${row.id}`);
    }
    return problems;
  } finally {
    await client.end();
  }
}
