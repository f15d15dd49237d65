// What the API tests assert on every call: the status with the body shown on failure, and row
// counts read straight from the test database (to prove a refused request wrote nothing).
import { Client } from "pg";

/** The JSON body, after checking the status (a mismatch prints the body, which says why). */
export async function json<T>(response: Response, status: number): Promise<T> {
  const body = (await response.json()) as T;
  expect({ status: response.status, body }).toMatchObject({ status });
  return body;
}

type Table = "Article" | "ArticleRevision" | "Claim" | "ClaimLink" | "Evidence" | "PageSnapshot" | "Verdict" | "VerdictEvent";

/** Rows in a table of the API test database. */
export async function countRows(table: Table): Promise<number> {
  const client = new Client({ connectionString: process.env.API_DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  } finally {
    await client.end();
  }
}
