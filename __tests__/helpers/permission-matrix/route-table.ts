// The permission matrix's route table: for each /api/v1 route and method, the permissions its data
// function checks (lib/auth's actions, with the facts of the record it acts on), the status of a
// success, and how to build a fresh, otherwise valid request on a record of a given owner. The
// expected status of every caller is derived from this and lib/auth's PERMISSIONS (expected-status.ts).
// A route file or method without an entry here fails the matrix test.
import type { Need } from "./expected-status";
import type { HttpMethod } from "./inventory";
import { doc, TEXT, type Party, type RequestSpec, type World } from "./world";

export type RouteEntry = {
  /** The folder under app/api/v1, as the file system spells it. */
  route: string;
  method: HttpMethod;
  /** When one method does two things (PUT a verdict: draft or edit). */
  variant?: string;
  /** Whether it matters whose record it is: then the caller's own and someone else's are both tried. */
  owned: boolean;
  needs: Need[];
  success: 200 | 201 | 204;
  /** Answers everyone, signed in or not. */
  public?: boolean;
  /** A fresh, valid request on a record of `owner` (for routes on no record, owner is whoever sets up). */
  request: (world: World, owner: Party) => Promise<RequestSpec>;
};

const read: Need[] = [{ action: "article:read" }];
const get = (path: string): RequestSpec => ({ method: "GET", path: `/api/v1${path}` });
const post = (path: string, body?: unknown): RequestSpec => ({ method: "POST", path: `/api/v1${path}`, body });
const patch = (path: string, body: unknown): RequestSpec => ({ method: "PATCH", path: `/api/v1${path}`, body });
const put = (path: string, body: unknown): RequestSpec => ({ method: "PUT", path: `/api/v1${path}`, body });
const del = (path: string): RequestSpec => ({ method: "DELETE", path: `/api/v1${path}` });
const stamp = () => Math.random().toString(36).slice(2, 10);

export const ROUTE_TABLE: RouteEntry[] = [
  // Actors: shared by the desk; merging is for reviewers and admins.
  { route: "actors", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/actors") },
  { route: "actors", method: "POST", owned: false, needs: [{ action: "actor:create" }], success: 201, request: async () => post("/actors", { name: `Actor ${stamp()}`, color: "#1f5fa8" }) },
  { route: "actors/[id]", method: "GET", owned: false, needs: read, success: 200, request: async (world, owner) => get(`/actors/${(await world.newActor(owner)).id}`) },
  {
    route: "actors/[id]",
    method: "PATCH",
    owned: false,
    needs: [{ action: "actor:update" }],
    success: 200,
    request: async (world, owner) => {
      const actor = await world.newActor(owner);
      return patch(`/actors/${actor.id}`, { version: actor.version, name: `Renamed ${stamp()}` });
    },
  },
  {
    route: "actors/[id]/merge",
    method: "POST",
    owned: false,
    needs: [{ action: "actor:merge" }],
    success: 200,
    request: async (world, owner) => {
      const [merged, into] = [await world.newActor(owner), await world.newActor(owner)];
      return post(`/actors/${merged.id}/merge`, { intoActorId: into.id });
    },
  },

  // The actor desk: read-only, for anyone signed in.
  { route: "actors/[id]/summary", method: "GET", owned: false, needs: read, success: 200, request: async (world, owner) => get(`/actors/${(await world.newActor(owner)).id}/summary?from=2026-01-01&to=2026-03-31`) },
  { route: "actors/[id]/claims", method: "GET", owned: false, needs: read, success: 200, request: async (world, owner) => get(`/actors/${(await world.newActor(owner)).id}/claims?limit=5`) },
  { route: "balance", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/balance?article=${(await world.sharedArticle(owner)).id}`) },

  // Articles and what hangs off them.
  { route: "articles", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/articles") },
  { route: "articles", method: "POST", owned: false, needs: [{ action: "article:create" }], success: 201, request: async () => post("/articles", { title: `Matrix ${stamp()}`, text: TEXT }) },
  { route: "articles/[id]", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}`) },
  {
    route: "articles/[id]",
    method: "PATCH",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    success: 200,
    request: async (world, owner) => {
      const article = await world.newArticle(owner);
      return patch(`/articles/${article.id}`, { version: article.version, title: `Renamed ${stamp()}` });
    },
  },
  // Live streams (Server-Sent Events): the matrix reads only the status and cancels the stream.
  { route: "articles/[id]/events", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}/events`) },
  { route: "events", method: "GET", owned: false, needs: [], success: 200, request: async () => get("/events") },
  { route: "articles/[id]", method: "DELETE", owned: true, needs: [{ action: "article:delete", facts: "creator" }], success: 204, request: async (world, owner) => del(`/articles/${(await world.newArticle(owner)).id}`) },
  { route: "articles/[id]/claims", method: "POST", owned: true, needs: [{ action: "claim:create" }], success: 201, request: async (world, owner) => post(`/articles/${(await world.sharedArticle(owner)).id}/claims`, { actor: "Baku", exact: "does not correspond to reality" }) },
  { route: "articles/[id]/compare", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}/compare?from=1&to=1`) },
  { route: "articles/[id]/export", method: "GET", owned: true, needs: [{ action: "export:read" }], success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}/export?format=md`) },
  { route: "articles/[id]/import", method: "POST", owned: true, needs: [{ action: "claim:create" }], success: 201, request: async (world, owner) => post(`/articles/${(await world.sharedArticle(owner)).id}/import`, []) },
  { route: "articles/[id]/refresh", method: "POST", owned: true, needs: [{ action: "article:update", facts: "creator" }], success: 200, request: async (world, owner) => post(`/articles/${(await world.newArticleWithSource(owner)).id}/refresh`) },
  { route: "articles/[id]/revisions", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}/revisions`) },
  {
    route: "articles/[id]/revisions",
    method: "POST",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    success: 201,
    request: async (world, owner) => {
      const article = await world.newArticle(owner);
      return post(`/articles/${article.id}/revisions`, { body: doc(`${TEXT} Edited ${stamp()}.`), baseRevisionId: article.revision.id });
    },
  },
  {
    route: "articles/[id]/revisions/[number]/restore",
    method: "POST",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    success: 201,
    request: async (world, owner) => post(`/articles/${(await world.newArticleWithTwoRevisions(owner)).id}/revisions/1/restore`),
  },
  { route: "articles/[id]/snapshots", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/articles/${(await world.sharedArticle(owner)).id}/snapshots`) },
  { route: "articles/[id]/suggestions", method: "POST", owned: true, needs: read, success: 200, request: async (world, owner) => post(`/articles/${(await world.sharedArticle(owner)).id}/suggestions`) },
  {
    route: "articles/[id]/suggestions/decisions",
    method: "POST",
    owned: true,
    needs: [{ action: "claim:create" }],
    success: 201,
    request: async (world, owner) =>
      post(`/articles/${(await world.sharedArticle(owner)).id}/suggestions/decisions`, { outcome: "rejected", start: 0, end: 6, proposedActorId: world.actorIds.moscow, reason: "Moscow said", confidence: 0.5 }),
  },

  // Claims, links, evidence.
  { route: "claims", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/claims?q=units") },
  { route: "claims/export.csv", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/claims/export.csv?q=units") },
  { route: "claims/[id]/similar", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/claims/${(await world.sharedClaim(owner)).id}/similar`) },
  { route: "claims/[id]", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/claims/${(await world.sharedClaim(owner)).id}`) },
  {
    route: "claims/[id]",
    method: "PATCH",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    success: 200,
    request: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return patch(`/claims/${claim.id}`, { version: claim.version, note: `Checked ${stamp()}` });
    },
  },
  { route: "claims/[id]", method: "DELETE", owned: true, needs: [{ action: "claim:delete", facts: "creator" }], success: 204, request: async (world, owner) => del(`/claims/${(await world.newClaim(owner)).id}`) },
  {
    route: "claims/[id]/confirm-anchor",
    method: "POST",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    success: 200,
    request: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return post(`/claims/${claim.id}/confirm-anchor`, { version: claim.version });
    },
  },
  {
    route: "claims/[id]/reattach",
    method: "POST",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    success: 200,
    request: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return post(`/claims/${claim.id}/reattach`, { start: claim.start, end: claim.end, version: claim.version });
    },
  },
  {
    route: "claims/[id]/links",
    method: "POST",
    owned: true,
    needs: [{ action: "link:create" }],
    success: 201,
    request: async (world, owner) => {
      const [from, to] = [await world.newClaim(owner), await world.sharedClaim(owner)];
      return post(`/claims/${from.id}/links`, { targetClaimId: to.id, kind: "supports" });
    },
  },
  { route: "claims/[id]/evidence", method: "POST", owned: true, needs: [{ action: "evidence:create" }], success: 201, request: async (world, owner) => post(`/claims/${(await world.sharedClaim(owner)).id}/evidence`, { url: "https://example.org/report", title: "Report" }) },
  { route: "links/[id]", method: "DELETE", owned: true, needs: [{ action: "link:delete", facts: "creator" }], success: 204, request: async (world, owner) => del(`/links/${(await world.newLink(owner)).id}`) },
  { route: "evidence/[id]", method: "DELETE", owned: true, needs: [{ action: "evidence:delete", facts: "creator" }], success: 204, request: async (world, owner) => del(`/evidence/${(await world.newEvidence(owner)).id}`) },

  // Verdicts: drafts for anyone, edits and submission for the author (or an admin), decisions with four eyes.
  {
    route: "claims/[id]/verdict",
    method: "PUT",
    variant: "draft",
    owned: true,
    needs: [{ action: "verdict:draft" }],
    success: 201,
    request: async (world, owner) => put(`/claims/${(await world.newClaim(owner)).id}/verdict`, { claimSummary: "Units crossed the line", rating: "false" }),
  },
  {
    route: "claims/[id]/verdict",
    method: "PUT",
    variant: "edit",
    owned: true,
    needs: [{ action: "verdict:draft" }, { action: "verdict:edit", facts: "author" }],
    success: 200,
    request: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "draft");
      return put(`/claims/${verdict.claimId}/verdict`, { rating: "false", version: verdict.version });
    },
  },
  {
    route: "verdicts/[id]/submit",
    method: "POST",
    owned: true,
    needs: [{ action: "verdict:submit", facts: "author" }],
    success: 200,
    request: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "draft");
      return post(`/verdicts/${verdict.id}/submit`, { version: verdict.version });
    },
  },
  {
    route: "verdicts/[id]/approve",
    method: "POST",
    owned: true,
    needs: [{ action: "verdict:approve", facts: "author" }],
    success: 200,
    request: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "in_review");
      return post(`/verdicts/${verdict.id}/approve`, { version: verdict.version });
    },
  },
  {
    route: "verdicts/[id]/request-changes",
    method: "POST",
    owned: true,
    needs: [{ action: "verdict:request-changes", facts: "author" }],
    success: 200,
    request: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "in_review");
      return post(`/verdicts/${verdict.id}/request-changes`, { version: verdict.version, comment: "Name the source." });
    },
  },
  {
    route: "verdicts/[id]/reopen",
    method: "POST",
    owned: true,
    needs: [{ action: "verdict:reopen" }],
    success: 200,
    request: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "approved");
      return post(`/verdicts/${verdict.id}/reopen`, { reason: "New imagery came in.", version: verdict.version });
    },
  },
  { route: "verdicts", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/verdicts?status=in_review") },
  { route: "verdicts/[id]", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/verdicts/${(await world.newVerdict(owner, "draft")).id}`) },
  { route: "verdicts/[id]/history", method: "GET", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/verdicts/${(await world.newVerdict(owner, "draft")).id}/history`) },
  { route: "ratings", method: "GET", owned: false, needs: read, success: 200, request: async () => get("/ratings") },
  { route: "ratings/[key]", method: "PATCH", owned: false, needs: [{ action: "rating:manage" }], success: 200, request: async (world) => patch(`/ratings/${await world.newRating()}`, { label: `Relabelled ${stamp()}` }) },
  { route: "ratings/[key]", method: "DELETE", owned: false, needs: [{ action: "rating:manage" }], success: 204, request: async (world) => del(`/ratings/${await world.newRating()}`) },

  // Importing pages and their archive.
  { route: "imports", method: "POST", owned: false, needs: [{ action: "article:create" }], success: 200, request: async () => post("/imports", { kind: "text", text: TEXT }) },
  { route: "snapshots/[id]", method: "GET", variant: "archived with its article", owned: true, needs: read, success: 200, request: async (world, owner) => get(`/snapshots/${(await world.newSnapshot(owner)).id}`) },
  {
    route: "snapshots/[id]",
    method: "GET",
    variant: "import preview, not attached yet",
    owned: true,
    needs: [{ action: "article:read" }, { action: "page-preview:read", facts: "user" }],
    success: 200,
    request: async (world, owner) => get(`/snapshots/${(await world.newPreview(owner)).id}`),
  },

  // The desk, its users, and each user's own tokens.
  { route: "admin/export", method: "GET", owned: false, needs: [{ action: "installation:export" }], success: 200, request: async () => get("/admin/export") },
  { route: "settings", method: "GET", owned: false, needs: [{ action: "export:read" }], success: 200, request: async () => get("/settings") },
  { route: "settings", method: "PATCH", owned: false, needs: [{ action: "settings:manage" }], success: 200, request: async (world) => patch("/settings", { publisherName: `Desk ${stamp()}`, version: await world.settingsVersion() }) },
  { route: "me", method: "GET", owned: false, needs: [], success: 200, request: async () => get("/me") },
  { route: "openapi.json", method: "GET", owned: false, needs: [], success: 200, public: true, request: async () => get("/openapi.json") },
  { route: "users", method: "GET", owned: false, needs: [{ action: "user:manage" }], success: 200, request: async () => get("/users") },
  { route: "users", method: "POST", owned: false, needs: [{ action: "user:manage" }], success: 201, request: async () => post("/users", { email: `new-${stamp()}@matrix.example.org`, name: "New", role: "JOURNALIST", password: "matrix-password-0123456789" }) },
  { route: "users/[id]", method: "PATCH", owned: false, needs: [{ action: "user:manage" }], success: 200, request: async (world) => patch(`/users/${(await world.newUser()).id}`, { name: `Renamed ${stamp()}` }) },
  { route: "tokens", method: "GET", owned: false, needs: [{ action: "token:read", facts: "caller" }], success: 200, request: async () => get("/tokens") },
  { route: "tokens", method: "POST", owned: false, needs: [{ action: "token:create" }], success: 201, request: async () => post("/tokens", { name: `Script ${stamp()}` }) },
  {
    route: "tokens/[id]",
    method: "DELETE",
    owned: true,
    needs: [{ action: "token:revoke", facts: "user", visibleIf: "token:read" }],
    success: 204,
    request: async (world, owner) => del(`/tokens/${(await world.newToken(owner)).id}`),
  },
];

export const routeKey = (entry: { route: string; method: string }) => `${entry.method} ${entry.route}`;
