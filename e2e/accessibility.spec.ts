// No serious or critical axe-core violations on the article list, the workspace, the claim map and
// the actors page with its edit and merge forms open, the Export menu and the desk settings.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5) }));
}

test("the article list, workspace (with a selected claim and its forms) and claim map pass axe", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await expect(page.getByRole("heading", { name: /^Claims \(/ })).toBeVisible();
  await workspaceReady(page);
  await page.keyboard.press("j");
  await page.locator(".claim-card.is-selected").getByRole("button", { name: "Add evidence" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator(".claim-card.is-selected").getByRole("button", { name: "Verdict…" }).click();
  await expect(page.locator(".claim-card.is-selected").getByRole("group", { name: "Rating" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "Claim map" }).click();
  await expect(page.getByRole("figure", { name: /Claim map/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the actors page, with an edit form and a merge confirmation open, passes axe", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.goto("/actors");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Edit Armenia" }).click();
  await page.getByRole("button", { name: "Merge Azerbaijan into…" }).click();
  await page.getByLabel("Merge Azerbaijan into", { exact: true }).selectOption({ label: "Armenia" });
  await expect(page.getByText(/will move to Armenia/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the Export menu, open, and the desk settings page pass axe; the settings save and show on exports", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await workspaceReady(page);
  await page.locator(".export-menu > summary").click();
  await expect(page.getByRole("group", { name: "Export and import" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Desk" }).click();
  await expect(page.getByRole("heading", { name: "Desk settings", level: 1 })).toBeVisible();
  await expect(page.getByText(/No publisher is set yet/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Publisher name").fill("Caucasus Fact Check Desk");
  await page.getByLabel("Home page (optional)").fill("https://factcheck.example.org");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await screenshot(page, "desk-settings");
  const article = (await (await page.request.get("/api/v1/articles?q=Demo%3A")).json()) as { items: { id: string }[] };
  const report = await page.request.get(`/api/v1/articles/${article.items[0].id}/export?format=md`);
  expect(await report.text()).toContain("Caucasus Fact Check Desk");
});
