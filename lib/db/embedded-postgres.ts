// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) with its data in a folder,
// served over the Postgres wire protocol on 127.0.0.1 so that the app, Prisma and `pg` talk to it
// exactly as to a real server. It serves one connection at a time: clients use a pool of 1.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freeLoopbackPort } from "../net/free-port";

export type EmbeddedPostgres = { connectionString: string; port: number; stop(): Promise<void> };

/**
 * Starts (or reopens) the embedded database in `dataDir`; data survives stop() and a new start.
 * Without `dataDir` the database lives in memory (tests).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const port = options.port ?? (await freeLoopbackPort());
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new Error(`Could not start the embedded PostgreSQL on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let stopped = false;
  return {
    // PGlite accepts any user and password; sslmode=disable because it speaks no TLS.
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing flushes PGlite's data folder; skipping it can leave the folder unusable.
      await db.close();
    },
  };
}
