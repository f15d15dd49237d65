// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) with its data in a folder,
// served over the Postgres wire protocol on 127.0.0.1 so that the app, Prisma and `pg` talk to it
// exactly as to a real server. It serves one connection at a time: clients use a pool of 1.
// PGlite loads itself with dynamic import(), so run this under plain Node or tsx, not inside Jest.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
// Contrib extensions must be handed to PGlite before CREATE EXTENSION can find them.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { connectionString: string; port: number; stop(): Promise<void> };

// PGlite has no postmaster.pid: nothing stops a second process from opening the same folder and
// corrupting it. This file, inside the data folder, does.
const LOCK_FILE = "counterclaim-embedded.pid";
const heldLocks = new Set<string>();

/**
 * Starts (or reopens) the embedded database in `dataDir`; its data survives stop() and a new start.
 * Without `dataDir` the database lives in memory. Without `port`, a free port is chosen.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const releaseLock = dataDir === undefined ? () => undefined : lockDataDir(dataDir);

  let db: PGlite;
  try {
    db = await PGlite.create({ extensions: { pg_trgm }, ...(dataDir === undefined ? {} : { dataDir }) });
  } catch (error) {
    releaseLock();
    throw new Error(`Could not open the embedded PostgreSQL data in ${dataDir ?? "memory"}: ${describe(error)}`, { cause: error });
  }

  // maxConnections 1: every connection shares PGlite's single session, so two clients would see
  // each other's transactions, advisory locks and prepared statements. A second one is refused.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 1 });
  let port: number;
  try {
    await server.start();
    // Port 0 lets the OS pick a free port at listen time (no race with another process).
    port = Number(server.getServerConn().split(":").pop());
  } catch (error) {
    await db.close().catch(() => undefined);
    releaseLock();
    throw new Error(`Could not start the embedded PostgreSQL on 127.0.0.1:${options.port ?? 0}: ${describe(error)}`, { cause: error });
  }

  let stopping: Promise<void> | undefined;
  return {
    // PGlite accepts any user and password and ignores the database name; it speaks no TLS.
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    stop() {
      stopping ??= (async () => {
        try {
          // Detaches clients first (rolling back a transaction left open), then stops listening.
          await server.stop();
        } finally {
          // Closing checkpoints and flushes the data folder; skipping it can leave it unusable.
          await db.close();
          releaseLock();
        }
      })();
      return stopping;
    },
  };
}

/** Claims `dataDir` for this process; returns the release function. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  if (heldLocks.has(lockPath)) throw new Error(`The embedded PostgreSQL in ${dataDir} is already running in this process.`);
  if (!tryCreate(lockPath)) {
    const holder = readHolder(lockPath);
    // Our own pid in the file, but not held here: a previous run of a process that got our pid.
    if (holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} is in use by process ${holder} (two processes must never open one data folder). ` +
          `Stop that process, or delete ${lockPath} if it is not a Counterclaim process.`,
      );
    }
    // Left behind by a process that died without stopping the database.
    if (existsSync(lockPath)) unlinkSync(lockPath);
    if (!tryCreate(lockPath)) throw new Error(`Another process claimed the embedded PostgreSQL in ${dataDir} at the same moment.`);
  }
  heldLocks.add(lockPath);
  return () => {
    if (!heldLocks.delete(lockPath)) return;
    if (readHolder(lockPath) === process.pid) unlinkSync(lockPath);
  };
}

/** The pid in the lock file; 0 when it is unreadable or vanished since. */
function readHolder(lockPath: string): number {
  try {
    return Number(readFileSync(lockPath, "utf8").trim()) || 0;
  } catch {
    return 0;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === "EPERM";
  }
}

// Duck-typed rather than instanceof Error: Node's own errors come from another realm under Jest.
function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

function describe(error: unknown): string {
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : String(error);
}
