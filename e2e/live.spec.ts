// Live collaboration across two app instances (lib/live): two people, each in their own browser
// context on their own instance of one PostgreSQL-backed desk, see each other in the presence bar;
// a claim tagged by one appears at the other's with a notice, and none at the tagger's. Then the
// second instance is killed: its page says it is reconnecting, misses a claim, and when the
// instance comes back on the same address it reconnects and catches up.
// The embedded database behind the other specs serves one app instance only, so this spec starts
// its own two instances against a fresh database on the local PostgreSQL server.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { Client } from "pg";
import { startAppServer, type AppServer } from "../__tests__/helpers/app-server";
import { createSeededDatabase, DESK_PASSWORD, prepareDesk, type Desk } from "../__tests__/helpers/reliability-desk";
import type { TestDatabase } from "../__tests__/helpers/test-database";
import { screenshot, workspaceReady } from "./helpers/session";
import { dragSelect } from "./helpers/text-selection";

let database: TestDatabase;
let desk: Desk;
let a: AppServer;
let b: AppServer;
const env = () => ({ DATABASE_URL: database.url });
/** The browser contexts a test opened: closed after it, so no page keeps reconnecting to stopped servers in later specs. */
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createSeededDatabase();
  desk = await prepareDesk(database.url, { journalists: 2, paragraphs: 6, tag: "e2e-live" });
  // People's names, as the presence bar and the notices show them.
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE "User" SET name = 'Ana Petrosyan' WHERE email = $1`, [desk.journalistEmails[0]]);
  await client.query(`UPDATE "User" SET name = 'Ben Okafor' WHERE email = $1`, [desk.journalistEmails[1]]);
  await client.end();
  [a, b] = await Promise.all([startAppServer(env()), startAppServer(env())]);
});

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

async function openWorkspace(browser: Browser, server: AppServer, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DESK_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await page.goto(`/articles/${desk.articleId}`);
  await workspaceReady(page);
  return page;
}

async function tagAsRussia(page: Page, phrase: string): Promise<void> {
  await dragSelect(page, phrase);
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
}

test("two people on two instances see each other's claims and presence, and a restarted instance catches up", async ({ browser }) => {
  const ana = await openWorkspace(browser, a, desk.journalistEmails[0]);
  const ben = await openWorkspace(browser, b, desk.journalistEmails[1]);

  // Presence, across instances, with names for screen readers.
  await expect(ana.getByLabel("Also viewing this article")).toContainText("Ben Okafor");
  await expect(ben.getByLabel("Also viewing this article")).toContainText("Ana Petrosyan");
  await expect(ben.getByLabel("Also viewing this article").getByText("AP", { exact: true })).toBeVisible();

  // Ana tags a claim on A; it appears at Ben's on B without a reload, with a notice.
  await tagAsRussia(ana, "Moscow said the ceasefire was broken");
  await expect(ana.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(ben.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(ben.getByLabel("Changes by others")).toContainText("Ana Petrosyan added a claim by Russia.");
  // The notice takes no focus and Ana's own change gives her none.
  await expect(ben.locator("body")).toBeFocused();
  await expect(ana.getByLabel("Changes by others")).toBeEmpty();
  await screenshot(ana, "live-ana-tags");
  await screenshot(ben, "live-ben-sees-claim");

  // B goes down: Ben's page says so, and misses Ana's next claim ...
  await b.stop();
  await expect(ben.getByText("Reconnecting…")).toBeVisible();
  await tagAsRussia(ana, "Yerevan called the shelling an invasion");
  await expect(ana.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  await screenshot(ben, "live-ben-reconnecting");

  // ... until B is back on the same address: the page reconnects and catches up.
  b = await startAppServer(env(), { port: Number(new URL(b.url).port) });
  await expect(ben.getByRole("heading", { name: "Claims (2)" })).toBeVisible({ timeout: 30_000 });
  await expect(ben.getByText("Reconnecting…")).toHaveCount(0);
  await expect(ben.getByLabel("Also viewing this article")).toContainText("Ana Petrosyan", { timeout: 30_000 });
  await screenshot(ben, "live-ben-caught-up");
});

test("someone editing a claim that another person deletes is told so, and presence is shown to both", async ({ browser }) => {
  const ana = await openWorkspace(browser, a, desk.journalistEmails[0]);
  const ben = await openWorkspace(browser, b, desk.journalistEmails[1]);
  const card = (page: Page) => page.locator(".claim-card").filter({ hasText: "Moscow said the ceasefire was broken" });

  // Ben opens the claim's edit form on B ...
  await card(ben).locator(".claim-card-select").click();
  await ben.getByRole("button", { name: "Edit", exact: true }).click();
  // ... while Ana, on A, deletes it.
  await card(ana).locator(".claim-card-select").click();
  await ana.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(ana.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(ben.getByRole("alert").filter({ hasText: "deleted" })).toHaveText(/This claim was deleted by Ana Petrosyan\./);
  await expect(ben.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(ana.getByLabel("Also viewing this article")).toContainText("Ben Okafor");
  await screenshot(ben, "live-ben-claim-deleted");
  await screenshot(ana, "live-ana-presence");
});

test("the review queue and its badge update when a verdict is sent for review on the other instance", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: b.url });
  contexts.push(context);
  const reviewer = await context.newPage();
  await reviewer.goto("/login");
  await reviewer.getByLabel("Email").fill("reviewer@example.org");
  await reviewer.getByLabel("Password").fill(DESK_PASSWORD);
  await reviewer.getByRole("button", { name: "Sign in" }).click();
  await expect(reviewer.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await reviewer.goto("/review");
  await expect(reviewer.getByText("No verdicts are waiting.")).toBeVisible();

  // Ana drafts and submits a verdict through the API of instance A.
  const api = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${a.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${desk.tokens[0]}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as { id: string; version: number };
  };
  const start = desk.text.indexOf("Baku denied it");
  const claim = await api("POST", `/articles/${desk.articleId}/claims`, { actor: "Azerbaijan", start, end: start + "Baku denied it".length });
  const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Two independent sources contradict the denial." }] }] };
  const verdict = await api("PUT", `/claims/${claim.id}/verdict`, { claimSummary: "Baku denied the crossing", rating: "false", rationale });
  await api("POST", `/verdicts/${verdict.id}/submit`, { version: verdict.version });

  await expect(reviewer.getByText("1 verdict is waiting, oldest first.")).toBeVisible();
  await expect(reviewer.getByRole("navigation", { name: "Main" })).toContainText("Review, 1 waiting");
  await expect(reviewer.getByLabel("Review queue updates")).toContainText("Ana Petrosyan sent a verdict for review.");
  await screenshot(reviewer, "live-review-queue");
});
