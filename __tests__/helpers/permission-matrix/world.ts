// The permission matrix's own app: a fresh seeded database and a production server of its own (the
// matrix deletes ratings, renames users and edits the desk settings, which the other API test files
// read), the callers (one signed-in session per role, a second journalist whose records are
// "others'", a reviewer who approves, anonymous, a disabled user's session and token, a revoked
// token), and builders that make a fresh record for a given owner over the API.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Client } from "pg";
import type { Role, SessionUser } from "@/lib/domain/roles";
import { docFromBlocks, type ImportBlock } from "@/lib/import/import-blocks";
import { ROOT, startAppServer, type AppServer } from "../app-server";
import { startFixtureServer, type FixtureServer } from "../fixture-server";
import { bearer, HttpSession, signedIn } from "../http-session";
import { createTestDatabase, type TestDatabase } from "../test-database";
import type { Identity } from "./expected-status";
import type { HttpMethod } from "./inventory";

const DEMO_PASSWORD = "demo-password-for-the-permission-matrix";
const PASSWORD = "matrix-password-0123456789";

export const TEXT = `Moscow said Azerbaijani units crossed the line of contact.\n\nBaku said the report "does not correspond to reality".`;
const QUOTE = "Azerbaijani units crossed the line of contact";
const DENIAL = "does not correspond to reality";
export const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const unique = (label: string) => `${label} ${randomBytes(4).toString("hex")}`;

const PAGE = `<!doctype html><html lang="en"><head><title>Ceasefire report</title><meta property="og:title" content="Ceasefire report"></head><body><article>
<h1>Ceasefire report</h1>
<p>Moscow said Azerbaijani units crossed the line of contact near the village on Tuesday morning, according to a statement.</p>
<p>Baku said the report "does not correspond to reality" and accused Yerevan of provocations along the border overnight.</p>
<p>Yerevan called the events an invasion of its sovereign territory and asked its partners for an urgent response.</p>
</article></body></html>`;

export type Party = { label: string; user: SessionUser; session: HttpSession };
export type RequestSpec = { method: HttpMethod; path: string; body?: unknown; rawBody?: string };
export type Caller = {
  identity: Identity;
  /** As the server should see it; null when it should see no one. */
  user: SessionUser | null;
  send(request: RequestSpec): Promise<Response>;
  /** Any request, with the caller's cookie or token. */
  fetchRaw: RawFetch;
};

/** The JSON body of a setup request, which must succeed: a failure here is the fixture's, not the matrix's. */
async function ok<T>(response: Promise<Response>, what: string): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  if (answer.status >= 300) throw new Error(`Setting up ${what} failed: ${answer.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

type RawFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** A JSON request as the app's own pages (or a script, with a token) would send it. */
const sendVia =
  (fetchRaw: RawFetch) =>
  (request: RequestSpec): Promise<Response> =>
    request.method === "GET"
      ? fetchRaw(request.path)
      : fetchRaw(request.path, {
          method: request.method,
          body: request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
          headers: { "content-type": "application/json", origin: process.env.API_BASE_URL! },
        });

/** Requests with a fixed cookie and no jar. */
const cookieOnly =
  (cookie: string): RawFetch =>
  (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set("cookie", cookie);
    return fetch(`${process.env.API_BASE_URL}${path}`, { ...init, headers, redirect: "manual" });
  };

type Article = { id: string; version: number; revision: { id: string; number: number } };
type Claim = { id: string; version: number; start: number; end: number; articleId: string };
type Verdict = { id: string; version: number; claimId: string };

export class World {
  private sharedArticles = new Map<string, Promise<Article>>();
  private sharedClaims = new Map<string, Promise<Claim>>();
  actorIds: { moscow: string; baku: string } = { moscow: "", baku: "" };

  private constructor(
    private readonly database: TestDatabase,
    private readonly server: AppServer,
    private readonly fixture: FixtureServer,
    private readonly previous: { baseUrl?: string; databaseUrl?: string },
    readonly parties: Record<Role | "other" | "approver", Party>,
    readonly callers: Record<Identity, Caller>,
    private readonly credentials: { email: string; password: string },
  ) {}

  /**
   * A caller of this identity whose session may be ended or replaced (signing out, signing in as
   * someone else): for a role, a session of its own signed in for this request.
   */
  async disposableCaller(identity: Identity): Promise<Caller> {
    if (identity !== "ADMIN" && identity !== "JOURNALIST" && identity !== "REVIEWER") return this.callers[identity];
    const session = await signedIn(this.parties[identity].user.email, DEMO_PASSWORD);
    return { ...this.callers[identity], fetchRaw: (path, init) => session.fetch(path, init), send: sendVia((path, init) => session.fetch(path, init)) };
  }

  /** A real account's email and password, for the sign-in action. */
  otherCredentials(): { email: string; password: string } {
    return this.credentials;
  }

  static async start(): Promise<World> {
    const database = await createTestDatabase();
    const seed = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "prisma/seed.ts")], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: database.url, COUNTERCLAIM_DEMO_PASSWORD: DEMO_PASSWORD },
    });
    if (seed.status !== 0) throw new Error("Seeding the permission matrix's database failed.");
    const server = await startAppServer({ DATABASE_URL: database.url, COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK: "1" });
    const fixture = await startFixtureServer({ "/report": (_request, response) => (response.writeHead(200, { "content-type": "text/html; charset=utf-8" }), response.end(PAGE)) });
    // The HTTP session helpers read the base URL from here; this file's own copy of the environment.
    const previous = { baseUrl: process.env.API_BASE_URL, databaseUrl: process.env.API_DATABASE_URL };
    process.env.API_BASE_URL = server.url;
    process.env.API_DATABASE_URL = database.url;

    const party = async (label: string, email: string, password = DEMO_PASSWORD): Promise<Party> => {
      const session = await signedIn(email, password);
      return { label, session, user: await ok<SessionUser>(session.fetch("/api/v1/me"), `${label}'s session`) };
    };
    const admin = await party("admin", "admin@example.org");
    const newUser = async (label: string) => {
      const email = `${label.replace(/\W+/g, "-")}-${randomBytes(4).toString("hex")}@matrix.example.org`;
      await ok(admin.session.json("/api/v1/users", "POST", { email, name: label, role: "JOURNALIST", password: PASSWORD }), label);
      return party(label, email, PASSWORD);
    };
    const parties = {
      ADMIN: admin,
      JOURNALIST: await party("journalist", "journalist@example.org"),
      REVIEWER: await party("reviewer", "reviewer@example.org"),
      approver: await party("approver", "reviewer2@example.org"),
      other: await newUser("Other Journalist"),
    };

    // A session whose user is disabled afterwards ends at its next request.
    const disabled = await newUser("Disabled Journalist");
    const disabledToken = await ok<{ secret: string }>(disabled.session.json("/api/v1/tokens", "POST", { name: unique("disabled") }), "a disabled user's token");
    await ok(admin.session.json(`/api/v1/users/${disabled.user.id}`, "PATCH", { disabled: true }), "disabling a user");
    // A token that worked, then was revoked.
    const token = await ok<{ id: string; secret: string }>(parties.JOURNALIST.session.json("/api/v1/tokens", "POST", { name: unique("revoked") }), "a token");
    await ok(parties.JOURNALIST.session.json(`/api/v1/tokens/${token.id}`, "DELETE", undefined), "revoking a token");

    const caller = (identity: Identity, user: SessionUser | null, fetchRaw: RawFetch): Caller => ({ identity, user, fetchRaw, send: sendVia(fetchRaw) });
    const ofParty = (p: Party): RawFetch => (path, init) => p.session.fetch(path, init);
    const callers: Record<Identity, Caller> = {
      ADMIN: caller("ADMIN", parties.ADMIN.user, ofParty(parties.ADMIN)),
      JOURNALIST: caller("JOURNALIST", parties.JOURNALIST.user, ofParty(parties.JOURNALIST)),
      REVIEWER: caller("REVIEWER", parties.REVIEWER.user, ofParty(parties.REVIEWER)),
      // A fresh cookie jar each time: a sign-in answer must not make later anonymous requests signed in.
      anonymous: caller("anonymous", null, (path, init) => new HttpSession().fetch(path, init)),
      // The cookie as it was when the user was disabled, sent as is: no answer can change what it proves.
      "disabled user": caller("disabled user", { ...disabled.user, disabled: true }, cookieOnly(disabled.session.cookieHeader)),
      "disabled user's token": caller("disabled user's token", { ...disabled.user, disabled: true }, (path, init) => bearer(path, disabledToken.secret, init)),
      "revoked token": caller("revoked token", null, (path, init) => bearer(path, token.secret, init)),
    };
    const world = new World(database, server, fixture, previous, parties, callers, { email: parties.other.user.email, password: PASSWORD });
    const actors = await ok<{ items: { id: string; name: string }[] }>(admin.session.fetch("/api/v1/actors"), "the actor list");
    world.actorIds = { moscow: actors.items.find((actor) => actor.name === "Russia")!.id, baku: actors.items.find((actor) => actor.name === "Azerbaijan")!.id };
    return world;
  }

  async stop(): Promise<void> {
    process.env.API_BASE_URL = this.previous.baseUrl;
    process.env.API_DATABASE_URL = this.previous.databaseUrl;
    await this.fixture.close();
    await this.server.stop();
    await this.database.drop();
  }

  /** The owner's article for requests that do not change it (claims are added to it freely). */
  sharedArticle(owner: Party): Promise<Article> {
    let article = this.sharedArticles.get(owner.user.id);
    if (!article) this.sharedArticles.set(owner.user.id, (article = this.newArticle(owner)));
    return article;
  }

  /** The owner's claim for reads. */
  sharedClaim(owner: Party): Promise<Claim> {
    let claim = this.sharedClaims.get(owner.user.id);
    if (!claim) this.sharedClaims.set(owner.user.id, (claim = this.newClaim(owner)));
    return claim;
  }

  newArticle(owner: Party, fields: Record<string, unknown> = {}): Promise<Article> {
    return ok<Article>(owner.session.json("/api/v1/articles", "POST", { title: unique("Matrix article"), text: TEXT, ...fields }), `an article of ${owner.label}`);
  }

  /** An article whose source URL is a page the server can fetch again. */
  newArticleWithSource(owner: Party): Promise<Article> {
    return this.newArticle(owner, { url: `${this.fixture.url}/report` });
  }

  /** An article with two revisions (the second current), for restoring the first. */
  async newArticleWithTwoRevisions(owner: Party): Promise<Article> {
    const article = await this.newArticle(owner);
    await ok(owner.session.json(`/api/v1/articles/${article.id}/revisions`, "POST", { body: doc(`${TEXT} Yerevan called it an invasion.`), baseRevisionId: article.revision.id }), "a second revision");
    return article;
  }

  async newClaim(owner: Party, quote = QUOTE): Promise<Claim> {
    const article = await this.sharedArticle(owner);
    return ok<Claim>(owner.session.json(`/api/v1/articles/${article.id}/claims`, "POST", { actor: quote === QUOTE ? "Moscow" : "Baku", exact: quote }), `a claim of ${owner.label}`);
  }

  /** A claim its owner deleted (for the undo). */
  async newDeletedClaim(owner: Party): Promise<Claim> {
    const claim = await this.newClaim(owner);
    await ok(owner.session.json(`/api/v1/claims/${claim.id}`, "DELETE", undefined), "deleting a claim");
    return claim;
  }

  async newLink(owner: Party): Promise<{ id: string }> {
    const [from, to] = [await this.newClaim(owner, DENIAL), await this.newClaim(owner)];
    return ok(owner.session.json(`/api/v1/claims/${from.id}/links`, "POST", { targetClaimId: to.id, kind: "rebuts" }), "a link");
  }

  async newEvidence(owner: Party): Promise<{ id: string }> {
    const claim = await this.sharedClaim(owner);
    return ok(owner.session.json(`/api/v1/claims/${claim.id}/evidence`, "POST", { url: "https://example.org/imagery", title: "Imagery", stance: "refutes" }), "evidence");
  }

  /** A verdict written by `owner`, taken to `status` (approved by the approving reviewer). */
  async newVerdict(owner: Party, status: "draft" | "in_review" | "approved"): Promise<Verdict> {
    const claim = await this.newClaim(owner);
    let verdict = await ok<Verdict>(owner.session.json(`/api/v1/claims/${claim.id}/verdict`, "PUT", { claimSummary: QUOTE, rating: "mostly-false", rationale: doc("Imagery shows no movement.") }), "a verdict");
    if (status === "draft") return verdict;
    verdict = await ok<Verdict>(owner.session.json(`/api/v1/verdicts/${verdict.id}/submit`, "POST", { version: verdict.version }), "submitting a verdict");
    if (status === "in_review") return verdict;
    return ok<Verdict>(this.parties.approver.session.json(`/api/v1/verdicts/${verdict.id}/approve`, "POST", { version: verdict.version }), "approving a verdict");
  }

  newToken(owner: Party): Promise<{ id: string }> {
    return ok(owner.session.json("/api/v1/tokens", "POST", { name: unique("matrix") }), "a token");
  }

  newActor(owner: Party): Promise<{ id: string; version: number }> {
    return ok(owner.session.json("/api/v1/actors", "POST", { name: unique("Matrix actor"), color: "#1f5fa8" }), "an actor");
  }

  /** A page fetched by `owner` for an import preview, archived but not attached to an article yet. */
  newPreview(owner: Party): Promise<{ blocks: ImportBlock[]; snapshot: { id: string }; id: string }> {
    return ok<{ blocks: ImportBlock[]; snapshot: { id: string } }>(owner.session.json("/api/v1/imports", "POST", { kind: "url", url: `${this.fixture.url}/report` }), "an import preview").then((preview) => ({ ...preview, id: preview.snapshot.id }));
  }

  /** A page fetched by `owner` and archived with the article made from it. */
  async newSnapshot(owner: Party): Promise<{ id: string }> {
    const preview = await this.newPreview(owner);
    await ok(owner.session.json("/api/v1/articles", "POST", { title: unique("Imported"), body: docFromBlocks(preview.blocks), snapshotId: preview.snapshot.id }), "an imported article");
    return preview.snapshot;
  }

  async newUser(): Promise<{ id: string }> {
    return ok(this.parties.ADMIN.session.json("/api/v1/users", "POST", { email: `target-${randomBytes(4).toString("hex")}@matrix.example.org`, name: "Target", role: "JOURNALIST", password: PASSWORD }), "a user");
  }

  /** A rating no verdict uses, straight into the database (the API has no way to add one). */
  async newRating(): Promise<string> {
    const key = `matrix-${randomBytes(4).toString("hex")}`;
    const client = new Client({ connectionString: this.database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Rating" (id, key, label, definition, color, "ratingValue", position) VALUES ($1, $2, $3, 'A rating for the permission matrix.', '#777777', NULL, 100)`, [
        `matrix${randomBytes(8).toString("hex")}`,
        key,
        unique("Matrix rating"),
      ]);
    } finally {
      await client.end();
    }
    return key;
  }

  async settingsVersion(): Promise<number> {
    return (await ok<{ version: number }>(this.parties.ADMIN.session.fetch("/api/v1/settings"), "the settings")).version;
  }
}
