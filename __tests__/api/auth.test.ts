// Sign-in over HTTP through next-auth: sessions, CSRF, the rate limit, disabled users.
import { randomUUID } from "node:crypto";
import { HttpSession, signedIn, demoPassword } from "../helpers/http-session";

const newUserBody = (email: string) => ({ email, name: "HTTP Test User", role: "JOURNALIST", password: "http test password 1" });

it("signs in each demo role and answers /api/v1/me with the session cookie", async () => {
  for (const [email, role] of [["admin@example.org", "ADMIN"], ["journalist@example.org", "JOURNALIST"], ["reviewer@example.org", "REVIEWER"]]) {
    const session = await signedIn(email);
    const response = await session.fetch("/api/v1/me");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ email, role });
  }
});

it("answers 401 to anonymous API requests and sends anonymous pages to the sign-in page", async () => {
  const anonymous = new HttpSession();
  const api = await anonymous.fetch("/api/v1/me");
  expect(api.status).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  const page = await anonymous.fetch("/admin/users");
  expect(page.status).toBeGreaterThanOrEqual(300);
  expect(page.status).toBeLessThan(400);
  expect(page.headers.get("location")).toContain("/login?callbackUrl=%2Fadmin%2Fusers");
});

it("refuses a wrong password and a missing CSRF token without issuing a session", async () => {
  const wrong = new HttpSession();
  expect(await wrong.signIn("journalist@example.org", "not the password")).toMatch(/error=CredentialsSignin/);
  expect(wrong.hasCookie(/session-token/)).toBe(false);

  const forged = new HttpSession();
  const location = await forged.signIn("journalist@example.org", demoPassword(), { csrfToken: "forged" });
  expect(location).toMatch(/error=MissingCSRF/);
  expect(forged.hasCookie(/session-token/)).toBe(false);
});

it("rate-limits an account after five failures, even for the right password", async () => {
  const admin = await signedIn("admin@example.org");
  const email = `limited-${randomUUID()}@example.org`;
  expect((await admin.json("/api/v1/users", "POST", newUserBody(email))).status).toBe(201);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Each attempt from a new address: the per-account limit alone must stop the guessing.
    expect(await new HttpSession().signIn(email, `wrong ${attempt}`)).toMatch(/code=credentials/);
  }
  const blocked = new HttpSession();
  expect(await blocked.signIn(email, "http test password 1")).toMatch(/code=rate_limited/);
  expect(blocked.hasCookie(/session-token/)).toBe(false);
});

it("ends a disabled user's session at their next request, and a reset password's sessions too", async () => {
  const admin = await signedIn("admin@example.org");
  const email = `disabled-${randomUUID()}@example.org`;
  const created = (await (await admin.json("/api/v1/users", "POST", newUserBody(email))).json()) as { id: string };
  const user = await signedIn(email, "http test password 1");
  expect((await user.fetch("/api/v1/me")).status).toBe(200);

  expect((await admin.json(`/api/v1/users/${created.id}`, "PATCH", { disabled: true })).status).toBe(200);
  expect((await user.fetch("/api/v1/me")).status).toBe(401);
  expect(await new HttpSession().signIn(email, "http test password 1")).toMatch(/error=CredentialsSignin/);

  expect((await admin.json(`/api/v1/users/${created.id}`, "PATCH", { disabled: false })).status).toBe(200);
  const again = await signedIn(email, "http test password 1");
  expect((await admin.json(`/api/v1/users/${created.id}`, "PATCH", { password: "another password 22" })).status).toBe(200);
  expect((await again.fetch("/api/v1/me")).status).toBe(401);
});
