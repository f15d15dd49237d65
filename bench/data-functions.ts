// Data-function hot paths against raw SQL over `pg`, on the same data, in the same run.
// Uses a scratch database (TEST_DATABASE_URL, else the local server, else embedded).
import { Client } from "pg";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { disconnectDb, getDb } from "../lib/db/client";
import { listArticles } from "../lib/db/articles";
import { hitRateLimit } from "../lib/db/rate-limit";
import { createApiToken, findUserByApiToken } from "../lib/db/api-tokens";
import { toSessionUser } from "../lib/db/users";
import { hashTokenSecret } from "../lib/auth/token-secret";
import { measure, printComparison } from "./measure";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const CLAIMS_PER_ARTICLE = 8;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function fillDatabase(client: Client): Promise<void> {
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('benchuser', 'bench@example.org', 'Bench', 'x', 'JOURNALIST', now())`);
  await client.query(`INSERT INTO "Actor" (id, name, slug, color, aliases, "updatedAt") VALUES ('benchactor', 'Bench actor', 'bench-actor', '#1f5fa8', '{}', now())`);
  await client.query(
    `INSERT INTO "Article" (id, title, source, "createdById", "createdAt", "updatedAt")
     SELECT 'a' || i, 'Article ' || i || CASE WHEN i % 50 = 0 THEN ' ceasefire' ELSE '' END, 'Bench wire', 'benchuser', now() - i * interval '1 minute', now()
     FROM generate_series(1, $1) AS i`,
    [ARTICLES],
  );
  await client.query(
    `INSERT INTO "ArticleRevision" (id, "articleId", number, body, text, "createdById")
     SELECT 'r' || i, 'a' || i, 1, '{"type":"doc"}', repeat('Moscow said the ceasefire held. ', 40), 'benchuser' FROM generate_series(1, $1) AS i`,
    [ARTICLES],
  );
  await client.query(`UPDATE "Article" SET "currentRevisionId" = 'r' || substr(id, 2)`);
  await client.query(
    `INSERT INTO "Claim" (id, "articleId", "revisionId", "actorId", exact, start, "end", "createdById", "updatedAt", "deletedAt")
     SELECT 'c' || i || '_' || j, 'a' || i, 'r' || i, 'benchactor', 'Moscow said', 0, 11, 'benchuser', now(), CASE WHEN j = 1 THEN now() END
     FROM generate_series(1, $1) AS i, generate_series(1, $2) AS j`,
    [ARTICLES, CLAIMS_PER_ARTICLE],
  );
  await client.query("ANALYZE");
}

export async function benchDataFunctions(): Promise<void> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    console.log(`Counterclaim benchmarks: ${ARTICLES} articles x ${CLAIMS_PER_ARTICLE} claims, ${RUNS} runs each\n`);
    await fillDatabase(client);
    const user = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { id: "benchuser" } }));

    const listSql = `SELECT a.id, a.title, a.source, a.url, a."publishedAt", a.language, a."createdAt",
        (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL) AS "claimCount"
      FROM "Article" a WHERE a."deletedAt" IS NULL ORDER BY a."createdAt" DESC, a.id DESC LIMIT 51`;
    printComparison(
      "Article list, first page of 50 with live claim counts",
      await measure("listArticles (Prisma, permission check)", RUNS, () => listArticles(user, { limit: 50 })),
      await measure("raw SQL over pg", RUNS, () => client.query(listSql)),
    );

    // Same semantics as the app: the words in the title or in the current text (a sequential scan
    // of all text either way, until a trigram or full-text index arrives).
    const searchSql = `SELECT a.id, a.title, (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL) AS "claimCount"
      FROM "Article" a LEFT JOIN "ArticleRevision" r ON r.id = a."currentRevisionId"
      WHERE a."deletedAt" IS NULL AND (a.title ILIKE $1 OR r.text ILIKE $1) ORDER BY a."createdAt" DESC, a.id DESC LIMIT 51`;
    printComparison(
      "Article search in titles and text (ILIKE), 50 results",
      await measure("listArticles q=ceasefire", RUNS, () => listArticles(user, { limit: 50, q: "ceasefire" })),
      await measure("raw SQL over pg", RUNS, () => client.query(searchSql, ["%ceasefire%"])),
    );

    let counter = 0;
    const upsert = `INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES ($1, 1, now() + make_interval(secs => 60))
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1 RETURNING "count", "resetAt"`;
    printComparison(
      "Rate-limit hit (one atomic upsert), 100 rotating keys",
      await measure("hitRateLimit", RUNS, () => hitRateLimit(`bench:${counter++ % 100}`, { limit: 1000, windowSeconds: 60 })),
      await measure("raw upsert over pg", RUNS, () => client.query(upsert, [`raw:${counter++ % 100}`])),
    );

    const token = await createApiToken(user, { name: "bench" });
    const tokenSql = `SELECT u.* FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND u."disabledAt" IS NULL`;
    printComparison(
      "Bearer token resolution (per API request)",
      await measure("findUserByApiToken", RUNS, () => findUserByApiToken(token.secret)),
      await measure("raw SQL over pg", RUNS, () => client.query(tokenSql, [hashTokenSecret(token.secret)])),
    );
  } finally {
    await client.end();
    await disconnectDb();
    await database.drop();
  }
}

