// Importing from a URL over HTTP: the app server fetches a fixture page on 127.0.0.1 (allowed only
// by the tests' COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK), archives it byte for byte, previews it with its
// furniture flagged; the article made from it points to the archive; refreshing after the publisher
// edits the page makes a new revision and re-anchors the claims; private addresses are refused.
import { createHash } from "node:crypto";
import { docFromBlocks, type ImportBlock } from "@/lib/import/import-blocks";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";
import { signedIn, type HttpSession } from "../helpers/http-session";
import { countArticlesTitled, countPageSnapshots, countRows, json } from "../helpers/api-assertions";

const paragraph = (text: string) => `<p>${text}</p>`;
const LEAD = "Moscow on Saturday accused Azerbaijani forces of entering the zone of the Russian peacekeepers near the village of Parukh, in a statement that Baku rejected within hours.";
const CLAIMED = "The Azerbaijani Defense Ministry said the statement did not correspond to reality and that its units had not moved.";
const CLOSING = "Armenia's foreign ministry called the advance an invasion and asked the peacekeepers to restore the earlier positions.";

function newsPage(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parukh: rival accounts | Example News</title>
<meta property="og:title" content="Parukh: rival accounts"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-03-26T10:00:00Z"><link rel="canonical" href="https://news.example.org/parukh"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Parukh: rival accounts</h1>
${paragraphs.map(paragraph).join("\n")}
<p>Subscribe to our newsletter</p><p>Download the Example News app</p></article></main>
<footer>© Example News. All rights reserved.</footer></body></html>`;
}

let pageHtml = newsPage([LEAD, CLAIMED, CLOSING]);
let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer({
    "/parukh": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(pageHtml);
    },
  });
});
afterAll(() => fixture.close());

type Preview = { metadata: { title: string | null; siteName: string | null; publishedAt: string | null; canonicalUrl: string | null }; blocks: ImportBlock[]; snapshot: { id: string; sha256: string; finalUrl: string } | null };

async function previewUrl(session: HttpSession, url: string) {
  return session.json("/api/v1/imports", "POST", { kind: "url", url });
}

it("previews a fetched page with its furniture flagged, archives it, and creates the article from it once", async () => {
  const journalist = await signedIn("journalist@example.org");
  const preview = await json<Preview>(await previewUrl(journalist, `${fixture.url}/parukh`), 200);
  expect(preview.metadata).toMatchObject({ title: "Parukh: rival accounts", siteName: "Example News", publishedAt: "2022-03-26", canonicalUrl: "https://news.example.org/parukh" });
  const kept = preview.blocks.filter((block) => !block.removed).map((block) => block.text);
  expect(kept).toEqual(expect.arrayContaining([LEAD, CLAIMED, CLOSING]));
  expect(preview.blocks.filter((block) => block.removed).map((block) => block.text)).toEqual(expect.arrayContaining(["Subscribe to our newsletter", "Download the Example News app"]));
  expect(kept.join(" ")).not.toMatch(/All rights reserved|Home World/);
  expect(preview.snapshot?.sha256).toBe(createHash("sha256").update(pageHtml).digest("hex"));

  const article = await json<{ id: string; text: string }>(
    await journalist.json("/api/v1/articles", "POST", { title: preview.metadata.title, url: preview.metadata.canonicalUrl, body: docFromBlocks(preview.blocks), snapshotId: preview.snapshot!.id }),
    201,
  );
  expect(article.text).toContain(CLAIMED);
  expect(article.text).not.toContain("newsletter");
  const snapshots = await json<{ items: { id: string; sha256: string; revisionNumber: number }[] }>(await journalist.fetch(`/api/v1/articles/${article.id}/snapshots`), 200);
  expect(snapshots.items).toEqual([expect.objectContaining({ id: preview.snapshot!.id, revisionNumber: 1 })]);
  const archived = await journalist.fetch(`/api/v1/snapshots/${preview.snapshot!.id}`);
  expect(archived.headers.get("content-disposition")).toMatch(/^attachment/);
  expect(Buffer.from(await archived.arrayBuffer()).toString("utf8")).toBe(pageHtml);

  // Someone else's preview that no article uses yet is not theirs to download.
  const unused = await json<Preview>(await previewUrl(journalist, `${fixture.url}/parukh`), 200);
  const reviewer = await signedIn("reviewer@example.org");
  expect((await reviewer.fetch(`/api/v1/snapshots/${unused.snapshot!.id}`)).status).toBe(404);
  expect((await journalist.fetch(`/api/v1/snapshots/${unused.snapshot!.id}`)).status).toBe(200);
  expect((await reviewer.fetch(`/api/v1/snapshots/${preview.snapshot!.id}`)).status).toBe(200);

  // The archived page belongs to that article now: a second article cannot claim it.
  const articles = await countArticlesTitled("Again");
  const reused = await journalist.json("/api/v1/articles", "POST", { title: "Again", text: "Some text.", snapshotId: preview.snapshot!.id });
  expect(reused.status).toBe(422);
  expect(await countArticlesTitled("Again")).toBe(articles);
});

it("refreshes from the source: a publisher's edit becomes revision 2, claims move or are orphaned, an unchanged page changes nothing", async () => {
  pageHtml = newsPage([LEAD, CLAIMED, CLOSING]);
  const journalist = await signedIn("journalist@example.org");
  const preview = await json<Preview>(await previewUrl(journalist, `${fixture.url}/parukh`), 200);
  const { id } = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: "Refresh me", url: `${fixture.url}/parukh`, body: docFromBlocks(preview.blocks), snapshotId: preview.snapshot!.id }), 201);
  const claimed = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${id}/claims`, "POST", { actor: "Baku", exact: "did not correspond to reality" }), 201);
  const closing = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${id}/claims`, "POST", { actor: "Yerevan", exact: "called the advance an invasion" }), 201);

  const unchanged = await json<{ changed: boolean }>(await journalist.json(`/api/v1/articles/${id}/refresh`, "POST", {}), 200);
  expect(unchanged.changed).toBe(false);

  // The publisher adds an update at the top and rewords Armenia's sentence.
  pageHtml = newsPage(["Update: the ministry repeated its accusation on Sunday.", LEAD, CLAIMED, CLOSING.replace("called the advance an invasion", "described the advance as aggression")]);
  const revisions = await countRows("ArticleRevision", id);
  const refreshed = await json<{ changed: boolean; revision: { number: number }; claims: { exact: number; moved: number; orphaned: { id: string }[] }; diff: { kind: string; text: string }[] }>(
    await journalist.json(`/api/v1/articles/${id}/refresh`, "POST", {}),
    200,
  );
  expect(refreshed).toMatchObject({ changed: true, revision: { number: 2 }, claims: { exact: 0, moved: 1, orphaned: [{ id: closing.id }] } });
  expect(refreshed.diff).toEqual(expect.arrayContaining([{ kind: "added", text: expect.stringContaining("Update:") }]));
  expect(await countRows("ArticleRevision", id)).toBe(revisions + 1);

  const article = await json<{ text: string; revision: { number: number }; claims: { id: string; start: number; end: number; exact: string; anchorStatus: string }[] }>(await journalist.fetch(`/api/v1/articles/${id}`), 200);
  expect(article.revision.number).toBe(2);
  const moved = article.claims.find((claim) => claim.id === claimed.id)!;
  expect(moved.anchorStatus).toBe("moved");
  expect(article.text.slice(moved.start, moved.end)).toBe("did not correspond to reality");
  expect(article.claims.find((claim) => claim.id === closing.id)).toMatchObject({ anchorStatus: "orphaned", exact: "called the advance an invasion" });
  expect((await json<{ items: unknown[] }>(await journalist.fetch(`/api/v1/articles/${id}/snapshots`), 200)).items).toHaveLength(3);
});

it("keeps furniture the journalist restored: refreshing an unchanged page changes nothing", async () => {
  pageHtml = newsPage([LEAD, CLAIMED, CLOSING]);
  const journalist = await signedIn("journalist@example.org");
  const preview = await json<Preview>(await previewUrl(journalist, `${fixture.url}/parukh`), 200);
  const restored = new Set(preview.blocks.filter((block) => block.text === "Subscribe to our newsletter").map((block) => block.id));
  expect(restored.size).toBe(1);
  const { id, text } = await json<{ id: string; text: string }>(
    await journalist.json("/api/v1/articles", "POST", { title: "Kept furniture", url: `${fixture.url}/parukh`, body: docFromBlocks(preview.blocks, restored), snapshotId: preview.snapshot!.id }),
    201,
  );
  expect(text).toContain("Subscribe to our newsletter");
  const refreshed = await json<{ changed: boolean }>(await journalist.json(`/api/v1/articles/${id}/refresh`, "POST", {}), 200);
  expect(refreshed.changed).toBe(false);
});

it("refuses private addresses, other schemes and articles without a URL, writing nothing", async () => {
  const journalist = await signedIn("journalist@example.org");
  const snapshots = await countPageSnapshots();
  for (const url of ["http://10.0.0.1/page", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:10.0.0.1]/"]) {
    const refused = await json<{ error: { code: string; details: { reason: string } } }>(await previewUrl(journalist, url), 422);
    expect(refused.error.details.reason).toBe("forbidden_address");
  }
  expect((await previewUrl(journalist, "ftp://example.org/file")).status).toBe(400);
  expect(await countPageSnapshots()).toBe(snapshots);

  const { id } = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: "No URL", text: "Moscow said so." }), 201);
  expect((await journalist.json(`/api/v1/articles/${id}/refresh`, "POST", {})).status).toBe(422);
});

it("previews pasted text and HTML files the same way, flagging the sample's trailing furniture", async () => {
  const journalist = await signedIn("journalist@example.org");
  const text = `${LEAD}\n\n${CLAIMED}\n\nI subscribe\n\nDownload the France 24 app\n\ngoogle-play-badge_EN`;
  const preview = await json<Preview>(await journalist.json("/api/v1/imports", "POST", { kind: "text", text, fileName: "article.txt" }), 200);
  expect(preview.snapshot).toBeNull();
  expect(preview.blocks.map((block) => Boolean(block.removed))).toEqual([false, false, true, true, true]);
  const html = await json<Preview>(await journalist.json("/api/v1/imports", "POST", { kind: "html", html: newsPage([LEAD]) }), 200);
  expect(html.metadata.title).toBe("Parukh: rival accounts");
});
