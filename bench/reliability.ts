// `npm run bench -- reliability`: 50 simulated annotators creating, editing and deleting claims and
// links on one article for 60 s (BENCH_RELIABILITY_SECONDS) through the real JSON API (production
// server, Bearer tokens, loopback HTTP, the app's default pool of 10), against raw `pg` writes of
// the same rows (one transaction per write, with its audit event, 50 workers on 10 connections)
// in the same run. Then the database goes away for 5 s under load: how fast the 503s come, and how
// soon the app serves again. Figures only; __tests__/reliability asserts the behaviour.
import { randomUUID } from "node:crypto";
import { Pool, type PoolClient } from "pg";
import { ensureBuild, startAppServer } from "../__tests__/helpers/app-server";
import { createSeededDatabase, prepareDesk, type Desk } from "../__tests__/helpers/reliability-desk";
import { ledgerMismatches, partialWrites, percentile, runAnnotators, statusHistogram, type Ledger, type LedgerLink, type Sample } from "../__tests__/helpers/annotator-load";
import { bringDatabaseBack, connectServerAdmin, loadThroughOutage, takeDatabaseAway } from "../__tests__/helpers/database-outage";

const ANNOTATORS = 50;
const POOL = 10;
const SECONDS = Number(process.env.BENCH_RELIABILITY_SECONDS ?? 60);

const SUCCESS: Record<string, number> = { createClaim: 201, editClaim: 200, deleteClaim: 204, createLink: 201, deleteLink: 204 };
const isWrite = (sample: Sample) => SUCCESS[sample.op] === sample.status;
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

function latencyLine(label: string, samples: Sample[]): string {
  const values = samples.map((sample) => sample.ms);
  return `  ${label.padEnd(24)} ${String(values.length).padStart(6)}   p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  p99 ${ms(percentile(values, 99))}`;
}

/** Runs `tasks` on `workers` concurrent workers; returns elapsed ms. */
async function timed(tasks: (() => Promise<void>)[], workers: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < tasks.length) await tasks[next++]();
  }));
  return performance.now() - started;
}

/**
 * The rows the app wrote, written again with raw SQL on fresh ids in the same article: each claim
 * (with its anchor and create event), each edit and delete (with its event), each link and link
 * delete (with its event), one transaction each: claims first, then the rest.
 */
async function rawReplay(databaseUrl: string, desk: Desk, ledger: Ledger): Promise<{ ms: number; writes: number }> {
  const pool = new Pool({ connectionString: databaseUrl, max: POOL });
  try {
    const { rows } = await pool.query<{ revisionId: string; actorId: string; userId: string }>(
      `SELECT a."currentRevisionId" AS "revisionId", (SELECT id FROM "Actor" WHERE name = 'Russia') AS "actorId", (SELECT id FROM "User" WHERE email = 'journalist@example.org') AS "userId" FROM "Article" a WHERE a.id = $1`,
      [desk.articleId],
    );
    const { revisionId, actorId, userId } = rows[0];
    const rawId = new Map([...ledger.claims.keys()].map((id) => [id, `raw-${randomUUID()}`]));
    const inTransaction = (work: (client: PoolClient) => Promise<void>) => async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await work(client);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    };
    const audit = (client: PoolClient, entity: string, entityId: string, action: string, data: object) =>
      client.query(`INSERT INTO "AuditEvent" (id, "userId", entity, "entityId", action, after) VALUES ($1, $2, $3, $4, $5, $6)`, [randomUUID(), userId, entity, entityId, action, JSON.stringify(data)]);
    const claims = [...ledger.claims].map(([id, claim]) =>
      inTransaction(async (client) => {
        const exact = desk.text.slice(claim.start, claim.end);
        await client.query(
          `INSERT INTO "Claim" (id, "articleId", "revisionId", "actorId", exact, prefix, suffix, start, "end", "createdById", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
          [rawId.get(id), desk.articleId, revisionId, actorId, exact, desk.text.slice(Math.max(0, claim.start - 32), claim.start), desk.text.slice(claim.end, claim.end + 32), claim.start, claim.end, userId],
        );
        await client.query(`INSERT INTO "ClaimAnchor" (id, "claimId", "revisionId", status, start, "end", exact) VALUES ($1, $2, $3, 'EXACT', $4, $5, $6)`, [randomUUID(), rawId.get(id), revisionId, claim.start, claim.end, exact]);
        await audit(client, "Claim", rawId.get(id)!, "create", { articleId: desk.articleId, start: claim.start, end: claim.end });
      }),
    );
    const linkIds = new Map([...ledger.links.keys()].map((id) => [id, `raw-${randomUUID()}`]));
    const middle = [
      ...[...ledger.claims].flatMap(([id, claim]) => [
        ...Array.from({ length: claim.updates }, () =>
          inTransaction(async (client) => {
            await client.query(`UPDATE "Claim" SET note = $2, version = version + 1, "updatedAt" = now() WHERE id = $1`, [rawId.get(id), "edited"]);
            await audit(client, "Claim", rawId.get(id)!, "update", { note: "edited" });
          }),
        ),
        ...Array.from({ length: claim.deletes }, () =>
          inTransaction(async (client) => {
            await client.query(`UPDATE "Claim" SET "deletedAt" = now(), version = version + 1, "updatedAt" = now() WHERE id = $1`, [rawId.get(id)]);
            await audit(client, "Claim", rawId.get(id)!, "delete", {});
          }),
        ),
      ]),
    ];
    // A link deleted and made again joins the same claims the same way (unique): each such group is
    // one task, its deleted links first (insert, then delete), then the live one.
    const groups = new Map<string, [string, LedgerLink][]>();
    for (const entry of ledger.links) {
      const key = `${entry[1].from} ${entry[1].to} ${entry[1].kind}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    let linkWrites = 0;
    for (const group of groups.values()) {
      const steps = [...group].sort(([, x], [, y]) => Number(y.deleted) - Number(x.deleted)).flatMap(([id, link]) => [
        inTransaction(async (client) => {
          await client.query(`INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", kind, "createdById") VALUES ($1, $2, $3, $4, $5)`, [linkIds.get(id), rawId.get(link.from), rawId.get(link.to), link.kind.toUpperCase(), userId]);
          await audit(client, "ClaimLink", linkIds.get(id)!, "create", { articleId: desk.articleId });
        }),
        ...(link.deleted
          ? [
              inTransaction(async (client) => {
                await client.query(`DELETE FROM "ClaimLink" WHERE id = $1`, [linkIds.get(id)]);
                await audit(client, "ClaimLink", linkIds.get(id)!, "delete", { articleId: desk.articleId });
              }),
            ]
          : []),
      ]);
      linkWrites += steps.length;
      middle.push(async () => {
        for (const step of steps) await step();
      });
    }
    let total = 0;
    for (const phase of [claims, middle]) total += await timed(phase, ANNOTATORS);
    return { ms: total, writes: claims.length + middle.length - groups.size + linkWrites };
  } finally {
    await pool.end();
  }
}

export async function benchReliability(): Promise<void> {
  ensureBuild();
  const database = await createSeededDatabase();
  const desk = await prepareDesk(database.url, { journalists: 10, tag: "bench" });
  const server = await startAppServer({ DATABASE_URL: database.url, DATABASE_POOL_MAX: String(POOL) });
  const admin = await connectServerAdmin(database.url);
  try {
    // One annotator for 2 s first, so that the routes are loaded and connections open; its writes
    // stay in the ledger, its timings are left out.
    const warmUp = await runAnnotators({ baseUrl: server.url, articleId: desk.articleId, text: desk.text, tokens: desk.tokens, annotators: 1, durationMs: 2_000 });
    const load = await runAnnotators({ baseUrl: server.url, articleId: desk.articleId, text: desk.text, tokens: desk.tokens, annotators: ANNOTATORS, durationMs: SECONDS * 1000, ledger: warmUp.ledger, seed: 10 });
    const seconds = load.elapsedMs / 1000;
    const writes = load.samples.filter(isWrite);
    const mismatches = await ledgerMismatches(database.url, desk.articleId, load.ledger);
    const partial = await partialWrites(database.url, desk.articleId);
    console.log(`Load: ${ANNOTATORS} annotators on one article for ${seconds.toFixed(1)} s (production server, pool of ${POOL})`);
    console.log(`  requests ${load.samples.length} (${(load.samples.length / seconds).toFixed(1)}/s), successful writes ${writes.length} (${(writes.length / seconds).toFixed(1)}/s)`);
    console.log(`  answers ${JSON.stringify(statusHistogram(load.samples))}; 5xx ${load.samples.filter((sample) => sample.status >= 500).length}; failed requests ${load.networkErrors.length}`);
    console.log(`  database vs answers: ${mismatches.length} differences, ${partial.length} partial writes (claims ${load.ledger.claims.size}, links ${load.ledger.links.size})`);
    console.log(`  latency                   count`);
    console.log(latencyLine("all requests", load.samples));
    for (const op of Object.keys(SUCCESS)) console.log(latencyLine(`${op} (${SUCCESS[op]})`, load.samples.filter((sample) => sample.op === op && sample.status === SUCCESS[op])));
    console.log(latencyLine("refused (404/409)", load.samples.filter((sample) => sample.status === 404 || sample.status === 409)));

    const raw = await rawReplay(database.url, desk, load.ledger);
    const appRate = writes.length / seconds;
    const rawRate = raw.writes / (raw.ms / 1000);
    console.log(`  raw pg, the same ${raw.writes} writes (tx + audit each, ${ANNOTATORS} workers, ${POOL} connections): ${rawRate.toFixed(0)} writes/s`);
    console.log(`  ratio (API successful writes/s ÷ raw writes/s): ${(appRate / rawRate).toFixed(3)}\n`);

    const outage = await loadThroughOutage({
      server,
      desk,
      annotators: 20,
      takeAway: () => takeDatabaseAway(admin.client, admin.name),
      bringBack: () => bringDatabaseBack(admin.client, admin.name),
      beforeMs: 3_000,
      awayMs: 5_000,
      afterMs: 3_000,
    });
    const unavailable = outage.result.samples.filter((sample) => sample.status === 503);
    const duringOutage = unavailable.filter((sample) => sample.at >= outage.awayAt && sample.at < outage.backAt);
    const firstWrite = outage.result.samples.filter((sample) => isWrite(sample) && sample.at >= outage.backAt).sort((x, y) => x.at - y.at)[0];
    const outagePartial = await partialWrites(database.url, desk.articleId);
    const outageMissing = await ledgerMismatches(database.url, desk.articleId, outage.result.ledger, { exact: false });
    console.log(`Database away for ${((outage.backAt - outage.awayAt) / 1000).toFixed(1)} s under 20 annotators (ALLOW_CONNECTIONS false + pg_terminate_backend)`);
    console.log(`  answers ${JSON.stringify(statusHistogram(outage.result.samples))}; 503 without Retry-After ${unavailable.filter((sample) => !sample.retryAfter).length}; other 5xx ${outage.result.samples.filter((sample) => sample.status >= 500 && sample.status !== 503).length}; failed requests ${outage.result.networkErrors.length}`);
    console.log(latencyLine("503 while away", duringOutage));
    console.log(`  503 while away, slowest: ${ms(Math.max(...duringOutage.map((sample) => sample.ms)))}`);
    console.log(`  database back -> /api/health 200: ${ms(outage.healthyAt - outage.backAt)}; -> first successful write answered: ${firstWrite ? ms(firstWrite.at + firstWrite.ms - outage.backAt) : "none"}`);
    console.log(`  partial writes afterwards ${outagePartial.length}; promised rows missing ${outageMissing.length}\n`);
  } finally {
    await server.stop();
    await bringDatabaseBack(admin.client, admin.name).finally(() => admin.client.end());
    await database.drop();
  }
}
