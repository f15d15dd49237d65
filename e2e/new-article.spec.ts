// Pasting a web page's rich text into the new-article editor: the article's structure survives,
// everything else is dropped before anything is stored, and claims still anchor on the result.
import { expect, test } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { paste } from "./helpers/clipboard";
import { dragSelect } from "./helpers/text-selection";

const CLIPBOARD_HTML = `
<meta charset="utf-8"><style>p { color: red }</style>
<h1 style="font-size:40px">Yerevan speaks of an invasion</h1>
<p class="lead" onclick="alert('p')">The Armenian Foreign Ministry <b>denounced</b> an <i>“invasion”</i> on <a href="https://www.mfa.am/en/" onmouseover="alert('a')">its website</a>.</p>
<script>window.__pasted = true; alert("script")</script>
<img src="https://tracker.example/pixel.gif" onerror="alert('img')">
<blockquote><p>“We expect the Russian peacekeeping contingent to take clear steps.”</p></blockquote>
<table><tr><td>Cell text stays as text</td></tr></table>
<ul><li>Baku denied it.</li><li><a href="javascript:alert('x')">Moscow</a> said nothing.</li></ul>
<iframe src="https://evil.example/"></iframe>`;

test("pasted rich text keeps headings, quotes, lists, links, bold and italic, and nothing else", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Pasted from a web page");
  const editor = page.getByRole("textbox", { name: "Article text" });
  await paste(editor, { text: "plain fallback", html: CLIPBOARD_HTML });

  await expect(editor.locator("h2")).toHaveText("Yerevan speaks of an invasion");
  await expect(editor.locator("strong")).toHaveText("denounced");
  await expect(editor.locator("em")).toHaveText("“invasion”");
  await expect(editor.locator("a")).toHaveCount(1);
  await expect(editor.locator("a")).toHaveAttribute("href", "https://www.mfa.am/en/");
  await expect(editor.locator("blockquote")).toContainText("We expect the Russian peacekeeping contingent");
  await expect(editor.locator("li")).toHaveCount(2);
  await expect(editor).toContainText("Cell text stays as text");
  await expect(editor.locator("img, script, iframe, table, style, [onclick], [onmouseover], [style]")).toHaveCount(0);
  await screenshot(page, "new-article-rich-paste");

  await page.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(page);
  const text = page.locator(".article-text");
  await expect(text.locator("h2")).toHaveText("Yerevan speaks of an invasion");
  await expect(text.locator("blockquote")).toBeVisible();
  await expect(text.locator("a[href='https://www.mfa.am/en/']")).toHaveAttribute("rel", "noopener noreferrer nofollow");

  // A claim across the bold word and the link is anchored on the canonical text and drawn there.
  await dragSelect(page, "denounced an “invasion” on its website");
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Armenia/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Armenia" }).first()).toContainText("denounced an “invasion” on its website");
  expect(await page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("an empty paste is refused with a message and nothing is saved", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Nothing pasted");
  await page.getByRole("textbox", { name: "Article text" }).click();
  await page.getByRole("button", { name: "Save and open" }).click();
  await expect(page.getByText("Paste the article text.")).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new\?mode=paste$/);
});

test("an article's details are edited from its page; a stale edit is refused with the other person's version", async ({ page, browser }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Details to correct");
  await paste(page.getByRole("textbox", { name: "Article text" }), { text: "Baku said the report was false." });
  await page.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(page);

  // A colleague opens the same form first and saves later (their version is stale by then).
  const colleague = await browser.newPage();
  await signIn(colleague, "reviewer@example.org");
  await colleague.goto(page.url());
  await colleague.getByText("Edit details").click();

  await page.getByText("Edit details").click();
  await page.getByLabel("Title", { exact: true }).fill("Details corrected");
  await page.getByLabel("Source").fill("Azertac");
  await page.getByLabel("Published").fill("2022-03-27");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Details corrected");
  await expect(page.locator(".article-header .lede")).toContainText("Azertac");

  await colleague.getByLabel("Title", { exact: true }).fill("A lost update");
  await colleague.getByRole("button", { name: "Save details" }).click();
  await expect(colleague.locator(".article-details .alert-error")).toHaveText("Someone changed this article since you opened it.");
  await expect(colleague.getByLabel("Title", { exact: true })).toHaveValue("Details corrected");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Details corrected");
  await colleague.close();
});
