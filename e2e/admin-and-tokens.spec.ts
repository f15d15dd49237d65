// Admin user management (create, disable: the session ends) and personal API tokens.
import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

test("an admin creates a user, who signs in; once disabled, their open session ends", async ({ page, browser }) => {
  const email = `new-${Date.now()}@example.org`;
  const password = "a new strong password";
  await signIn(page, "admin@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Nora New");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("JOURNALIST");
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText(`Created ${email}`);
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toBeVisible();

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signIn(userPage, email, password);

  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  await screenshot(page, "admin-users");

  await userPage.goto("/settings/tokens");
  await expect(userPage).toHaveURL(/\/login/);
  await userPage.getByLabel("Email").fill(email);
  await userPage.getByLabel("Password").fill(password);
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByRole("alert").filter({ hasText: "That email and password do not match an active account." })).toBeVisible();
  await userContext.close();
});

test("a journalist does not see the admin area", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a token is shown once, works as Bearer, and stops working when revoked", async ({ page, request }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByText("You have no tokens")).toBeVisible();
  await page.getByLabel("Token name").fill("Export script");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^cc_/);
  await screenshot(page, "tokens");

  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "journalist@example.org" });

  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await page.getByRole("button", { name: "Revoke token Export script" }).click();
  await expect(page.getByRole("row", { name: /Export script/ }).getByText("Revoked")).toBeVisible();
  expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);
});
