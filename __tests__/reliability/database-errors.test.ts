// The errors a real PostgreSQL and Prisma raise when the database goes away or is overloaded, and
// what lib/errors/to-app-error makes of them: 503 DATABASE_UNAVAILABLE with Retry-After, never a
// 500, and a transaction cut short writes nothing. Real errors from a real server, no mocks.
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { toAppError } from "@/lib/errors/to-app-error";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let admin: Client;
const clients: PrismaClient[] = [];

function prismaClient(options: { max?: number; transactionOptions?: { maxWait?: number; timeout?: number } } = {}): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: options.max ?? 2, connectionTimeoutMillis: 5000 }), transactionOptions: options.transactionOptions });
  clients.push(client);
  return client;
}

async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("Expected the database call to fail.");
}

const expectUnavailable = (error: unknown) => {
  const mapped = toAppError(error);
  expect({ code: mapped.code, status: mapped.status, retryAfter: mapped.retryAfter }).toEqual({ code: "DATABASE_UNAVAILABLE", status: 503, retryAfter: 5 });
};

const databaseName = () => new URL(database.url).pathname.slice(1);
/** Read with a connection of its own, past Prisma: what the database really holds. */
async function countActorsNamed(name: string): Promise<number> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Actor" WHERE name = $1`, [name])).rows[0].n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const serverUrl = new URL(database.url);
  if (database.embedded) throw new Error("These tests need a real PostgreSQL server (they use ALTER DATABASE and pg_terminate_backend).");
  serverUrl.pathname = "/postgres";
  admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
});

afterAll(async () => {
  for (const client of clients) await client.$disconnect().catch(() => undefined);
  await admin?.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
  await admin?.end();
  await database?.drop();
});

it("maps a database that refuses connections (55000) to 503, and the same client serves once it accepts them again", async () => {
  const prisma = prismaClient();
  await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS false`);
  try {
    expectUnavailable(await thrownBy(() => prisma.user.findFirst()));
    expectUnavailable(await thrownBy(() => prisma.$transaction(async (tx) => tx.user.findFirst())));
  } finally {
    await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS true`);
  }
  expect(await prisma.user.count()).toBe(0);
});

it("maps a backend terminated inside a transaction (57P01) to 503, rolls the transaction back, and reconnects", async () => {
  const prisma = prismaClient();
  const name = "terminated-mid-transaction";
  const error = await thrownBy(() =>
    prisma.$transaction(async (tx) => {
      await tx.actor.create({ data: { name, slug: name, color: "#224466" } });
      await tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid()) AS terminated`;
    }),
  );
  expectUnavailable(error);
  expect(await countActorsNamed(name)).toBe(0);
  expect(await prisma.actor.count({ where: { name } })).toBe(0);
});

it("maps a transaction that cannot get a connection in time (P2028) to 503", async () => {
  // One connection, held by a transaction until the second one has given up waiting for it.
  const prisma = prismaClient({ max: 1 });
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  let started!: () => void;
  const holding = new Promise<void>((done) => (started = done));
  const first = prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS one`;
      started();
      await held;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  await Promise.race([holding, first]);
  try {
    expectUnavailable(await thrownBy(() => prisma.$transaction(async (tx) => tx.user.findFirst(), { maxWait: 200 })));
  } finally {
    release();
    await first;
  }
});

it("maps a transaction that outlived its timeout (P2028, expired) to 503 and writes nothing", async () => {
  const prisma = prismaClient({ transactionOptions: { maxWait: 5_000, timeout: 200 } });
  const name = "expired-transaction";
  const error = await thrownBy(() =>
    prisma.$transaction(async (tx) => {
      await tx.actor.create({ data: { name, slug: name, color: "#224466" } });
      await tx.$queryRaw`SELECT pg_sleep(0.6)::text AS slept`;
      await tx.actor.update({ where: { name }, data: { description: "changed" } });
    }),
  );
  expectUnavailable(error);
  expect(await countActorsNamed(name)).toBe(0);
});
