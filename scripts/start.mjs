// `npm start`: the whole app from one command. Uses DATABASE_URL when set, else an embedded
// PostgreSQL (PGlite over the wire protocol, data in .data/). Then: migrate, seed on first start,
// build when the sources changed since the last build, and serve on PORT (default 3000).
// `npm run dev` does the same with `next dev` instead of a production build.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { register } from "tsx/esm/api";
import { buildIfNeeded } from "./build-if-needed.mjs";

register();

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = resolve(root, process.env.COUNTERCLAIM_DATA_DIR ?? ".data");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const log = (line) => console.log(`[counterclaim] ${line}`);

function fail(message) {
  console.error(`\n[counterclaim] ${message}\n`);
  process.exit(1);
}

/** A signing secret for session cookies that survives restarts (sessions stay valid). */
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  ensureAuthSecret();

  let embedded = null;
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import("../lib/db/embedded-postgres.ts");
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite") });
    process.env.DATABASE_URL = embedded.connectionString;
    // The embedded server serves one connection at a time well.
    process.env.DATABASE_POOL_MAX = "1";
    log(`Using the embedded PostgreSQL (data in ${join(dataDir, "pglite")}). Set DATABASE_URL to use your own server.`);
  } else {
    log("Using the PostgreSQL server in DATABASE_URL.");
  }

  const stopEmbedded = async () => {
    if (embedded) await embedded.stop().catch(() => undefined);
    embedded = null;
  };

  try {
    const { applyMigrations } = await import("../lib/db/migrations/migrate.ts");
    const { applied } = await applyMigrations(process.env.DATABASE_URL, { log });
    log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  } catch (error) {
    await stopEmbedded();
    fail(`Migrating the database failed, so the app was not started.\n${error instanceof Error ? error.message : String(error)}`);
  }

  try {
    const { getDb, disconnectDb } = await import("../lib/db/client.ts");
    const { seedDatabase } = await import("../lib/db/seed.ts");
    const { printSeedResult } = await import("../lib/db/seed-report.ts");
    const demoPassword = process.env.COUNTERCLAIM_DEMO_PASSWORD || undefined;
    printSeedResult(await seedDatabase(getDb(), { demoPassword }), Boolean(demoPassword));
    // Release the connection: against the embedded server the app needs it.
    await disconnectDb();
  } catch (error) {
    await stopEmbedded();
    fail(`Seeding the database failed.\n${error instanceof Error ? error.message : String(error)}`);
  }

  if (!dev) {
    try {
      buildIfNeeded({ root, distDir, log });
    } catch (error) {
      await stopEmbedded();
      fail(error instanceof Error ? error.message : String(error));
    }
  }

  const next = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
  log(`Counterclaim is starting at http://localhost:${port}`);

  let stopping = false;
  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  next.on("exit", async (code) => {
    await stopEmbedded();
    process.exit(code ?? 0);
  });
}

main().catch((error) => fail(error instanceof Error ? error.stack ?? error.message : String(error)));
