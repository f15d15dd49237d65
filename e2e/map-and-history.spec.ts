// The claim map and the history tab of the demo article.
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

test("the claim map groups claims by actor, draws rebuttals, and opens a claim in the text view", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "Claim map" }).click();
  const map = page.getByRole("figure", { name: /Claim map: 4 claims by 3 actors, 2 links/ });
  await expect(map).toBeVisible();
  await expect(map.locator("text.map-column-title")).toHaveText(["Russia", "Azerbaijan", "Armenia"]);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  await screenshot(page, "claim-map");

  await page.locator("a.map-node").filter({ hasText: /ARM \d/ }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+\?claim=/);
  await expect(page.locator(".claim-card.is-selected")).toContainText("an invasion of the territory of Nagorno-Karabakh");
});

test("the history tab lists what happened to the article", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Seed article" })).toHaveCount(1);
  await screenshot(page, "history");
});
