// The actor desk in Chromium: an actor page (figures, both charts with their tables, the date
// filter, the claim list leading into the workspace), an actor with no claims, and the balance
// view for a period and for one article; axe on each, no CSP violation, screenshots at desktop
// and phone width. The data is made through the JSON API with actors of its own, so the seeded
// demo (and what other specs do to it) does not matter.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

const stamp = Date.now().toString(36).slice(-5);
const STATE = `Northland ${stamp}`;
const QUIET = `Quiet Isles ${stamp}`;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5) }));
}

async function post<T>(request: APIRequestContext, path: string, data: unknown, method: "POST" | "PUT" = "POST"): Promise<T> {
  const response = await request.fetch(`/api/v1${path}`, { method, data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

const SAYINGS = [
  "The ministry said its troops had never crossed the river.",
  "The spokesman said the photographs of the convoy were staged.",
  "The government said the ceasefire had held all week.",
  "Officials in the south said the convoy had crossed at night.",
];
const RATIONALE = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Satellite images show the convoy on the far bank." }] }] };

/**
 * A state with a ministry and a spokesperson, a rival, and six weekly articles in early 2026 in
 * which they speak and the rival rebuts them; three verdicts approved (two of the state's ministry and
 * spokesman, false; one of the rival, mostly true).
 */
async function buildDesk(journalist: APIRequestContext, reviewer: APIRequestContext) {
  type Actor = { id: string; name: string; slug: string };
  const state = await post<Actor>(journalist, "/actors", { name: STATE, color: "#1f5fa8" });
  const ministry = await post<Actor>(journalist, "/actors", { name: `Northland Defence Ministry ${stamp}`, color: "#0f766e", parentId: state.id, kind: "institution" });
  const spokesperson = await post<Actor>(journalist, "/actors", { name: `Northland ministry spokesman ${stamp}`, color: "#9d174d", parentId: ministry.id, kind: "person" });
  const rival = await post<Actor>(journalist, "/actors", { name: `Southland ${stamp}`, color: "#b45309" });
  await post(journalist, "/actors", { name: QUIET, color: "#4c1d95" });
  const speakers = [ministry, spokesperson, state, rival];
  const claimIds: string[] = [];
  for (let week = 0; week < 6; week++) {
    const article = await post<{ id: string }>(journalist, "/articles", { title: `Border week ${week + 1} (${stamp})`, source: "Desk wire", publishedAt: `2026-0${1 + Math.floor(week / 3)}-${String(5 + (week % 3) * 7).padStart(2, "0")}`, text: SAYINGS.join("\n\n") });
    const said: string[] = [];
    for (const [index, speaker] of speakers.entries()) {
      if ((week + index) % 3 === 2 && speaker !== rival) continue;
      const claim = await post<{ id: string }>(journalist, `/articles/${article.id}/claims`, { actor: speaker.id, exact: SAYINGS[index], ...(speaker === rival && said[0] ? { rebuts: said[0] } : {}) });
      said.push(claim.id);
    }
    claimIds.push(...said);
  }
  for (const [index, claimId] of claimIds.slice(0, 3).entries()) {
    const draft = await post<{ id: string; version: number }>(journalist, `/claims/${claimId}/verdict`, { rating: index === 2 ? "mostly-true" : "false", claimSummary: "What the ministry said about the convoy", rationale: RATIONALE }, "PUT");
    const submitted = await post<{ version: number }>(journalist, `/verdicts/${draft.id}/submit`, { version: draft.version });
    await post(reviewer, `/verdicts/${draft.id}/approve`, { version: submitted.version });
  }
  return { state, ministry, spokesperson, rival };
}

test("an actor page, an empty one and the balance views: charts with tables, filters, links, axe, no CSP violation", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  const violations: string[] = [];
  await context.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`)));
  page.on("console", (message) => {
    if (/CSP violation|Content Security Policy|Refused to (execute|load|apply|run)/i.test(message.text())) violations.push(message.text());
  });

  await signIn(page, "journalist@example.org");
  await signIn(reviewerPage, "reviewer@example.org");
  const desk = await buildDesk(page.request, reviewerPage.request);

  // From the actors list to the state's page.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors", exact: true }).click();
  // The first link is its own row (the others name it as the parent of its ministry).
  await page.getByRole("link", { name: STATE, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/actors/${desk.state.slug}$`));
  await expect(page.getByRole("heading", { name: STATE, level: 1 })).toBeVisible();
  await expect(page.getByText("Speaking for it:")).toContainText(`Northland Defence Ministry ${stamp}`);
  const figure = (label: string) => page.locator(".figure").filter({ has: page.getByText(label, { exact: true }) }).locator("dd");
  await expect(figure("Claims (with those under it)")).toHaveText("12");
  await expect(figure("Approved verdicts")).toHaveText("2");
  await expect(figure("Rebuttals it received")).toHaveText("6");

  // Both charts are drawn (SVG from the server) and named; their numbers are tables too.
  await expect(page.getByRole("img", { name: `Claims by ${STATE} per week` })).toBeVisible();
  await expect(page.getByRole("img", { name: "Approved verdicts by rating, per actor" })).toBeVisible();
  const ratings = page.getByRole("table", { name: "Approved verdicts by rating, per actor" });
  await expect(ratings.getByRole("row", { name: new RegExp(`^${STATE}`) })).toContainText("2 (100%)");
  await page.getByText("The timeline as a table").click();
  const weeks = page.getByRole("table", { name: `Claims by ${STATE} per week` });
  await expect(weeks.getByRole("row")).toHaveCount(1 + 7);
  await expect(weeks.getByRole("row", { name: /^5 Jan 2026/ })).toContainText("2");
  await expect(weeks.getByRole("row", { name: /^26 Jan 2026/ })).toContainText("0");
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "actor-page");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "actor-page-mobile");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The date filter is a plain GET form.
  await page.getByLabel("From", { exact: true }).fill("2026-02-01");
  await page.getByLabel("To", { exact: true }).fill("2026-02-28");
  await page.getByRole("button", { name: "Show this period" }).click();
  await expect(page).toHaveURL(/from=2026-02-01&to=2026-02-28/);
  await expect(figure("Claims (with those under it)")).toHaveText("6");
  await page.getByLabel("To", { exact: true }).fill("2026-01-01");
  await page.getByRole("button", { name: "Show this period" }).click();
  await expect(page.getByRole("alert")).toHaveText("to is on or after from. Showing all time instead.");
  await page.getByRole("link", { name: "All time" }).click();
  await expect(figure("Claims (with those under it)")).toHaveText("12");

  // The list leads to the claim in its article's workspace, and the workspace back to the actor.
  const newest = page.locator(".actor-claim").first();
  await expect(newest.locator(".verdict-badge, .muted").first()).toBeVisible();
  await newest.getByRole("link", { name: /Border week 6/ }).click();
  await expect(page).toHaveURL(/\/articles\/\w+\?claim=\w+/);
  await expect(page.locator(".claim-card.is-selected")).toBeVisible();
  await page.locator(".claim-card.is-selected").getByRole("link", { name: /^All claims by .*, across articles$/ }).click();
  await expect(page).toHaveURL(/\/actors\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Northland|Southland/);

  // An actor nobody has quoted yet.
  await page.goto("/actors");
  await page.getByRole("link", { name: QUIET, exact: true }).click();
  await expect(page.getByText(`No claims attributed to ${QUIET} yet.`)).toBeVisible();
  await expect(page.locator(".empty-state").getByRole("link", { name: "articles" })).toHaveAttribute("href", "/");
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "actor-page-empty");

  // The balance over a period, reached from the main navigation.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Balance" }).click();
  await expect(page.getByRole("heading", { name: "Balance", level: 1 })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Russia/ })).toBeVisible();
  await page.getByLabel("From", { exact: true }).fill("2026-01-01");
  await page.getByLabel("To", { exact: true }).fill("2026-02-28");
  await page.getByRole("button", { name: "Show this period" }).click();
  await expect(page).toHaveURL(/from=2026-01-01&to=2026-02-28/);
  await expect(page.getByText(/from 1 Jan 2026 to 28 Feb 2026/)).toBeVisible();
  // The demo article (14 March) is outside the period.
  await expect(page.getByRole("row", { name: /^Russia/ })).toHaveCount(0);
  const northland = page.getByRole("row", { name: new RegExp(`^${STATE}`) });
  await expect(northland.getByRole("cell")).toHaveText(["12", "0", "6", "2", "2", "10", "17%"]);
  await expect(page.getByRole("row", { name: new RegExp(`^Southland ${stamp}`) }).getByRole("cell").first()).toHaveText("6");
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "balance");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "balance-mobile");
  await page.setViewportSize({ width: 1280, height: 720 });

  // And for one article, as a tab of the article.
  await page.goto("/");
  await page.getByRole("link", { name: `Border week 1 (${stamp})` }).click();
  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "Balance" }).click();
  await expect(page.getByRole("heading", { name: "Balance of this article" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^${STATE}`) }).getByRole("cell").first()).toHaveText("2");
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, "article-balance");

  expect(violations).toEqual([]);
  await context.close();
  await reviewerContext.close();
});
