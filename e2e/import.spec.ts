// Importing a published page: the journalist gives the URL of a news page (served on loopback from
// the sample article, with its page furniture), sees the furniture struck through, restores one
// line, edits the metadata, saves, and tags a claim in the imported text.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { startFixtureServer, type FixtureServer } from "../__tests__/helpers/fixture-server";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { dragSelect } from "./helpers/text-selection";

const SAMPLE_DIRS = [process.env.COUNTERCLAIM_SAMPLE_DIR, resolve(__dirname, "../../shared/sample"), "/work/shared/sample"].filter((dir): dir is string => Boolean(dir));

/** The sample article, furniture and all, as the news page it came from. */
function samplePage(): string {
  const dir = SAMPLE_DIRS.find((candidate) => existsSync(join(candidate, "karabakh-ceasefire-2022-03-26.txt")));
  if (!dir) throw new Error("The sample article is missing; set COUNTERCLAIM_SAMPLE_DIR.");
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const { title } = JSON.parse(readFileSync(join(dir, "karabakh-ceasefire-2022-03-26.json"), "utf8")) as { title: string };
  const paragraphs = readFileSync(join(dir, "karabakh-ceasefire-2022-03-26.txt"), "utf8").split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} - France 24</title>
<meta property="og:site_name" content="France 24"><meta property="article:published_time" content="2022-03-26T09:12:00+00:00"></head>
<body><header><nav><a href="/en/">Home</a> <a href="/en/europe/">Europe</a></nav></header>
<article><h1>${escape(title)}</h1>${paragraphs.map((text) => `<p>${escape(text)}</p>`).join("\n")}</article>
<footer><p>© 2022 France 24</p></footer></body></html>`;
}

let fixture: FixtureServer;
/** What the fixture serves: the sample page, later edited "by the publisher". */
let html = "";
test.beforeAll(async () => {
  html = samplePage();
  fixture = await startFixtureServer({
    "/en/europe/20220326-moscow-accuses-azerbaijan": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    },
  });
});
test.afterAll(() => fixture.close());

test("import a news page by URL, restore a struck-through line, save and tag a claim", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: "New article" }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Web page address", { exact: true }).fill(`${fixture.url}/en/europe/20220326-moscow-accuses-azerbaijan`);
  await page.getByLabel("Web page address", { exact: true }).press("Enter");

  const preview = page.getByRole("form", { name: "Check the import" });
  await expect(preview).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Moscow accuses Azerbaijan of violating the Nagorno-Karabakh ceasefire");
  await expect(page.getByLabel("Published")).toHaveValue("2022-03-26");
  await expect(preview.locator(".import-block.is-removed")).toHaveCount(6);
  await expect(preview.locator(".import-block.is-removed").filter({ hasText: "Download the France 24 app" })).toHaveCount(1);
  await expect(preview.getByText(/Archived: fetched/)).toBeVisible();
  await screenshot(page, "import-preview");

  await preview.getByRole("button", { name: /^Restore: I subscribe/ }).click();
  await expect(preview.locator(".import-block.is-removed")).toHaveCount(5);
  await page.getByLabel("Source").fill("France 24 (with AFP)");
  await page.getByRole("button", { name: "Save and open" }).click();

  await workspaceReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moscow accuses Azerbaijan of violating the Nagorno-Karabakh ceasefire");
  const text = page.locator(".article-text");
  await expect(text).toContainText("I subscribe");
  await expect(text).not.toContainText("google-play-badge_EN");
  await expect(text).not.toContainText("© 2022 France 24");

  await dragSelect(page, "the armed forces of Azerbaijan violated the trilateral agreement");
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh from source" })).toBeVisible();

  // The publisher silently rewrites an earlier sentence: refreshing shows the change; the claim after it moves with its words.
  html = html.replace("Incidents between Armenian and Azerbaijani armed forces are frequent", "Clashes between Armenian and Azerbaijani forces are common");
  await page.getByRole("button", { name: "Refresh from source" }).click();
  const result = page.getByRole("status").filter({ hasText: "The page changed" });
  await expect(result).toContainText("it is now revision 2");
  await expect(result).toContainText("0 in place, 1 moved, 0 with changed words (flagged to check), 0 could not be placed");
  await expect(result.locator("del").first()).toContainText("Incidents");
  await expect(result.locator("ins").first()).toContainText("Clashes");
  // The line restored at import is still part of the article, not a change.
  await expect(result.locator("del").filter({ hasText: "I subscribe" })).toHaveCount(0);
  await screenshot(page, "import-refresh");

  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "Archived pages" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Download/ })).toHaveCount(2);
  await expect(page.getByRole("row").filter({ hasText: "refreshed from the source: the page changed (revision 2)" })).toHaveCount(1);
});
