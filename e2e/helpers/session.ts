// Signing in through the real form, as a person would, and saving screenshots to look at.
import { expect, type Page } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../../playwright.config";

export const DEMO_PASSWORD = E2E_DEMO_PASSWORD;

/** Signs in through the form, submitting by clicking the button or by pressing Enter in the password field. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, submitWith: "click" | "enter" = "click"): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  if (submitWith === "enter") await page.getByLabel("Password").press("Enter");
  else await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** Waits until the workspace's keyboard shortcuts and selection handling are live. */
export async function workspaceReady(page: Page): Promise<void> {
  await expect(page.locator("[data-workspace-ready]")).toHaveCount(1);
}
