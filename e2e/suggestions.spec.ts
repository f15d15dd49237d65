// Claim suggestions as a journalist uses them: "Suggest claims" shows who said what dashed in the
// text and listed; Enter accepts the focused one (it becomes a claim), a number key gives the next to
// another actor before Enter, Delete rejects one; the counts say so and nothing else was saved.
import { expect, test } from "@playwright/test";
import { paste } from "./helpers/clipboard";
import { screenshot, signIn, workspaceReady } from "./helpers/session";

const TEXT = [
  "Moscow said on Sunday that Azerbaijani troops had shelled the village overnight.",
  "Baku denied that its troops had fired a single shot, and accused Yerevan of staging the attack.",
  "Yerevan called the shelling an act of aggression.",
  "Rain fell over the mountains all night.",
].join("\n\n");

test("suggest claims, accept by Enter, change the actor by number key, reject by Delete", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Suggestions");
  await paste(page.getByRole("textbox", { name: "Article text" }), { text: TEXT });
  await page.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(page);

  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.getByRole("region", { name: "Claim suggestions" });
  await expect(panel.getByRole("heading", { name: /Suggestions \(\d+\)/ })).toBeVisible();
  const items = panel.locator(".suggestion-item");
  await expect(items.first()).toContainText("Azerbaijani troops had shelled the village overnight");
  await expect(page.locator("mark.suggestion-highlight").first()).toBeVisible();
  await expect(panel).not.toContainText("Rain fell");
  await expect(items).toHaveCount(4);
  const total = 4;
  await screenshot(page, "suggestions");

  // Enter accepts the focused (first) suggestion: Moscow's accusation becomes a claim by Russia.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(page.locator(".claim-card").first()).toContainText("Russia");
  await expect(items).toHaveCount(total - 1);

  // Delete rejects the now focused one.
  const rejected = (await items.first().locator("blockquote").textContent()) ?? "";
  await page.keyboard.press("Delete");
  await expect(items).toHaveCount(total - 2);
  await expect(panel).not.toContainText(rejected.replace(/[“”]/g, "").slice(0, 30));

  // A number key gives the focused one (Baku's accusation of Yerevan) to another actor, Enter accepts it.
  // Keys 1-9 are the first nine actors of the list (as on the tagging toolbar), which other tests may
  // have grown: take the first of those that is not the proposed actor, and read its key off the picker.
  await expect(items.first()).toContainText("Yerevan of staging the attack");
  const picker = items.first().getByLabel("Said by");
  const proposed = (await picker.locator("option:checked").textContent()) ?? "";
  const names = await picker.locator("option").allTextContents();
  const other = names.slice(0, 9).find((name) => name !== proposed)!;
  await page.keyboard.press(String(names.indexOf(other) + 1));
  await expect(picker.locator("option:checked")).toHaveText(other);
  await expect(page.locator("mark.suggestion-highlight.is-focused").first()).toHaveAttribute("title", `Suggested: ${other}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  await expect(panel).toContainText("2 accepted (1 for another actor), 1 rejected");
  await expect(items).toHaveCount(1);
  await screenshot(page, "suggestions-decided");
  await panel.getByRole("button", { name: "Done" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator("mark.suggestion-highlight")).toHaveCount(0);
});
