// A desk for the load and fault tests (and bench/reliability.ts): a fresh test database, seeded with
// the real seed command, plus journalists with API tokens and one article that everybody annotates.
// The rows are made through the app's own data functions, then the Prisma client is closed again so
// that only the app server(s) under test hold connections to the database.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./app-server";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { disconnectDb, getDb } from "../../lib/db/client";
import { createApiToken } from "../../lib/db/api-tokens";
import { createArticle } from "../../lib/db/articles";
import { createUser, toSessionUser } from "../../lib/db/users";

export const DESK_PASSWORD = "reliability-password-123";

export type Desk = { articleId: string; text: string; tokens: string[]; journalistEmails: string[] };

/** Runs prisma/seed.ts against `databaseUrl` (actors, ratings, demo users with DESK_PASSWORD). */
export function seedDatabase(databaseUrl: string): void {
  const seed = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "prisma/seed.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, COUNTERCLAIM_DEMO_PASSWORD: DESK_PASSWORD },
  });
  if (seed.status !== 0) throw new Error("Seeding the reliability test database failed.");
}

/** A migrated, seeded database of its own. */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  seedDatabase(database.url);
  return database;
}

const PARAGRAPH =
  "Moscow said the ceasefire was broken by units that crossed the line overnight, and Baku denied it. " +
  "Yerevan called the shelling an invasion of its sovereign territory, while the Kremlin urged restraint. ";

/**
 * `journalists` new journalist accounts (one API token each) and an article of `paragraphs`
 * paragraphs on `databaseUrl`. Uses the app's Prisma singleton, closed again before returning.
 */
export async function prepareDesk(databaseUrl: string, options: { journalists: number; paragraphs?: number; tag?: string; poolMax?: number }): Promise<Desk> {
  await disconnectDb();
  const previous = { url: process.env.DATABASE_URL, poolMax: process.env.DATABASE_POOL_MAX };
  process.env.DATABASE_URL = databaseUrl;
  // 1 against the embedded PostgreSQL, which serves one connection at a time.
  process.env.DATABASE_POOL_MAX = String(options.poolMax ?? 5);
  try {
    const db = getDb();
    const admin = toSessionUser(await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } }));
    const tag = options.tag ?? "load";
    const tokens: string[] = [];
    const journalistEmails: string[] = [];
    for (let index = 0; index < options.journalists; index++) {
      const email = `${tag}-annotator-${index}@example.org`;
      const created = await createUser(admin, { email, name: `Annotator ${index}`, role: "JOURNALIST", password: DESK_PASSWORD });
      const journalist = toSessionUser(await db.user.findUniqueOrThrow({ where: { id: created.id } }));
      tokens.push((await createApiToken(journalist, { name: `${tag} ${index}` })).secret);
      journalistEmails.push(email);
    }
    const author = toSessionUser(await db.user.findUniqueOrThrow({ where: { email: "journalist@example.org" } }));
    const text = Array.from({ length: options.paragraphs ?? 60 }, (_, index) => `${index + 1}. ${PARAGRAPH}`).join("\n\n");
    const article = await createArticle(author, { title: `Reliability ${tag} article`, text });
    return { articleId: article.id, text: article.text, tokens, journalistEmails };
  } finally {
    await disconnectDb();
    for (const [name, value] of [["DATABASE_URL", previous.url], ["DATABASE_POOL_MAX", previous.poolMax]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
