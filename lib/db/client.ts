// The Prisma client singleton (server-only), over the `pg` driver adapter.
// DATABASE_POOL_MAX is 1 against the embedded PostgreSQL, which serves one connection well.
// When the database goes away, nothing here needs a restart: pg's pool drops the connections that
// broke (the adapter listens for their errors) and opens new ones for the next requests, which
// fail fast (lib/errors/to-app-error maps them to 503) until the database answers again.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A client or an interactive transaction: data helpers that must join a caller's transaction take this. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
  }
  // A connection the server ends while idle (a restart, pg_terminate_backend) reports an error event
  // with no request waiting on it: logged in one line, never left to crash the process as uncaught.
  const onLost = (error: Error) => console.warn(`[counterclaim] database connection lost: ${error.message}`);
  const adapter = new PrismaPg(
    {
      connectionString,
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      // Fail fast when the database is away, so requests answer 503 instead of hanging.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
    },
    { onPoolError: onLost, onConnectionError: onLost },
  );
  return new PrismaClient({
    adapter,
    // Prisma's defaults (2 s to get a connection, 5 s per transaction) turned bursts of 50
    // concurrent writers on a pool of 10 into failures on a busy machine (__tests__/reliability).
    // A transaction that still cannot start or finish in time is rolled back and answers 503.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

const globalForPrisma = globalThis as unknown as { counterclaimPrisma?: PrismaClient };

/** Lazily created so that importing a module never needs a database (e.g. during `next build`). */
export function getDb(): PrismaClient {
  globalForPrisma.counterclaimPrisma ??= createClient();
  return globalForPrisma.counterclaimPrisma;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.counterclaimPrisma;
  globalForPrisma.counterclaimPrisma = undefined;
  await client?.$disconnect();
}
