// A new actor is one form away; colours that would make labels unreadable are refused.
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

test("a journalist adds the Nagorno-Karabakh authorities as an actor", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Moscow, Kremlin" })).toHaveCount(1);

  await page.getByLabel("Name").fill("Too pale");
  await page.getByLabel("Colour").fill("#fde047");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "too light for white labels" })).toBeVisible();

  await page.getByLabel("Name").fill("Nagorno-Karabakh authorities");
  await page.getByLabel("Colour").fill("#0f766e");
  await page.getByLabel("Aliases").fill("Stepanakert, Karabakh authorities");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("status")).toHaveText("Added Nagorno-Karabakh authorities.");
  await expect(page.getByRole("row").filter({ hasText: "Stepanakert, Karabakh authorities" })).toContainText("NAG");
  await screenshot(page, "actors");
});
