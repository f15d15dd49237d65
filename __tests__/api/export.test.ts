// The export endpoint over HTTP, format by format, on an article made through the API (claims, a
// rebuttal, evidence, an approved verdict and one still in review), the import of our own W3C file
// into a copy of the article, the desk settings that sign the exports, and the refusals.
import { parse } from "csv-parse/sync";
import { chromiumPath } from "@/lib/pdf/html-to-pdf";
import { signedIn, type HttpSession } from "../helpers/http-session";
import { countRows, json } from "../helpers/api-assertions";

const TEXT = `Moscow said Azerbaijani units crossed the line of contact near Parukh.\n\nBaku said the report "does not correspond to reality".\n\nYerevan called it an invasion.`;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

type Claim = { id: string; exact: string; start: number; end: number; actor: { name: string }; links: { kind: string; fromClaimId: string; toClaimId: string }[] };

async function newArticle(session: HttpSession, title: string): Promise<string> {
  return (await json<{ id: string }>(await session.json("/api/v1/articles", "POST", { title, text: TEXT, url: "https://news.example.org/parukh", publishedAt: "2022-03-26" }), 201)).id;
}

/** The article of these tests: three claims, a rebuttal, evidence, one approved verdict and one in review. */
async function annotatedArticle() {
  const journalist = await signedIn("journalist@example.org");
  const reviewer = await signedIn("reviewer@example.org");
  const articleId = await newArticle(journalist, `Export article ${Date.now()}`);
  const accusation = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Moscow", exact: "Azerbaijani units crossed the line of contact near Parukh" }), 201);
  const denial = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Baku", exact: "does not correspond to reality", rebuts: accusation.id }), 201);
  const invasion = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Yerevan", exact: "called it an invasion" }), 201);
  await json(await journalist.json(`/api/v1/claims/${accusation.id}/evidence`, "POST", { url: "https://example.org/imagery", title: "Satellite imagery", publisher: "Example Imagery", stance: "refutes", kind: "imagery" }), 201);

  const approved = await json<{ id: string; version: number }>(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { claimSummary: "Azerbaijani units crossed the line near Parukh", rating: "mostly-false", rationale: doc("Imagery shows no movement.") }), 201);
  const submitted = await json<{ version: number }>(await journalist.json(`/api/v1/verdicts/${approved.id}/submit`, "POST", { version: approved.version }), 200);
  await json(await reviewer.json(`/api/v1/verdicts/${approved.id}/approve`, "POST", { version: submitted.version }), 200);
  const pending = await json<{ id: string; version: number }>(await journalist.json(`/api/v1/claims/${invasion.id}/verdict`, "PUT", { claimSummary: "Armenia calls it an invasion", rating: "unverifiable", rationale: doc("No independent source yet.") }), 201);
  await json(await journalist.json(`/api/v1/verdicts/${pending.id}/submit`, "POST", { version: pending.version }), 200);
  return { journalist, reviewer, articleId, accusation, denial, invasion, approvedId: approved.id, pendingId: pending.id };
}

let fixture: Awaited<ReturnType<typeof annotatedArticle>>;
beforeAll(async () => {
  fixture = await annotatedArticle();
});

const exportOf = (format: string, extra = "") => fixture.journalist.fetch(`/api/v1/articles/${fixture.articleId}/export?format=${format}${extra}`);

it("exports a self-contained HTML report: approved verdicts only, unless drafts=1 marks the others", async () => {
  const response = await exportOf("html");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="export-article-\d+\.html"/);
  expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  const html = await response.text();
  expect(html).toContain("Imagery shows no movement.");
  expect(html).not.toContain("No independent source yet.");
  expect(html).not.toMatch(/<script|<link\b/i);

  const withDrafts = await (await exportOf("html", "&drafts=1&inline=1")).text();
  expect(withDrafts).toContain("No independent source yet.");
  expect(withDrafts).toMatch(/not approved/i);
  expect((await exportOf("html", "&inline=1")).headers.get("content-disposition")).toMatch(/^inline;/);
});

it("prints the report to PDF with the server's Chromium, or says that it cannot", async () => {
  const response = await exportOf("pdf");
  if (chromiumPath()) {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  } else {
    const body = await json<{ error: { code: string; details: { fallback: string } } }>(response, 503);
    expect(body.error).toMatchObject({ code: "FEATURE_UNAVAILABLE", details: { fallback: "html" } });
  }
});

it("exports Markdown and RFC 4180 CSV with one row per claim", async () => {
  const md = await exportOf("md");
  expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
  expect(await md.text()).toContain("Azerbaijani units crossed the line of contact near Parukh");

  const csv = await exportOf("csv", "&bom=1");
  expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = Buffer.from(await csv.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row.quote)).toEqual(["Azerbaijani units crossed the line of contact near Parukh", "does not correspond to reality", "called it an invasion"]);
  expect(rows[0]["rebutted by"]).toContain("2");
  expect(rows[2]["verdict status"]).toBe("");
});

it("exports W3C Web Annotation and ClaimReview JSON-LD; ClaimReview only for approved verdicts", async () => {
  const w3c = await exportOf("w3c");
  expect(w3c.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  const collection = (await w3c.json()) as { type: string; total: number; first: { items: { id: string; target: { selector: { type: string }[] } }[] } };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.first.items).toHaveLength(3);
  expect(collection.first.items[0].target.selector.map((selector) => selector.type).sort()).toEqual(["TextPositionSelector", "TextQuoteSelector"]);

  const reviews = (await (await exportOf("claimreview", "&drafts=1")).json()) as { "@graph": { "@type": string; claimReviewed: string; reviewRating: { ratingValue: number } }[] };
  expect(reviews["@graph"]).toEqual([expect.objectContaining({ "@type": "ClaimReview", claimReviewed: "Azerbaijani units crossed the line near Parukh", reviewRating: expect.objectContaining({ ratingValue: 2 }) })]);
  const one = (await (await exportOf("claimreview", `&verdict=${fixture.approvedId}`)).json()) as { "@context": string; "@type": string };
  expect(one).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview" });
  expect((await exportOf("claimreview", `&verdict=${fixture.pendingId}`)).status).toBe(404);
});

it("refuses an unknown format (400), an unknown article (404) and anonymous callers (401)", async () => {
  expect((await exportOf("docx")).status).toBe(400);
  expect((await fixture.journalist.fetch("/api/v1/articles/nosucharticle/export?format=html")).status).toBe(404);
  expect((await fetch(`${process.env.API_BASE_URL}/api/v1/articles/${fixture.articleId}/export?format=html`)).status).toBe(401);
});

it("imports its own W3C export into a copy of the article: every claim, actor and link comes back", async () => {
  const exported = await (await exportOf("w3c")).text();
  const copyId = await newArticle(fixture.journalist, `Copy ${Date.now()}`);
  const result = await json<{ created: unknown[]; linked: unknown[]; unplaced: unknown[] }>(await fixture.journalist.fetch(`/api/v1/articles/${copyId}/import`, { method: "POST", body: exported, headers: { "content-type": "application/json", origin: process.env.API_BASE_URL! } }), 201);
  expect(result).toMatchObject({ created: expect.any(Array), unplaced: [] });
  expect(result.created).toHaveLength(3);

  const read = async (id: string) => (await json<{ claims: Claim[] }>(await fixture.journalist.fetch(`/api/v1/articles/${id}`), 200)).claims;
  const shape = (claims: Claim[]) => {
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    return claims.map((claim) => ({
      exact: claim.exact,
      start: claim.start,
      end: claim.end,
      actor: claim.actor.name,
      links: claim.links.map((link) => `${byId.get(link.fromClaimId)?.exact} ${link.kind} ${byId.get(link.toClaimId)?.exact}`),
    }));
  };
  expect(shape(await read(copyId))).toEqual(shape(await read(fixture.articleId)));
});

it("reports annotations it cannot place, and writes nothing for a body it refuses", async () => {
  const copyId = await newArticle(fixture.journalist, `Partial ${Date.now()}`);
  const annotation = (exact: string, tag: string) => ({ type: "Annotation", body: [{ type: "TextualBody", purpose: "tagging", value: tag }], target: { source: "https://news.example.org/parukh", selector: { type: "TextQuoteSelector", exact } } });
  const body = { type: "AnnotationPage", items: [annotation("called it an invasion", "Armenia"), annotation("a sentence that is not there", "Russia"), annotation("does not correspond to reality", "Atlantis")] };
  const post = (payload: unknown) => fixture.journalist.fetch(`/api/v1/articles/${copyId}/import`, { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json", origin: process.env.API_BASE_URL! } });
  const result = await json<{ created: unknown[]; unplaced: { exact: string; reason: string }[] }>(await post(body), 201);
  expect(result.created).toHaveLength(1);
  expect(result.unplaced.map((item) => item.exact)).toEqual(["a sentence that is not there", "does not correspond to reality"]);

  const before = await countRows("Claim", copyId);
  expect((await post({ type: "AnnotationPage", items: "not a list" })).status).toBe(400);
  expect((await fixture.journalist.fetch(`/api/v1/articles/nosucharticle/import`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", origin: process.env.API_BASE_URL! } })).status).toBe(404);
  expect(await countRows("Claim", copyId)).toBe(before);
});

it("signs exports with the desk's publisher, which only an admin sets", async () => {
  const admin = await signedIn("admin@example.org");
  const settings = await json<{ version: number }>(await admin.fetch("/api/v1/settings"), 200);
  expect((await fixture.journalist.json("/api/v1/settings", "PATCH", { publisherName: "Journalist Desk", version: settings.version })).status).toBe(403);
  expect((await admin.json("/api/v1/settings", "PATCH", { publisherName: "Caucasus Fact Check", publisherUrl: "javascript:alert(1)", version: settings.version })).status).toBe(400);
  const saved = await json<{ version: number; publisherName: string }>(await admin.json("/api/v1/settings", "PATCH", { publisherName: "Caucasus Fact Check", publisherUrl: "https://factcheck.example.org", version: settings.version }), 200);
  expect(saved.publisherName).toBe("Caucasus Fact Check");
  const stale = await json<{ error: { details: { current: { publisherName: string } } } }>(await admin.json("/api/v1/settings", "PATCH", { publisherName: "Someone else", version: settings.version }), 409);
  expect(stale.error.details.current.publisherName).toBe("Caucasus Fact Check");

  const one = (await (await exportOf("claimreview", `&verdict=${fixture.approvedId}`)).json()) as { author: { name: string; url: string } };
  expect(one.author).toEqual(expect.objectContaining({ name: "Caucasus Fact Check", url: "https://factcheck.example.org" }));
});
