// The JSON API over HTTP: tokens, admin users, articles, and how bad input is refused.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { baseUrl, bearer, HttpSession, signedIn } from "../helpers/http-session";

/**
 * Rows about one email in the API server's database (users, and audit events that mention it), to
 * prove a refusal wrote nothing. Specific rows, not table counts: other test files write concurrently.
 */
async function rowsAbout(email: string): Promise<{ users: number; audit: number }> {
  const client = new Client({ connectionString: process.env.API_DATABASE_URL });
  await client.connect();
  try {
    const users = await client.query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email = $1`, [email]);
    const audit = await client.query<{ count: string }>(`SELECT count(*) FROM "AuditEvent" WHERE entity = 'User' AND ("after"::text LIKE $1 OR "before"::text LIKE $1)`, [`%${email}%`]);
    return { users: Number(users.rows[0].count), audit: Number(audit.rows[0].count) };
  } finally {
    await client.end();
  }
}
const NOTHING = { users: 0, audit: 0 };

const expectErrorShape = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|node_modules|prisma/i);
  return body;
};

describe("personal API tokens", () => {
  it("creates a token with the session, uses it as Bearer, and stops accepting it once revoked", async () => {
    const journalist = await signedIn("journalist@example.org");
    const createdResponse = await journalist.json("/api/v1/tokens", "POST", { name: "CMS script" });
    expect(createdResponse.status).toBe(201);
    const token = (await createdResponse.json()) as { id: string; secret: string; prefix: string };
    expect(token.secret.startsWith(token.prefix)).toBe(true);

    const me = await bearer("/api/v1/me", token.secret);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: "journalist@example.org" });
    const listed = (await (await bearer("/api/v1/tokens", token.secret)).json()) as { items: { id: string; secret?: string }[] };
    expect(listed.items.find((item) => item.id === token.id)).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(token.secret);

    expect((await bearer(`/api/v1/tokens/${token.id}`, token.secret, { method: "DELETE" })).status).toBe(204);
    await expectErrorShape(await bearer("/api/v1/me", token.secret), 401, "UNAUTHENTICATED");
  });

  it("answers 401 for a bad bearer token even alongside a valid session cookie", async () => {
    const journalist = await signedIn("journalist@example.org");
    const response = await journalist.fetch("/api/v1/me", { headers: { authorization: "Bearer cc_not-a-real-token-at-all-000000" } });
    await expectErrorShape(response, 401, "UNAUTHENTICATED");
  });

  it("answers 404 for someone else's token and for an id that is not an id", async () => {
    const owner = await signedIn("reviewer@example.org");
    const token = (await (await owner.json("/api/v1/tokens", "POST", { name: "private" })).json()) as { id: string; secret: string };
    const other = await signedIn("reviewer2@example.org");
    await expectErrorShape(await other.json(`/api/v1/tokens/${token.id}`, "DELETE", {}), 404, "NOT_FOUND");
    await expectErrorShape(await other.json(`/api/v1/tokens/${encodeURIComponent("../../etc")}`, "DELETE", {}), 404, "NOT_FOUND");
    expect((await bearer("/api/v1/me", token.secret)).status).toBe(200);
  });
});

describe("user administration", () => {
  it("lets an admin create a user; refuses a journalist with 403 and writes nothing", async () => {
    const admin = await signedIn("admin@example.org");
    const email = `created-${randomUUID()}@example.org`;
    const response = await admin.json("/api/v1/users", "POST", { email, name: "Created", role: "REVIEWER", password: "created password 1" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: expect.any(String), email, role: "REVIEWER", disabled: false });

    const journalist = await signedIn("journalist@example.org");
    await expectErrorShape(await journalist.json("/api/v1/users", "POST", { email: `x-${email}`, name: "X", role: "ADMIN", password: "created password 1" }), 403, "FORBIDDEN");
    await expectErrorShape(await journalist.fetch("/api/v1/users"), 403, "FORBIDDEN");
    expect(await rowsAbout(`x-${email}`)).toEqual(NOTHING);
  });

  it("refuses a cookie-authenticated write from another origin with 403", async () => {
    const admin = await signedIn("admin@example.org");
    const email = `csrf-${randomUUID()}@example.org`;
    const response = await admin.json("/api/v1/users", "POST", { email, name: "CSRF", role: "ADMIN", password: "csrf password 123" }, { origin: "http://evil.example" });
    await expectErrorShape(response, 403, "FORBIDDEN");
    expect(await rowsAbout(email)).toEqual(NOTHING);
  });

  it("answers clear 4xx errors for malformed, mistyped, oversized and conflicting bodies, writing nothing", async () => {
    const admin = await signedIn("admin@example.org");
    const journalistBefore = await rowsAbout("journalist@example.org");

    const malformed = await admin.fetch("/api/v1/users", { method: "POST", body: "{not json", headers: { "content-type": "application/json", origin: baseUrl() } });
    await expectErrorShape(malformed, 400, "INVALID_INPUT");

    const mistyped = await expectErrorShape(await admin.json("/api/v1/users", "POST", { email: 42, name: ["x"], role: "ROOT", password: true }), 400, "INVALID_INPUT");
    await expectErrorShape(await admin.json("/api/v1/users", "POST", { email: "nul\u0000@example.org", name: "N", role: "JOURNALIST", password: "nul password 1234" }), 400, "INVALID_INPUT");
    expect(JSON.stringify(mistyped)).toMatch(/email/);

    const huge = await admin.json("/api/v1/users", "POST", { email: "big@example.org", name: "x".repeat(2_000_000), role: "JOURNALIST", password: "big password 123" });
    await expectErrorShape(huge, 413, "PAYLOAD_TOO_LARGE");

    await expectErrorShape(await admin.json("/api/v1/users", "POST", { email: "journalist@example.org", name: "Dup", role: "JOURNALIST", password: "duplicate password" }), 409, "CONFLICT");
    await expectErrorShape(await admin.json("/api/v1/users/nosuchuser", "PATCH", { name: "Ghost" }), 404, "NOT_FOUND");
    await expectErrorShape(await admin.json("/api/v1/users/nosuchuser", "PATCH", { isAdmin: true }), 400, "INVALID_INPUT");

    expect(await rowsAbout("big@example.org")).toEqual(NOTHING);
    expect(await rowsAbout("journalist@example.org")).toEqual(journalistBefore);
  });
});

describe("articles", () => {
  it("lists the demo article and returns it with its claims, links and anchors", async () => {
    const reviewer = await signedIn("reviewer@example.org");
    // Searched, not paged: the other API test files create articles in this database at the same time.
    const list = (await (await reviewer.fetch("/api/v1/articles?q=Demo%3A&limit=10")).json()) as { items: { id: string; title: string; claimCount: number }[]; nextCursor: string | null };
    const demo = list.items.find((item) => item.title.startsWith("Demo:"));
    expect(demo).toBeDefined();
    expect(list.nextCursor).toBeNull();

    const article = (await (await reviewer.fetch(`/api/v1/articles/${demo!.id}`)).json()) as { text: string; revision: { number: number }; claims: { exact: string; start: number; end: number; actor: { name: string }; links: { kind: string }[] }[] };
    expect(article.revision.number).toBe(1);
    expect(article.claims).toHaveLength(demo!.claimCount);
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(new Set(article.claims.map((claim) => claim.actor.name))).toEqual(new Set(["Russia", "Azerbaijan", "Armenia"]));
    expect(article.claims.flatMap((claim) => claim.links.map((link) => link.kind))).toContain("rebuts");
  });

  it("answers 400 for a bad query and 404 for an unknown article", async () => {
    const journalist = await signedIn("journalist@example.org");
    await expectErrorShape(await journalist.fetch("/api/v1/articles?limit=1000"), 400, "INVALID_INPUT");
    await expectErrorShape(await journalist.fetch("/api/v1/articles/doesnotexist"), 404, "NOT_FOUND");
  });
});

it("serves a proper 404 page for unknown routes", async () => {
  const response = await new HttpSession().fetch("/no-such-page");
  expect(response.status).toBe(404);
  expect(await response.text()).toContain("Page not found");
});

it("publishes the OpenAPI document", async () => {
  const document = (await (await fetch(`${baseUrl()}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/users");
});
