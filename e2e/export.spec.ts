// The Export menu of the workspace: the printable report opens in a tab, the PDF downloads, and
// "include verdicts not yet approved" carries over to every file. Screenshots of the menu and the
// report; the PDF is saved beside them (pdftoppm turns it into pictures to look at).
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";

test("export the demo article as a printable report and a PDF from the workspace", async ({ page, context }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await workspaceReady(page);

  // The menu is a disclosure: reachable and opened with the keyboard.
  const toggle = page.locator(".export-menu > summary");
  await toggle.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("group", { name: "Export and import" });
  await expect(menu).toBeVisible();
  await screenshot(page, "export-menu");

  await menu.getByLabel(/Include verdicts not yet approved/).check();
  await expect(menu.getByRole("link", { name: "Markdown" })).toHaveAttribute("href", /format=md&drafts=1/);
  await menu.getByLabel(/Include verdicts not yet approved/).uncheck();
  await expect(menu.getByRole("link", { name: "Markdown" })).not.toHaveAttribute("href", /drafts/);

  const [report] = await Promise.all([context.waitForEvent("page"), menu.getByRole("link", { name: "Printable report" }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(/Demo: Rival accounts/);
  const claimCount = await page.locator(".claim-card").count();
  expect(claimCount).toBeGreaterThan(0);
  await expect(report.locator("mark").first()).toBeVisible();
  for (let number = 1; number <= claimCount; number++) await expect(report.locator(`[id="claim-${number}"]`)).toHaveCount(1);
  await expect(report.locator("svg").first()).toBeVisible();
  await screenshot(report, "export-report");
  await report.emulateMedia({ media: "print" });
  await screenshot(report, "export-report-print");
  await report.close();

  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: "PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^demo-rival-accounts.*\.pdf$/);
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  writeFileSync("e2e/screenshots/export-report.pdf", bytes);

  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
});
