// Taking the database away from a running app and bringing it back, under annotator load, for
// __tests__/reliability/database-outage.test.ts and bench/reliability.ts. On a real PostgreSQL:
// the database refuses new connections (ALTER DATABASE … ALLOW_CONNECTIONS false) and the app's
// backends are terminated (pg_terminate_backend); bringing it back allows connections again.
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import type { AppServer } from "./app-server";
import { runAnnotators, type LoadResult } from "./annotator-load";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A superuser connection to the server's `postgres` database, which the outage leaves alone. */
export async function connectServerAdmin(databaseUrl: string): Promise<{ client: Client; name: string }> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new Client({ connectionString: url.toString() });
  client.on("error", () => undefined);
  await client.connect();
  return { client, name };
}

export async function takeDatabaseAway(admin: Client, name: string): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
}

export async function bringDatabaseBack(admin: Client, name: string): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
}

/** Polls /api/health until it answers 200 and returns when; a bounded wait, not an assertion. */
export async function waitUntilHealthy(url: string, attempts = 240): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const status = await fetch(`${url}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await sleep(100);
  }
  throw new Error("The app did not serve again after the database came back.");
}

export type OutageRun = { result: LoadResult; awayAt: number; backAt: number; healthyAt: number };

/**
 * `annotators` work for `beforeMs`, then `takeAway()`, `awayMs` without a database, `bringBack()`,
 * and load goes on until the app is healthy plus `afterMs`. Times are ms since the load started.
 */
export async function loadThroughOutage(options: {
  server: AppServer;
  desk: { articleId: string; text: string; tokens: string[] };
  annotators: number;
  takeAway: () => Promise<void>;
  bringBack: () => Promise<void>;
  beforeMs?: number;
  awayMs?: number;
  afterMs?: number;
}): Promise<OutageRun> {
  let finished = false;
  const started = performance.now();
  const load = runAnnotators({ baseUrl: options.server.url, ...options.desk, annotators: options.annotators, durationMs: 600_000, stop: () => finished, requestTimeoutMs: 20_000 });
  try {
    await sleep(options.beforeMs ?? 2_000);
    const awayAt = performance.now() - started;
    await options.takeAway();
    await sleep(options.awayMs ?? 3_000);
    await options.bringBack();
    const backAt = performance.now() - started;
    await waitUntilHealthy(options.server.url);
    const healthyAt = performance.now() - started;
    await sleep(options.afterMs ?? 2_000);
    finished = true;
    return { awayAt, backAt, healthyAt, result: await load };
  } finally {
    // Also when taking the database away or waiting for it failed: stop the annotators first.
    finished = true;
    await load;
  }
}
