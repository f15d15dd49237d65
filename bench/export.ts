// Export of one large article (1,000 claims, 500 rebuttal links, 300 approved verdicts, 200 pieces
// of evidence, ~100,000 characters) in each format, against the raw SQL that loads the same rows
// over `pg` in the same run. The PDF is timed separately (a Chromium launch per file) when the
// server has Chromium. Figures are ratios; nothing asserts a duration.
import { Client } from "pg";
import { createTestDatabase } from "../__tests__/helpers/test-database";
import { disconnectDb, getDb } from "../lib/db/client";
import { toSessionUser } from "../lib/db/users";
import { loadReport } from "../lib/db/report";
import { docToCanonicalText, paragraphsToDoc } from "../lib/editor/canonical-text";
import { describeRange } from "../lib/anchoring/text-selector";
import { DEFAULT_RATINGS } from "../lib/domain/rating-scale";
import { buildHtmlReport } from "../lib/export/html-report";
import { buildMarkdownReport } from "../lib/export/markdown-report";
import { buildCsvReport } from "../lib/export/csv-report";
import { buildWebAnnotationCollection } from "../lib/export/web-annotation";
import { buildClaimReviewDocument } from "../lib/export/claim-review";
import { serialiseJsonLd } from "../lib/export/json-ld";
import { chromiumPath, htmlToPdf } from "../lib/pdf/html-to-pdf";
import { measure, printComparison } from "./measure";

const CLAIMS = 1000;
const LINKS = 500;
const VERDICTS = 300;
const EVIDENCE = 200;
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 30);

async function fill(client: Client): Promise<void> {
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u1', 'j@example.org', 'Jo', 'x', 'JOURNALIST', now()), ('u2', 'r@example.org', 'Rey', 'x', 'REVIEWER', now())`);
  await client.query(`INSERT INTO "Actor" (id, name, slug, color, aliases, "updatedAt") VALUES ('ru', 'Russia', 'russia', '#1f5fa8', '{Moscow}', now()), ('az', 'Azerbaijan', 'azerbaijan', '#b45309', '{Baku}', now()), ('am', 'Armenia', 'armenia', '#7e22ce', '{}', now())`);
  for (const rating of DEFAULT_RATINGS) {
    await client.query(`INSERT INTO "Rating" (id, key, label, definition, color, "ratingValue", position) VALUES ($1, $1, $2, $3, $4, $5, $6)`, [rating.key, rating.label, rating.definition, rating.color, rating.ratingValue, rating.position]);
  }
  const paragraphs = Array.from({ length: CLAIMS }, (_, i) => `Paragraph ${i}: the Russian Defense Ministry said units of the Azerbaijani armed forces advanced, and Baku denied it.`);
  const body = paragraphsToDoc(paragraphs);
  const text = docToCanonicalText(body);
  await client.query(`INSERT INTO "Article" (id, title, source, "createdById", "updatedAt") VALUES ('a1', 'Bench export article', 'Bench wire', 'u1', now())`);
  await client.query(`INSERT INTO "ArticleRevision" (id, "articleId", number, body, text, "createdById") VALUES ('r1', 'a1', 1, $1, $2, 'u1')`, [JSON.stringify(body), text]);
  await client.query(`UPDATE "Article" SET "currentRevisionId" = 'r1' WHERE id = 'a1'`);
  const actors = ["ru", "az", "am"];
  let offset = 0;
  const claimRows: unknown[][] = [];
  paragraphs.forEach((paragraph, i) => {
    const start = offset + paragraph.indexOf("units");
    const selector = describeRange(text, start, start + 60);
    claimRows.push([`c${i}`, actors[i % 3], selector.exact, selector.prefix, selector.suffix, selector.start, selector.end]);
    offset += paragraph.length + 2;
  });
  for (const row of claimRows) {
    await client.query(`INSERT INTO "Claim" (id, "articleId", "revisionId", "actorId", exact, prefix, suffix, start, "end", "createdById", "updatedAt") VALUES ($1, 'a1', 'r1', $2, $3, $4, $5, $6, $7, 'u1', now())`, row);
  }
  await client.query(`INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", kind, "createdById") SELECT 'l' || i, 'c' || (2 * i + 1), 'c' || (2 * i), 'REBUTS', 'u1' FROM generate_series(0, $1 - 1) AS i`, [LINKS]);
  await client.query(`INSERT INTO "Evidence" (id, "claimId", url, title, publisher, excerpt, "createdById") SELECT 'e' || i, 'c' || i, 'https://example.org/e' || i, 'Source ' || i, 'Example', 'An excerpt of the source.', 'u1' FROM generate_series(0, $1 - 1) AS i`, [EVIDENCE]);
  const rationale = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Imagery shows no movement on that day; the ministry gave no evidence." }] }] });
  await client.query(
    `INSERT INTO "Verdict" (id, "claimId", "claimSummary", "ratingId", rationale, status, "authorId", "reviewerId", "decidedAt", "updatedAt")
     SELECT 'v' || i, 'c' || i, 'Units advanced ' || i, 'mostly-false', $2::jsonb, 'APPROVED', 'u1', 'u2', now(), now() FROM generate_series(0, $1 - 1) AS i`,
    [VERDICTS, rationale],
  );
  await client.query("ANALYZE");
}

/** The rows an export needs, loaded with plain SQL: the floor any loader is measured against. */
async function rawLoad(client: Client): Promise<number> {
  const article = await client.query(`SELECT a.*, r.text, r.body, r.number FROM "Article" a JOIN "ArticleRevision" r ON r.id = a."currentRevisionId" WHERE a.id = 'a1' AND a."deletedAt" IS NULL`);
  const claims = await client.query(`SELECT c.*, ac.name, ac.color, ac.kind, u.name AS "createdByName" FROM "Claim" c JOIN "Actor" ac ON ac.id = c."actorId" JOIN "User" u ON u.id = c."createdById" WHERE c."articleId" = 'a1' AND c."deletedAt" IS NULL ORDER BY c.start, c."end" DESC`);
  const links = await client.query(`SELECT l.* FROM "ClaimLink" l JOIN "Claim" f ON f.id = l."fromClaimId" JOIN "Claim" t ON t.id = l."toClaimId" WHERE (f."articleId" = 'a1' OR t."articleId" = 'a1') AND f."deletedAt" IS NULL AND t."deletedAt" IS NULL`);
  const evidence = await client.query(`SELECT e.* FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE c."articleId" = 'a1'`);
  const verdicts = await client.query(`SELECT v.*, r.label, r."ratingValue", a.name AS author, rv.name AS reviewer FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId" LEFT JOIN "Rating" r ON r.id = v."ratingId" JOIN "User" a ON a.id = v."authorId" LEFT JOIN "User" rv ON rv.id = v."reviewerId" WHERE c."articleId" = 'a1'`);
  const actors = await client.query(`SELECT id, "parentId" FROM "Actor"`);
  return article.rowCount! + claims.rowCount! + links.rowCount! + evidence.rowCount! + verdicts.rowCount! + actors.rowCount!;
}

export async function benchExport(): Promise<void> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await fill(client);
    const user = toSessionUser(await getDb().user.findUniqueOrThrow({ where: { id: "u1" } }));
    const options = { includeDrafts: false, baseUrl: "https://counterclaim.example.org" };
    console.log(`Export of one article: ${CLAIMS} claims, ${LINKS} links, ${VERDICTS} approved verdicts, ${EVIDENCE} evidence, ${RUNS} runs each\n`);
    const baseline = await measure("raw SQL over pg (same rows, 6 queries)", RUNS, () => rawLoad(client));
    const formats: [string, (report: Awaited<ReturnType<typeof loadReport>>) => unknown][] = [
      ["report object only (loadReport)", () => undefined],
      ["html", (report) => buildHtmlReport(report)],
      ["md", (report) => buildMarkdownReport(report)],
      ["csv", (report) => buildCsvReport(report, { bom: true })],
      ["w3c", (report) => serialiseJsonLd(buildWebAnnotationCollection(report))],
      ["claimreview", (report) => serialiseJsonLd(buildClaimReviewDocument(report))],
    ];
    for (const [name, build] of formats) {
      printComparison(`Export ${name}`, await measure(`loadReport + ${name}`, RUNS, async () => build(await loadReport(user, "a1", options))), baseline);
    }
    if (chromiumPath()) {
      const pdfRuns = Math.max(3, Math.floor(RUNS / 10));
      printComparison("Export pdf (Chromium launch + print, one at a time)", await measure("loadReport + html + htmlToPdf", pdfRuns, async () => htmlToPdf(buildHtmlReport(await loadReport(user, "a1", options)), { title: "Bench" })), baseline);
    } else {
      console.log("Export pdf: skipped, no Chromium on this machine (PDF export answers 503 here)\n");
    }
  } finally {
    await client.end();
    await disconnectDb();
    await database.drop();
  }
}
