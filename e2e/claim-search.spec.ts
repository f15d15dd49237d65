// Claim search and the same claim across articles, as a desk uses them: an approved verdict on a
// claim in one article; the same statement reworded in a later article; /claims finds both with
// the filters, downloads them as CSV and passes axe; the later claim's card proposes the earlier one
// ("rated False on …"), the journalist links it, and the card then shows the verdict as context.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";

const ORIGINAL = "Azerbaijani units crossed the line of contact near Lachin overnight";
const REWORDED = "Overnight, Azerbaijani units crossed the contact line close to Lachin";
/** The day a verdict approved now was decided, as the workspace writes it ("2 Dec 2026"). */
const today = () => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date());
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function post<T>(request: APIRequestContext, path: string, data: unknown, method: "post" | "put" = "post"): Promise<T> {
  const response = await request[method](path, { data });
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function articleWithClaim(page: Page, title: string, publishedAt: string, quote: string) {
  const article = await post<{ id: string }>(page.request, "/api/v1/articles", { title, text: `The ministry said: ${quote}.\n\nYerevan denied it.`, publishedAt, language: "en" });
  const claim = await post<{ id: string }>(page.request, `/api/v1/articles/${article.id}/claims`, { actor: "Azerbaijan", exact: quote });
  return { articleId: article.id, claimId: claim.id };
}

test("claims are searched, downloaded, and the same claim in another article is proposed and linked", async ({ page, browser }) => {
  await signIn(page, "journalist@example.org");
  const earlier = await articleWithClaim(page, "Ministries trade accusations over Lachin", "2026-03-26", ORIGINAL);
  const draft = await post<{ id: string; version: number }>(page.request, `/api/v1/claims/${earlier.claimId}/verdict`, { claimSummary: "Units crossed the line near Lachin", rating: "false", rationale: doc("Drone footage shows the positions unchanged.") }, "put");
  const submitted = await post<{ version: number }>(page.request, `/api/v1/verdicts/${draft.id}/submit`, { version: draft.version });
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "reviewer@example.org");
  await post(reviewer.request, `/api/v1/verdicts/${draft.id}/approve`, { version: submitted.version });
  await reviewerContext.close();
  const later = await articleWithClaim(page, "Truce talks stall after clashes in Lachin", "2026-04-02", REWORDED);

  // /claims through the GET form: words and the actor (rolled up), then the rating.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  await page.getByLabel("Words").fill("Lachin crossed");
  await page.getByLabel("Said by").selectOption({ label: "Azerbaijan" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/claims\?q=Lachin\+crossed&actor=azerbaijan/);
  const results = page.locator(".claim-result");
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("status").first()).toHaveText(/^2 claims/);
  await expect(results.first().locator("mark").first()).toBeVisible();
  await expect(results.filter({ hasText: "Ministries trade accusations" })).toContainText("False");
  await screenshot(page, "claim-search");

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("claims.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
  expect(csv).toContain(`${earlier.claimId},2026-03-26,Azerbaijan,${ORIGINAL},`);
  expect(csv).toContain(",approved,False,");

  await page.getByLabel("Rating").selectOption({ label: "False" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Ministries trade accusations");

  await page.getByLabel("Words").fill(`zzznothing${Date.now()}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No claim matches these filters" })).toBeVisible();
  await screenshot(page, "claim-search-empty");

  // The later claim, opened from its card, proposes the earlier one with its verdict; Link makes a SAME_CLAIM link.
  await page.goto(`/articles/${later.articleId}?claim=${later.claimId}`);
  await workspaceReady(page);
  const card = page.locator(".claim-card.is-selected");
  const proposal = card.locator(".same-claim-proposal");
  await expect(proposal).toContainText("Possibly the same claim as Azerbaijan");
  await expect(proposal).toContainText(`in Ministries trade accusations over Lachin (rated False on ${today()})`);
  await screenshot(page, "same-claim-proposal");
  await proposal.getByRole("button", { name: /^Link as the same claim/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Linked as the same claim.");
  await expect(card.locator(".same-claim-context")).toContainText(`Rated False on ${today()} in Ministries trade accusations over Lachin`);
  await expect(proposal).toHaveCount(0);
  await screenshot(page, "same-claim-linked");

  // And the other way round, after a reload: the earlier claim's card names the later article.
  await page.goto(`/articles/${earlier.articleId}?claim=${earlier.claimId}`);
  await workspaceReady(page);
  await expect(page.locator(".claim-card.is-selected .same-claim-context")).toContainText("Same claim in Truce talks stall after clashes in Lachin");
});
