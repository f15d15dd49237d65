// The Content-Security-Policy in a real browser: signing in, the workspace (Tiptap, tagging a claim
// with the floating toolbar), the claim map, history and the printable report run without a single
// CSP violation; and a handler slipped into the page is blocked and reported, which proves the
// listener hears violations at all.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { dragSelect } from "./helpers/text-selection";

type Violation = { directive: string; blocked: string; source: string };

/** Collects CSP violations of every page of the context: the DOM event and Chromium's console report. */
async function listenForViolations(context: BrowserContext): Promise<{ events: (page: Page) => Promise<Violation[]>; console: string[] }> {
  const console: string[] = [];
  await context.addInitScript(() => {
    const store: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = store;
    document.addEventListener("securitypolicyviolation", (event) => store.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile }));
  });
  const watch = (page: Page) =>
    page.on("console", (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to (execute|load|apply|run)/i.test(text)) console.push(`${page.url()}: ${text}`);
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  const events = async (page: Page) => (await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations));
  return { events, console };
}

test("no CSP violation on sign-in, the workspace, the claim map, history and the report; an injected handler is blocked", async ({ page, context }) => {
  const violations = await listenForViolations(context);
  await signIn(page, "journalist@example.org");
  expect(await violations.events(page)).toEqual([]);

  const text = "Moscow said the shelling near the village stopped at dawn. Baku denied that the shelling stopped.";
  const created = await page.request.post("/api/v1/articles", { data: { title: `CSP check ${Date.now()}`, text } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/articles/${id}`);
  await workspaceReady(page);
  await dragSelect(page, "the shelling near the village stopped at dawn");
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  expect(await violations.events(page)).toEqual([]);

  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "Claim map" }).click();
  await expect(page.getByRole("figure", { name: /Claim map: 1 claim/ })).toBeVisible();
  expect(await violations.events(page)).toEqual([]);
  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  expect(await violations.events(page)).toEqual([]);

  await page.goto(`/articles/${id}`);
  await workspaceReady(page);
  await page.locator(".export-menu > summary").click();
  const [report] = await Promise.all([context.waitForEvent("page"), page.getByRole("group", { name: "Export and import" }).getByRole("link", { name: "Printable report" }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(/CSP check/);
  expect(await violations.events(report)).toEqual([]);
  await report.close();

  expect(violations.console).toEqual([]);
  await screenshot(page, "csp-workspace");

  // The policy is on: markup that sneaks an inline handler into the page does not run, and is reported.
  const ran = await page.evaluate(async () => {
    const flag = window as unknown as { __injectedRan?: boolean };
    document.body.insertAdjacentHTML("beforeend", `<img id="csp-probe" alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=" onload="window.__injectedRan = true">`);
    const image = document.getElementById("csp-probe") as HTMLImageElement;
    // The attribute handler, were it allowed, would run before this listener registered after it.
    if (!image.complete) await new Promise((done) => image.addEventListener("load", done, { once: true }));
    return flag.__injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations.events(page)).map((violation) => violation.directive)).toEqual(["script-src-attr"]);
});
