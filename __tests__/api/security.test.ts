// Security basics over HTTP against the production server: the headers of pages and API routes
// (CSP with a per-request nonce that the page's scripts carry, HSTS only over https), cross-site
// writes refused for cookie sessions and server actions, and API tokens only in the header.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countRows, json } from "../helpers/api-assertions";
import { ROOT, startAppServer, type AppServer } from "../helpers/app-server";
import { baseUrl, bearer, HttpSession, signedIn } from "../helpers/http-session";

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** The CSP directives of a header value, by name. */
function directives(csp: string | null): Map<string, string[]> {
  expect(csp).toEqual(expect.any(String));
  return new Map(
    csp!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function nonceOf(csp: string | null): string {
  const script = directives(csp).get("script-src") ?? [];
  const nonces = script.filter((value) => value.startsWith("'nonce-")).map((value) => value.slice(7, -1));
  expect(nonces).toHaveLength(1);
  return nonces[0];
}

/** Every <script …> opening tag of a page. */
const scriptTags = (html: string) => html.match(/<script\b[^>]*>/gi) ?? [];

const STATIC_HEADERS = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" };

function expectStaticHeaders(response: Response): void {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) expect([name, response.headers.get(name)]).toEqual([name, value]);
}

describe("security headers", () => {
  it("gives a page a strict CSP whose nonce every script tag carries, fresh on every load", async () => {
    const visitor = new HttpSession();
    const [first, second] = [await visitor.fetch("/login"), await visitor.fetch("/login")];
    expect([first.status, second.status]).toEqual([200, 200]);
    for (const response of [first, second]) expectStaticHeaders(response);

    const policy = directives(first.headers.get("content-security-policy"));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // Plain http: no HSTS, and no upgrade of sub-resources to an https port nobody serves.
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect(policy.has("upgrade-insecure-requests")).toBe(false);

    const nonces = [nonceOf(first.headers.get("content-security-policy")), nonceOf(second.headers.get("content-security-policy"))];
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);

    for (const [response, nonce] of [[first, nonces[0]], [second, nonces[1]]] as const) {
      const tags = scriptTags(await response.text());
      expect(tags.length).toBeGreaterThan(1);
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    }
  });

  it("sets the same headers on a signed-in workspace page", async () => {
    const journalist = await signedIn("journalist@example.org");
    const article = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: unique("Headers article"), text: "Moscow said the shelling stopped." }), 201);
    const page = await journalist.fetch(`/articles/${article.id}`);
    expect(page.status).toBe(200);
    expectStaticHeaders(page);
    const nonce = nonceOf(page.headers.get("content-security-policy"));
    const tags = scriptTags(await page.text());
    expect(tags.length).toBeGreaterThan(1);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  it("gives API JSON routes nosniff and no page CSP, and leaves the exports' own CSP alone", async () => {
    const journalist = await signedIn("journalist@example.org");
    for (const path of ["/api/v1/me", "/api/health", "/api/v1/nosuchroute"]) {
      const response = await journalist.fetch(path);
      expectStaticHeaders(response);
      expect([path, response.headers.get("content-security-policy")]).toEqual([path, null]);
    }
    const article = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: unique("Export headers"), text: "Baku denied it." }), 201);
    const exported = await journalist.fetch(`/api/v1/articles/${article.id}/export?format=html&inline=1`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("x-content-type-options")).toBe("nosniff");
    const policy = directives(exported.headers.get("content-security-policy"));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
  });

  it("ignores a client's X-Forwarded-Proto when no proxy is trusted", async () => {
    const response = await new HttpSession().fetch("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  describe("behind one trusted proxy (TRUSTED_PROXY_COUNT=1)", () => {
    let proxied: AppServer;
    beforeAll(async () => {
      proxied = await startAppServer({ DATABASE_URL: process.env.API_DATABASE_URL!, TRUSTED_PROXY_COUNT: "1" });
    });
    afterAll(() => proxied?.stop());

    const load = (proto: string) => fetch(`${proxied.url}/login`, { headers: { "x-forwarded-proto": proto }, redirect: "manual" });

    it("sends HSTS and upgrade-insecure-requests when the proxy says https, and neither when it says http", async () => {
      const https = await load("https");
      expect(https.status).toBe(200);
      expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      expect(directives(https.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);

      const http = await load("http");
      expect(http.status).toBe(200);
      expect(http.headers.get("strict-transport-security")).toBeNull();
      expect(directives(http.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(false);
      // HSTS on API routes is not needed: browsers pin the host from the first page.
      const api = await fetch(`${proxied.url}/api/health`, { headers: { "x-forwarded-proto": "https" } });
      expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    });

    it("takes the outermost proxy's protocol from a list, and the sign-in page still renders", async () => {
      // The outermost trusted proxy's value comes last in the list it forwarded.
      const listed = await load("http, https");
      expect(listed.status).toBe(200);
      expect(listed.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    });
  });
});

describe("cross-site writes", () => {
  it("refuses cookie-authenticated writes from another site with 403 and writes nothing", async () => {
    const journalist = await signedIn("journalist@example.org");
    const article = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: unique("CSRF article"), text: "Moscow said the shelling stopped. Baku denied it." }), 201);
    const claim = { actor: "Moscow", exact: "the shelling stopped" };

    await json(await journalist.json(`/api/v1/articles/${article.id}/claims`, "POST", claim, { origin: "https://evil.example" }), 403);
    await json(await journalist.json(`/api/v1/articles/${article.id}/claims`, "POST", claim, { origin: "null" }), 403);
    // A browser that sends no Origin still says where the request came from.
    const fetchMetadataOnly = await journalist.fetch(`/api/v1/articles/${article.id}/claims`, {
      method: "POST",
      body: JSON.stringify(claim),
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    });
    await json(fetchMetadataOnly, 403);
    await json(await journalist.fetch(`/api/v1/articles/${article.id}`, { method: "DELETE", headers: { origin: "https://evil.example" } }), 403);
    expect(await countRows("Claim", article.id)).toBe(0);
    await json(await journalist.fetch(`/api/v1/articles/${article.id}`), 200);

    // The same write from the app's own origin goes through: the refusals above were about the origin.
    await json(await journalist.json(`/api/v1/articles/${article.id}/claims`, "POST", claim), 201);
    expect(await countRows("Claim", article.id)).toBe(1);
  });

  it("accepts an API token only in the Authorization header", async () => {
    const journalist = await signedIn("journalist@example.org");
    const { secret } = await json<{ secret: string }>(await journalist.json("/api/v1/tokens", "POST", { name: unique("Header only") }), 201);
    await json(await bearer("/api/v1/me", secret), 200);

    for (const parameter of ["token", "access_token", "api_key", "bearer"]) {
      const response = await fetch(`${baseUrl()}/api/v1/me?${parameter}=${encodeURIComponent(secret)}`);
      expect([parameter, response.status]).toEqual([parameter, 401]);
    }
    for (const cookie of [`token=${secret}`, `access_token=${secret}`, `authorization=Bearer%20${secret}`]) {
      const response = await fetch(`${baseUrl()}/api/v1/me`, { headers: { cookie } });
      expect([cookie, response.status]).toEqual([cookie, 401]);
    }
    const form = await fetch(`${baseUrl()}/api/v1/articles`, {
      method: "POST",
      body: new URLSearchParams({ access_token: secret, title: "Token in a form", text: "x" }),
    });
    expect(form.status).toBe(401);
  });
});

describe("server actions", () => {
  /** The id of a server action in this build, from Next's manifest (the same ids the pages' scripts send). */
  function actionId(name: string): string {
    const manifest = JSON.parse(readFileSync(join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const ids = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === name).map(([id]) => id);
    expect(ids).toHaveLength(1);
    return ids[0];
  }

  type Actor = { id: string; name: string; version: number };

  it("refuses an action posted from another site, and runs the same request from the app's origin", async () => {
    const journalist = await signedIn("journalist@example.org");
    const actor = await json<Actor>(await journalist.json("/api/v1/actors", "POST", { name: unique("Action target"), color: "#1f5fa8" }), 201);
    const id = actionId("updateActorAction");
    // What the browser sends for updateActorAction({actorId, changes}): React's encoded arguments.
    const call = (name: string, headers: Record<string, string>) =>
      journalist.fetch("/actors", {
        method: "POST",
        body: JSON.stringify([{ actorId: actor.id, changes: { version: actor.version, name } }]),
        headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", ...headers },
      });

    const foreign = await call(unique("Renamed from evil.example"), { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const metadataOnly = await call(unique("Renamed cross-site"), { "sec-fetch-site": "cross-site" });
    expect(metadataOnly.status).toBe(403);
    // A forwarded host that differs from the Origin is cross-site too (Next compares the same pair).
    const forwarded = await call(unique("Renamed via host"), { origin: baseUrl(), "x-forwarded-host": "evil.example" });
    expect(forwarded.status).toBe(403);
    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${actor.id}`), 200)).toMatchObject({ name: actor.name, version: actor.version });

    const renamed = unique("Renamed at home");
    const home = await call(renamed, { origin: baseUrl() });
    expect(home.status).toBe(200);
    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${actor.id}`), 200)).toMatchObject({ name: renamed, version: actor.version + 1 });
  });

  it("refuses a form POST to a page from another site (a no-JavaScript server action)", async () => {
    const journalist = await signedIn("journalist@example.org");
    const response = await journalist.fetch("/settings/tokens", {
      method: "POST",
      body: new URLSearchParams({ name: "Cross-site form" }),
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
  });
});
