// The database goes away under load and comes back. While it is away every request that needs it
// fails fast with 503 and Retry-After (answered while the database is still away, not when it
// returns); no request leaves half a write behind; and the same server process serves again once the
// database is back. Two ways to lose it: on the real PostgreSQL, the app's backends are terminated
// and the database refuses new connections; with the embedded PostgreSQL, its server process is
// stopped and started again on the same port and data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createSeededDatabase, prepareDesk, seedDatabase } from "../helpers/reliability-desk";
import { spawnEmbeddedPostgres } from "../helpers/embedded-server-process";
import { ledgerMismatches, partialWrites, statusHistogram, type Sample } from "../helpers/annotator-load";
import { bringDatabaseBack, connectServerAdmin, loadThroughOutage, takeDatabaseAway, type OutageRun } from "../helpers/database-outage";
import type { TestDatabase } from "../helpers/test-database";
import { applyMigrations } from "../../lib/db/migrations/migrate";
import { freeLoopbackPort } from "../../lib/net/free-port";

const isProperUnavailable = (sample: Sample) => sample.status === 503 && sample.code === "DATABASE_UNAVAILABLE" && Number(sample.retryAfter) > 0;

function expectOutageHandled(run: OutageRun, server: AppServer): void {
  const { result, awayAt, backAt, healthyAt } = run;
  // The server answered every request: none hung past its cap, none found the server gone.
  expect(result.networkErrors).toEqual([]);
  // Every server error is a 503 DATABASE_UNAVAILABLE with Retry-After, never a 500.
  expect(result.samples.filter((sample) => sample.status >= 500 && !isProperUnavailable(sample))).toEqual([]);
  // Failing fast: 503s came back while the database was still away.
  const unavailable = result.samples.filter(isProperUnavailable);
  const answeredWhileAway = unavailable.filter((sample) => sample.at >= awayAt && sample.at + sample.ms < backAt).length;
  expect({ answeredWhileAway: answeredWhileAway > 0, awayAt, backAt, unavailable: unavailable.length, answers: statusHistogram(result.samples), first: unavailable.slice(0, 3) }).toMatchObject({ answeredWhileAway: true });
  // Serving again, without a restart: the same process, and writes succeed after recovery.
  expect(() => process.kill(server.pid, 0)).not.toThrow();
  const afterRecovery = result.samples.filter((sample) => sample.at > healthyAt);
  expect(afterRecovery.filter((sample) => sample.status >= 500)).toEqual([]);
  expect(afterRecovery.some((sample) => [200, 201, 204].includes(sample.status))).toBe(true);
}

describe("on the real PostgreSQL", () => {
  let database: TestDatabase;
  let server: AppServer;
  let admin: Awaited<ReturnType<typeof connectServerAdmin>>;

  beforeAll(async () => {
    database = await createSeededDatabase();
    // A request that waits for a pooled connection gives up after this: the bound on "fast" while
    // the connections that broke are being dropped (the default is 5 s).
    server = await startAppServer({ DATABASE_URL: database.url, DATABASE_CONNECT_TIMEOUT_MS: "2000" });
    admin = await connectServerAdmin(database.url);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (admin) await bringDatabaseBack(admin.client, admin.name).finally(() => admin.client.end());
    await database?.drop();
  });

  it("answers 503 with Retry-After while its backends are terminated and connections refused, loses no half write, and serves again", async () => {
    const desk = await prepareDesk(database.url, { journalists: 5, tag: "outage" });
    const run = await loadThroughOutage({
      server,
      desk,
      annotators: 20,
      awayMs: 4_000,
      takeAway: () => takeDatabaseAway(admin.client, admin.name),
      bringBack: () => bringDatabaseBack(admin.client, admin.name),
    });
    expectOutageHandled(run, server);
    // What the successful answers promised is all there (a 503 may have come after a commit, so the
    // database may hold more), and nothing is half-written.
    expect(await ledgerMismatches(database.url, desk.articleId, run.result.ledger, { exact: false })).toEqual([]);
    expect(await partialWrites(database.url, desk.articleId)).toEqual([]);
  }, 180_000);
});

describe("on the embedded PostgreSQL", () => {
  it("answers 503 with Retry-After while its server is stopped, loses no half write, and serves again once it is restarted", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "counterclaim-outage-pglite-"));
    const port = await freeLoopbackPort();
    let embedded = await spawnEmbeddedPostgres({ dataDir, port });
    let server: AppServer | undefined;
    try {
      await applyMigrations(embedded.url);
      seedDatabase(embedded.url);
      const desk = await prepareDesk(embedded.url, { journalists: 2, tag: "embedded", poolMax: 1 });
      server = await startAppServer({ DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1" });
      const run = await loadThroughOutage({
        server,
        desk,
        annotators: 5,
        afterMs: 4_000,
        takeAway: () => embedded.stop(),
        bringBack: async () => {
          embedded = await spawnEmbeddedPostgres({ dataDir, port });
        },
      });
      expectOutageHandled(run, server);
      // The embedded server serves one connection well: read the rows once the app is stopped.
      await server.stop();
      server = undefined;
      expect(await ledgerMismatches(embedded.url, desk.articleId, run.result.ledger, { exact: false })).toEqual([]);
      expect(await partialWrites(embedded.url, desk.articleId)).toEqual([]);
    } finally {
      await server?.stop();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
