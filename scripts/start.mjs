// `npm start`: the whole app from one command. Uses DATABASE_URL when set, else an embedded
// PostgreSQL (PGlite over the wire protocol, data in .data/). Then: migrate, seed on first start,
// build when the sources changed since the last build, and serve on PORT (default 3000).
// `npm run dev` does the same with `next dev` instead of a production build.
// Each step is a small CLI script run with tsx, the same ones `npm run db:*` and the tests use.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const require = createRequire(import.meta.url);
const { spawnEmbeddedPostgres } = require("./spawn-embedded-postgres.cjs");

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = resolve(root, process.env.COUNTERCLAIM_DATA_DIR ?? ".data");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const log = (line) => console.log(`[counterclaim] ${line}`);
let embedded = null;

async function fail(message) {
  console.error(`\n[counterclaim] ${message}\n`);
  if (embedded) await embedded.stop();
  process.exit(1);
}

/** A signing secret for session cookies that survives restarts (sessions stay valid). */
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** Runs one of our TypeScript CLI scripts to completion; true when it succeeded. */
function runScript(script) {
  const result = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, script)], { cwd: root, stdio: "inherit", env: process.env });
  return result.status === 0;
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  ensureAuthSecret();

  if (!process.env.DATABASE_URL) {
    const folder = join(dataDir, "pglite");
    embedded = await spawnEmbeddedPostgres({ dataDir: folder }).catch((error) => fail(`The embedded PostgreSQL did not start: ${error.message}`));
    process.env.DATABASE_URL = embedded.url;
    // The embedded server serves one connection at a time.
    process.env.DATABASE_POOL_MAX = "1";
    log(`Using the embedded PostgreSQL (data in ${folder}). Set DATABASE_URL to use your own server.`);
  } else {
    log("Using the PostgreSQL server in DATABASE_URL.");
  }

  if (!runScript("scripts/migrate.ts")) await fail("Migrating the database failed (see above), so the app was not started.");
  if (!runScript("prisma/seed.ts")) await fail("Seeding the database failed (see above).");

  if (!dev) {
    try {
      buildIfNeeded({ root, distDir, log });
    } catch (error) {
      await fail(error instanceof Error ? error.message : String(error));
    }
  }

  const next = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
  if (process.env.COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK === "1") log("WARNING: COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK=1 lets page imports fetch 127.0.0.1. It is for tests; never set it in production.");
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
    if (embedded) await embedded.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
