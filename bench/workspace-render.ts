// Time until the workspace is interactive in Chromium for a 100,000-character article with 1,000
// overlapping claims, divided by the same article with no claims (the aim: at most 2).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { Pool } from "pg";
import { describeRange } from "../lib/anchoring/text-selector";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { ensureBuild, ROOT, startAppServer } from "../__tests__/helpers/app-server";
import { disconnectDb, getDb } from "../lib/db/client";
import { createArticle } from "../lib/db/articles";
import { toSessionUser } from "../lib/db/users";

const CLAIMS = 1000;
const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 5);
const PASSWORD = "bench-password-123";

function longText(): string {
  const sentences = ["Moscow said units had crossed the line of contact overnight.", "Baku said the statement did not correspond to reality.", "Yerevan called the movement an invasion and asked for an inquiry.", "Satellite images showed new earthworks near the village."];
  const paragraphs: string[] = [];
  let length = 0;
  for (let index = 0; length < 100_000; index++) {
    const paragraph = Array.from({ length: 6 }, (_, offset) => sentences[(index + offset) % sentences.length]).join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchWorkspaceRender(): Promise<void> {
  ensureBuild();
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const seed = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "prisma/seed.ts")], { cwd: ROOT, env: { ...process.env, COUNTERCLAIM_DEMO_PASSWORD: PASSWORD } });
  if (seed.status !== 0) throw new Error("Seeding the bench database failed.");
  const journalist = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { email: "journalist@example.org" } }));
  const text = longText();
  const annotated = await createArticle(journalist, { title: "Bench: 1,000 claims", text });
  const bare = await createArticle(journalist, { title: "Bench: no claims", text });
  const actors = await getDb().actor.findMany();
  await disconnectDb();

  // 1,000 claims of 20-400 characters spread over the text, so that many overlap and nest.
  const pool = new Pool({ connectionString: database.url, max: 4 });
  for (let index = 0; index < CLAIMS; index++) {
    const start = Math.floor((index / CLAIMS) * (text.length - 500)) + (index % 7) * 13;
    const selector = describeRange(text, start, start + 20 + ((index * 37) % 380));
    await pool.query(
      `INSERT INTO "Claim" (id, "articleId", "revisionId", "actorId", exact, prefix, suffix, start, "end", "createdById", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
      [`bench${index}`, annotated.id, annotated.revision!.id, actors[index % actors.length].id, selector.exact, selector.prefix, selector.suffix, selector.start, selector.end, journalist.id],
    );
  }
  await pool.end();

  const server = await startAppServer({ DATABASE_URL: database.url });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto("/login");
    await page.getByLabel("Email").fill("journalist@example.org");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Articles", level: 1 }).waitFor();

    const timeToInteractive = async (articleId: string) => {
      const started = Date.now();
      await page.goto(`/articles/${articleId}`);
      await page.locator("[data-workspace-ready]").waitFor({ state: "attached", timeout: 120_000 });
      return Date.now() - started;
    };
    await timeToInteractive(bare.id); // warm-up: compile caches, fonts
    const bareTimes: number[] = [];
    const annotatedTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bareTimes.push(await timeToInteractive(bare.id));
      annotatedTimes.push(await timeToInteractive(annotated.id));
    }
    const marks = await page.locator("mark.claim-highlight").count();
    console.log(`Workspace time to interactive, ${text.length} characters, median of ${RUNS} loads in Chromium`);
    console.log(`  with ${CLAIMS} overlapping claims (${marks} highlight runs)   ${median(annotatedTimes).toFixed(0).padStart(6)} ms`);
    console.log(`  same article, no claims                           ${median(bareTimes).toFixed(0).padStart(6)} ms`);
    console.log(`  ratio (claims / none): ${(median(annotatedTimes) / median(bareTimes)).toFixed(2)} (aim: at most 2)\n`);
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}
