// No serious or critical axe-core violations on the article list, the workspace and the claim map.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, workspaceReady } from "./helpers/session";

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

  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "Claim map" }).click();
  await expect(page.getByRole("figure", { name: /Claim map/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
