// Signing in as each role, what each sees, and what happens to signed-out visitors.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshot, signIn } from "./helpers/session";

const ROLES = [
  { email: "admin@example.org", badge: "Admin", admin: true },
  { email: "journalist@example.org", badge: "Journalist", admin: false },
  { email: "reviewer@example.org", badge: "Reviewer", admin: false },
  { email: "reviewer2@example.org", badge: "Reviewer", admin: false },
];

for (const role of ROLES) {
  test(`${role.email} signs in and sees the article list`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page.getByRole("link", { name: /^Demo: Rival accounts/ })).toBeVisible();
    await expect(page.locator(".role-badge")).toHaveText(role.badge);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(role.admin ? 1 : 0);
    await screenshot(page, `${role.email.split("@")[0]}-articles`);
  });
}

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("journalist@example.org");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an active account." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await screenshot(page, "login-error");
});

test("the sign-in form works with the keyboard alone and returns to the page asked for", async ({ page }) => {
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Ftokens/);
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("reviewer@example.org");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
});

test("signing out returns to the sign-in page, and unknown pages say so", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await screenshot(page, "not-found");
});

test("the demo article shows its claims highlighted with actor labels", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await expect(page.getByRole("heading", { name: /^Claims \(4\)/ })).toBeVisible();
  await expect(page.locator("mark.claim-highlight").first()).toBeVisible();
  await expect(page.locator(".article-text .claim-label", { hasText: "RUS 1" })).toBeVisible();
  await screenshot(page, "article");
});
