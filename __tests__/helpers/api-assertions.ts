// What the API tests assert on every call: the status with the body shown on failure, and row
// counts read straight from the test database, to prove a refused request wrote nothing. The API
// test files run in parallel against one database, so counts are scoped to the article (or title)
// a test works on: a global count would see the other files' writes.
import { Client } from "pg";

/** The JSON body, after checking the status (a mismatch prints the body, which says why). */
export async function json<T>(response: Response, status: number): Promise<T> {
  const body = (await response.json()) as T;
  expect({ status: response.status, body }).toMatchObject({ status });
  return body;
}

const OF_ARTICLE = {
  ArticleRevision: `SELECT count(*) AS n FROM "ArticleRevision" WHERE "articleId" = $1`,
  Claim: `SELECT count(*) AS n FROM "Claim" WHERE "articleId" = $1`,
  ClaimLink: `SELECT count(*) AS n FROM "ClaimLink" l JOIN "Claim" c ON c.id = l."fromClaimId" WHERE c."articleId" = $1`,
  Evidence: `SELECT count(*) AS n FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE c."articleId" = $1`,
  Verdict: `SELECT count(*) AS n FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId" WHERE c."articleId" = $1`,
  VerdictEvent: `SELECT count(*) AS n FROM "VerdictEvent" e JOIN "Verdict" v ON v.id = e."verdictId" JOIN "Claim" c ON c.id = v."claimId" WHERE c."articleId" = $1`,
} as const;

async function count(sql: string, parameter?: string): Promise<number> {
  const client = new Client({ connectionString: process.env.API_DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql, parameter === undefined ? [] : [parameter])).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Rows of one article in a table of the API test database. */
export const countRows = (table: keyof typeof OF_ARTICLE, articleId: string) => count(OF_ARTICLE[table], articleId);

/** Articles with this title (tests give refused articles a title of their own). */
export const countArticlesTitled = (title: string) => count(`SELECT count(*) AS n FROM "Article" WHERE title = $1`, title);

/** Archived pages: only the import tests write them, so the whole table is theirs. */
export const countPageSnapshots = () => count(`SELECT count(*) AS n FROM "PageSnapshot"`);
