// The text changes under the claims: the journalist edits a sentence that holds a claim (it is
// flagged "was … now …"), deletes a claimed sentence (the claim is kept as an orphan), re-attaches
// the orphan to new words, and finds the revisions on the History tab.
import { expect, test, type Page } from "@playwright/test";
import { paste } from "./helpers/clipboard";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { dragSelect, keyboardSelect } from "./helpers/text-selection";

const TEXT = [
  "Moscow said Azerbaijani units crossed the line of contact near Parukh on Friday night.",
  "Baku said the report did not correspond to reality and that its units had not moved.",
  "Yerevan called the movement an invasion and asked the peacekeepers to act.",
].join("\n\n");

const tagAs = (page: Page, actor: string) => page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: new RegExp(actor) }).click();

test("edit a claimed sentence (flagged), delete one (orphaned), re-attach the orphan", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Revisions and orphans");
  await paste(page.getByRole("textbox", { name: "Article text" }), { text: TEXT });
  await page.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(page);

  await dragSelect(page, "did not correspond to reality");
  await tagAs(page, "Azerbaijan");
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await dragSelect(page, "called the movement an invasion");
  await tagAs(page, "Armenia");
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();

  await page.getByRole("button", { name: "Edit text" }).click();
  const editor = page.getByRole("textbox", { name: "Article text, editable" });
  await expect(editor).toBeVisible();
  // A word inside Baku's claim changes; Yerevan's sentence goes.
  await keyboardSelect(page, "correspond to");
  await page.keyboard.type("match");
  await keyboardSelect(page, "Yerevan called the movement an invasion and asked the peacekeepers to act.");
  await page.keyboard.press("Backspace");
  await page.getByRole("button", { name: "Save as new revision" }).click();

  await expect(page.getByText(/Saved as revision 2\..*1 had their words changed.*1 lost their words/)).toBeVisible();
  await workspaceReady(page);
  // The new text is shown, highlighted where the claims now are.
  await expect(page.locator(".article-text")).toContainText("Baku said the report did not match reality");
  await expect(page.locator(".article-text")).not.toContainText("Yerevan called");
  await expect(page.locator("mark.claim-highlight").first()).toHaveText("did not match reality");
  const changed = page.locator(".claim-card").filter({ hasText: "did not match reality" });
  await expect(changed.locator(".anchor-flag")).toContainText("was “did not correspond to reality”, now “did not match reality”");
  const orphans = page.getByRole("region", { name: "Orphans (1)" });
  await expect(orphans).toContainText("called the movement an invasion");
  await screenshot(page, "revisions-flagged");

  await changed.getByRole("button", { name: "Looks right" }).click();
  await expect(changed.locator(".anchor-flag")).toHaveCount(0);

  const orphan = page.locator(".claim-card").filter({ hasText: "called the movement an invasion" });
  await orphan.getByRole("button", { name: "Re-attach…" }).click();
  await expect(page.getByText(/Select the words Armenia \d is about now/)).toBeVisible();
  await dragSelect(page, "units crossed the line of contact");
  await page.getByRole("button", { name: "Attach here" }).click();
  await expect(page.getByText(/Re-attached Armenia \d to the selected words/)).toBeVisible();
  await expect(page.getByRole("region", { name: /Orphans/ })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Article views" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row").filter({ hasText: "(current)" })).toContainText("2");
  await page.getByRole("link", { name: "Compare with current" }).click();
  // Side by side, each revision with the claims placed in it.
  await expect(page.getByRole("region", { name: "Revision 1" }).locator("mark")).toHaveText(["did not correspond to reality", "called the movement an invasion"]);
  await expect(page.getByRole("region", { name: "Revision 2" }).locator("mark")).toHaveText(["units crossed the line of contact", "did not match reality"]);
  await expect(page.locator(".revision-compare del").first()).toContainText("correspond to");
  await expect(page.locator(".revision-compare del").nth(1)).toContainText("Yerevan called the movement");
  await screenshot(page, "revisions-history");
});
