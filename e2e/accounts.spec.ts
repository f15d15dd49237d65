// Signing in as each role, what each sees, and what happens to signed-out visitors.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshot, signIn } from "./helpers/session";

// Half submit by clicking "Sign in", half by pressing Enter: people do both.
const ROLES = [
  { email: "admin@example.org", badge: "Admin", admin: true, submitWith: "click" },
  { email: "journalist@example.org", badge: "Journalist", admin: false, submitWith: "enter" },
  { email: "reviewer@example.org", badge: "Reviewer", admin: false, submitWith: "click" },
  { email: "reviewer2@example.org", badge: "Reviewer", admin: false, submitWith: "enter" },
] as const;

for (const role of ROLES) {
  test(`${role.email} signs in (${role.submitWith === "enter" ? "Enter key" : "button"}) and sees the article list`, async ({ page }) => {
    await signIn(page, role.email, DEMO_PASSWORD, role.submitWith);
    await expect(page.getByRole("link", { name: /^Demo: Rival accounts/ })).toBeVisible();
    await expect(page.locator(".role-badge")).toHaveText(role.badge);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(role.admin ? 1 : 0);
    await screenshot(page, `${role.email.split("@")[0]}-articles`);
  });
}

test("a signed-out visit to the article list goes to sign-in; a wrong password shows an error and stays there", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
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
  // Enter in a field submits; so does Enter on the button, which is the next stop for Tab.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
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

test("on a phone-sized screen nothing is wider than the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, "admin@example.org");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("/");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await expect(page.getByRole("heading", { name: /^Claims \(/ })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await screenshot(page, "phone-workspace");
});
