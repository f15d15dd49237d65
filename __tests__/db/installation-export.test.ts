// The installation export (lib/db/installation-export.ts) against real PostgreSQL: a populated
// installation is exported, imported into a fresh database and exported again, and the two JSON
// documents are equal but for exportedAt (ids, links, verdict sources, JSON documents, bytes kept).
// An import is one transaction, refuses a non-empty target and an unknown version; admins only.
import { disconnectDb, getDb } from "@/lib/db/client";
import { exportInstallation, importInstallation, IMPORTED_PASSWORD_HASH } from "@/lib/db/installation-export";
import { verifyPassword } from "@/lib/auth/passwords";
import type { SessionUser } from "@/lib/domain/roles";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { FACTORY_PASSWORD } from "../factories/db";
import { seedInstallation } from "../factories/installation";

const source = setUpTestDatabase();
const targets: TestDatabase[] = [];
let admin: SessionUser;
let journalist: SessionUser;
let sourceEmbedded = false;

/** Points the app's Prisma client at another database. */
async function pointClientAt(url: string, embedded: boolean): Promise<void> {
  // Reconnecting at once to the same one-connection embedded server could be refused.
  if (process.env.DATABASE_URL === url) return;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_MAX = embedded ? "1" : "5";
}

async function freshTarget(): Promise<TestDatabase> {
  const target = await createTestDatabase();
  targets.push(target);
  await pointClientAt(target.url, target.embedded);
  return target;
}

/** What travels between installations: a JSON file. */
const asFile = (document: object): unknown => JSON.parse(JSON.stringify(document));
const withoutTime = ({ exportedAt: _at, ...rest }: { exportedAt: string }) => rest;

async function exportSource(options: { pageBodies?: boolean } = {}) {
  await pointClientAt(source.url(), sourceEmbedded);
  return asFile(await exportInstallation(admin, options)) as Awaited<ReturnType<typeof exportInstallation>>;
}

async function rowCount(): Promise<number> {
  const db = getDb();
  const counts = await Promise.all([db.user.count(), db.actor.count(), db.article.count(), db.claim.count(), db.auditEvent.count(), db.rating.count(), db.pageSnapshot.count()]);
  return counts.reduce((a, b) => a + b, 0);
}

beforeAll(async () => {
  sourceEmbedded = process.env.DATABASE_POOL_MAX === "1";
  ({ admin, journalist } = await seedInstallation());
});

afterAll(async () => {
  await disconnectDb();
  for (const target of targets) await target.drop();
});

test("export, import into a fresh database, export again: the same document but for exportedAt", async () => {
  const first = await exportSource({ pageBodies: true });
  expect(first).toMatchObject({ format: "counterclaim-export", version: 1 });
  for (const entity of ["users", "actors", "ratings", "articles", "revisions", "claims", "claimAnchors", "links", "evidence", "verdicts", "verdictEvents", "auditEvents", "pageSnapshots", "suggestionDecisions"] as const) {
    expect([entity, first[entity].length > 0]).toEqual([entity, true]);
  }
  expect(first.deskSettings).toMatchObject({ publisherName: "Desk “Ö”" });
  expect(first.verdicts[0]).toMatchObject({ status: "approved", reliesOnLinkIds: [expect.any(String)], reliesOnEvidenceIds: [expect.any(String)] });
  expect(first.links.map((link) => link.kind).sort()).toEqual(["rebuts", "supports"]);
  const text = JSON.stringify(first);
  expect(text).not.toMatch(/passwordHash|\$argon2/);

  await freshTarget();
  const summary = await importInstallation(admin, first);
  expect(summary.counts.claims).toBe(first.claims.length);
  expect(summary.snapshotsWithoutBodies).toBe(0);
  const second = asFile(await exportInstallation(admin, { pageBodies: true })) as typeof first;
  expect(withoutTime(second)).toEqual(withoutTime(first));

  // The archived page's bytes, the verdict's sources and the article's current revision survived.
  const snapshot = await getDb().pageSnapshot.findFirstOrThrow();
  expect(Buffer.from(snapshot.body).subarray(0, 5)).toEqual(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
  const user = await getDb().user.findFirstOrThrow({ where: { id: journalist.id } });
  expect(user.passwordHash).toBe(IMPORTED_PASSWORD_HASH);
  expect(await verifyPassword(user.passwordHash, FACTORY_PASSWORD)).toBe(false);
});

test("without the page bodies the round trip holds too, and the import says which pages came without bytes", async () => {
  const first = await exportSource();
  expect(first.pageSnapshots[0]).not.toHaveProperty("body");
  await freshTarget();
  const summary = await importInstallation(admin, first);
  expect(summary.snapshotsWithoutBodies).toBe(first.pageSnapshots.length);
  expect(withoutTime(asFile(await exportInstallation(admin)) as typeof first)).toEqual(withoutTime(first));
});

test("an installation that is not empty is refused, and nothing is written", async () => {
  const first = await exportSource();
  await freshTarget();
  await importInstallation(admin, first);
  const before = await rowCount();
  const error = await appErrorOf(importInstallation(admin, first));
  expect(error.code).toBe("CONFLICT");
  expect(error.message).toMatch(/not empty/);
  expect(await rowCount()).toBe(before);
});

test("an unknown version or format is refused by name, before anything is written", async () => {
  const first = await exportSource();
  await freshTarget();
  const newer = await appErrorOf(importInstallation(admin, { ...first, version: 2 }));
  expect(newer.code).toBe("UNPROCESSABLE");
  expect(newer.message).toMatch(/Unknown export version/);
  const other = await appErrorOf(importInstallation(admin, { ...first, format: "something-else" }));
  expect(other.message).toMatch(/Not a Counterclaim export/);
  expect(await rowCount()).toBe(0);
});

test("the import is one transaction: a dangling reference late in the file leaves the target empty", async () => {
  const first = await exportSource();
  await freshTarget();
  const broken = { ...first, suggestionDecisions: first.suggestionDecisions.map((row) => ({ ...row, articleId: "no-such-article" })) };
  await expect(importInstallation(admin, broken)).rejects.toThrow();
  expect(await rowCount()).toBe(0);
});

test("only admins export or import the installation", async () => {
  const first = await exportSource();
  await pointClientAt(source.url(), sourceEmbedded);
  expect(await codeOf(exportInstallation(journalist))).toBe("FORBIDDEN");
  await freshTarget();
  expect(await codeOf(importInstallation(journalist, first))).toBe("FORBIDDEN");
  expect(await codeOf(importInstallation({ ...admin, disabled: true }, first))).toBe("FORBIDDEN");
  expect(await rowCount()).toBe(0);
});
