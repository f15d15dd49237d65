// Claims created per second through the real JSON API (production server, Bearer token, 20
// concurrent clients) against raw INSERTs of the same rows through `pg` with 20 connections.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Pool } from "pg";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { ensureBuild, ROOT, startAppServer } from "../__tests__/helpers/app-server";
import { disconnectDb, getDb } from "../lib/db/client";
import { createApiToken } from "../lib/db/api-tokens";
import { createArticle } from "../lib/db/articles";
import { toSessionUser } from "../lib/db/users";

const CLAIMS = Number(process.env.BENCH_API_CLAIMS ?? 2000);
const CONCURRENCY = 20;

/** Runs `total` tasks with `concurrency` workers; returns elapsed milliseconds. */
async function timed(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await task(next++);
    }),
  );
  return performance.now() - started;
}

export async function benchApiClaims(): Promise<void> {
  ensureBuild();
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const seed = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "prisma/seed.ts")], { cwd: ROOT, env: { ...process.env, COUNTERCLAIM_DEMO_PASSWORD: "bench-password-123" } });
  if (seed.status !== 0) throw new Error("Seeding the bench database failed.");
  const journalist = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { email: "journalist@example.org" } }));
  const paragraph = "Moscow said the ceasefire was broken by units that crossed the line overnight, and Baku denied it. ";
  const article = await createArticle(journalist, { title: "Bench article", text: Array.from({ length: 200 }, () => paragraph.repeat(3)).join("\n\n") });
  const { secret } = await createApiToken(journalist, { name: "bench" });
  const russia = await getDb().actor.findUniqueOrThrow({ where: { name: "Russia" } });
  const revisionId = article.revision!.id;
  await disconnectDb();

  const server = await startAppServer({ DATABASE_URL: database.url, DATABASE_POOL_MAX: String(CONCURRENCY) });
  const pool = new Pool({ connectionString: database.url, max: CONCURRENCY });
  try {
    const range = (index: number) => {
      const start = (index * 37) % (article.text.length - 200);
      return { start, end: start + 40 + (index % 120) };
    };
    let failures = 0;
    const apiMs = await timed(CLAIMS, CONCURRENCY, async (index) => {
      const response = await fetch(`${server.url}/api/v1/articles/${article.id}/claims`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ actor: "Russia", ...range(index) }),
      });
      if (response.status !== 201) failures++;
      await response.arrayBuffer();
    });
    const rawMs = await timed(CLAIMS, CONCURRENCY, async (index) => {
      const { start, end } = range(index);
      await pool.query(
        `INSERT INTO "Claim" (id, "articleId", "revisionId", "actorId", exact, prefix, suffix, start, "end", "createdById", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
        [`raw${index}`, article.id, revisionId, russia.id, article.text.slice(start, end), article.text.slice(Math.max(0, start - 32), start), article.text.slice(end, end + 32), start, end, journalist.id],
      );
    });
    // The framework's floor: an authenticated request that does one indexed lookup.
    const meMs = await timed(CLAIMS, CONCURRENCY, async () => {
      const response = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
      await response.arrayBuffer();
    });
    const apiRate = (CLAIMS / apiMs) * 1000;
    const rawRate = (CLAIMS / rawMs) * 1000;
    console.log(`Claim creation, ${CLAIMS} claims, ${CONCURRENCY} concurrent clients (article of ${article.text.length} characters)`);
    console.log(`  POST /api/v1/articles/:id/claims (HTTP, token, validation, tx + audit)  ${apiRate.toFixed(0).padStart(6)} claims/s  (${failures} failed)`);
    console.log(`  raw INSERT over pg                                                   ${rawRate.toFixed(0).padStart(6)} rows/s`);
    console.log(`  GET /api/v1/me (HTTP, token; the server's floor)                     ${((CLAIMS / meMs) * 1000).toFixed(0).padStart(6)} requests/s`);
    console.log(`  ratio (API / raw): ${(apiRate / rawRate).toFixed(3)}; claim creation / floor: ${(apiRate / ((CLAIMS / meMs) * 1000)).toFixed(2)}\n`);
  } finally {
    await pool.end();
    await server.stop();
    await database.drop();
  }
}
