// The actor desk over HTTP: GET /api/v1/actors/:id/summary, /api/v1/actors/:id/claims and
// /api/v1/balance, with the shapes of API-CONVENTIONS.md, date filters, 400 for bad dates and 404
// for unknown records. Every test builds its own actors and articles (the server and its database
// are shared with the other API test files) and asserts only on those.
import { randomUUID } from "node:crypto";
import { json } from "../helpers/api-assertions";
import { signedIn, type HttpSession } from "../helpers/http-session";

type Actor = { id: string; name: string; slug: string; color: string };
type Claim = { id: string };
type SummaryClaim = { id: string; exact: string; reportedAt: string; article: { id: string; title: string }; actor: Actor; verdict: { status: string; rating: { key: string } | null } | null };
type Summary = {
  actor: Actor & { kind: string; parent: Actor | null; children: Actor[] };
  range: { from: string | null; to: string | null };
  counts: { claims: number; ownClaims: number; rebuttalsMade: number; rebuttalsReceived: number; approvedVerdicts: number };
  ratings: { key: string; label: string; color: string; count: number }[];
  timeline: { week: string; claims: number }[];
  comparison: { actor: Actor; approvedVerdicts: number; ratings: { key: string; count: number }[] }[];
  claims: { items: SummaryClaim[]; nextCursor: string | null };
};
type Balance = { article: { id: string; title: string } | null; rows: { actor: Actor; claims: number; rebuttalsMade: number; rebuttalsReceived: number; verdictsStarted: number; verdictsApproved: number; unchecked: number }[] };
type ErrorBody = { error: { code: string; message: string } };

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;
const SENTENCES = ["The ministry said the convoy never crossed the river.", "Its spokesman said the photos were staged.", "The state said the talks would resume.", "The rival said the convoy crossed at night."];
const RATIONALE = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Satellite images show the convoy on the far bank." }] }] };

async function newActor(session: HttpSession, fields: Record<string, unknown> = {}): Promise<Actor> {
  return json<Actor>(await session.json("/api/v1/actors", "POST", { name: unique("Actor"), color: "#1f5fa8", ...fields }), 201);
}

async function newArticle(session: HttpSession, publishedAt: string): Promise<{ id: string; title: string }> {
  return json(await session.json("/api/v1/articles", "POST", { title: unique("Desk article"), text: SENTENCES.join("\n\n"), publishedAt }), 201);
}

async function tag(session: HttpSession, articleId: string, actor: Actor, exact: string, rebuts?: string): Promise<Claim> {
  return json<Claim>(await session.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: actor.id, exact, ...(rebuts ? { rebuts } : {}) }), 201);
}

/** A state with a ministry and its spokesperson, and a rival; two articles a month apart; one approved verdict. */
async function buildDesk() {
  const journalist = await signedIn("journalist@example.org");
  const reviewer = await signedIn("reviewer@example.org");
  const state = await newActor(journalist, { name: unique("State") });
  const ministry = await newActor(journalist, { name: unique("Ministry"), parentId: state.id, kind: "institution" });
  const spokesperson = await newActor(journalist, { name: unique("Spokesperson"), parentId: ministry.id, kind: "person" });
  const rival = await newActor(journalist, { name: unique("Rival") });
  const march = await newArticle(journalist, "2026-03-10");
  const april = await newArticle(journalist, "2026-04-14");
  const ministryClaim = await tag(journalist, march.id, ministry, SENTENCES[0]);
  const spokespersonClaim = await tag(journalist, march.id, spokesperson, SENTENCES[1]);
  const rivalClaim = await tag(journalist, march.id, rival, SENTENCES[3], ministryClaim.id);
  const stateClaim = await tag(journalist, april.id, state, SENTENCES[2]);
  const draft = await json<{ id: string; version: number }>(await journalist.json(`/api/v1/claims/${ministryClaim.id}/verdict`, "PUT", { rating: "false", claimSummary: "The convoy never crossed", rationale: RATIONALE }), 201);
  const submitted = await json<{ version: number }>(await journalist.json(`/api/v1/verdicts/${draft.id}/submit`, "POST", { version: draft.version }), 200);
  await json(await reviewer.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: submitted.version }), 200);
  await json(await journalist.json(`/api/v1/claims/${stateClaim.id}/verdict`, "PUT", { rating: "true" }), 201);
  return { journalist, state, ministry, spokesperson, rival, march, april, claims: { ministryClaim, spokespersonClaim, rivalClaim, stateClaim } };
}

describe("GET /api/v1/actors/:id/summary", () => {
  let desk: Awaited<ReturnType<typeof buildDesk>>;
  beforeAll(async () => {
    desk = await buildDesk();
  });

  it("rolls up the state's claims over its ministry and spokesperson, with rebuttals, approved ratings and weeks", async () => {
    const { journalist, state, ministry, rival, claims, march } = desk;
    const summary = await json<Summary>(await journalist.fetch(`/api/v1/actors/${state.id}/summary`), 200);
    expect(summary.actor).toMatchObject({ id: state.id, name: state.name, kind: "state", parent: null, children: [{ id: ministry.id, name: ministry.name }] });
    expect(summary.range).toEqual({ from: null, to: null });
    expect(summary.counts).toEqual({ claims: 3, ownClaims: 1, rebuttalsMade: 0, rebuttalsReceived: 1, approvedVerdicts: 1 });
    expect(summary.ratings.filter((rating) => rating.count > 0)).toEqual([expect.objectContaining({ key: "false", label: "False", count: 1 })]);
    expect(summary.timeline[0]).toEqual({ week: "2026-03-09", claims: 2 });
    expect(summary.timeline[summary.timeline.length - 1]).toEqual({ week: "2026-04-13", claims: 1 });
    expect(summary.comparison.find((row) => row.actor.id === rival.id)).toMatchObject({ approvedVerdicts: 0 });
    expect(summary.claims.items.map((claim) => claim.id)).toEqual([claims.stateClaim.id, ...[claims.ministryClaim.id, claims.spokespersonClaim.id].sort().reverse()]);
    expect(summary.claims.items.find((claim) => claim.id === claims.ministryClaim.id)).toEqual({
      id: claims.ministryClaim.id,
      exact: SENTENCES[0],
      reportedAt: "2026-03-10T00:00:00.000Z",
      article: { id: march.id, title: march.title },
      actor: { id: ministry.id, name: ministry.name, slug: ministry.slug, color: ministry.color },
      verdict: { status: "approved", rating: expect.objectContaining({ key: "false" }) },
    });
    expect(summary.claims.nextCursor).toBeNull();
  });

  it("keeps to ?from=&to= (ISO dates, whole days)", async () => {
    const { journalist, state } = desk;
    const march = await json<Summary>(await journalist.fetch(`/api/v1/actors/${state.id}/summary?from=2026-03-01&to=2026-03-10`), 200);
    expect(march.range).toEqual({ from: "2026-03-01T00:00:00.000Z", to: "2026-03-10T23:59:59.999Z" });
    expect(march.counts).toMatchObject({ claims: 2, ownClaims: 0, approvedVerdicts: 1 });
    const april = await json<Summary>(await journalist.fetch(`/api/v1/actors/${state.id}/summary?from=2026-04-01T00:00:00Z`), 200);
    expect(april.counts).toMatchObject({ claims: 1, ownClaims: 1, approvedVerdicts: 0, rebuttalsReceived: 0 });
  });

  it("answers 400 to dates that are not dates, a reversed range or one too long, and 404 to an unknown actor", async () => {
    const { journalist, state } = desk;
    for (const query of ["from=yesterday", "to=2026-02-30", "from=2026-04-01&to=2026-03-01", "from=2000-01-01&to=2020-01-01", `from=${"9".repeat(50)}`, "from=2026-03-01&from=nonsense"]) {
      const refused = await json<ErrorBody>(await journalist.fetch(`/api/v1/actors/${state.id}/summary?${query}`), 400);
      expect(refused.error.code).toBe("INVALID_INPUT");
    }
    expect((await json<ErrorBody>(await journalist.fetch("/api/v1/actors/nosuchactor0000/summary"), 404)).error.code).toBe("NOT_FOUND");
    expect((await json<ErrorBody>(await journalist.fetch("/api/v1/actors/not%20an%20id/summary"), 404)).error.code).toBe("NOT_FOUND");
  });
});

describe("GET /api/v1/actors/:id/claims", () => {
  it("pages the rolled-up claims newest first, in the list shape, with the range", async () => {
    const { journalist, state, claims } = await buildDesk();
    const first = await json<{ items: SummaryClaim[]; nextCursor: string | null }>(await journalist.fetch(`/api/v1/actors/${state.id}/claims?limit=2`), 200);
    expect(first.items.map((item) => item.id)[0]).toBe(claims.stateClaim.id);
    expect(first.nextCursor).toBe(first.items[1].id);
    const second = await json<{ items: SummaryClaim[]; nextCursor: string | null }>(await journalist.fetch(`/api/v1/actors/${state.id}/claims?limit=2&cursor=${first.nextCursor}`), 200);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id))).toEqual(new Set([claims.stateClaim.id, claims.ministryClaim.id, claims.spokespersonClaim.id]));
    const ranged = await json<{ items: SummaryClaim[] }>(await journalist.fetch(`/api/v1/actors/${state.id}/claims?to=2026-03-31`), 200);
    expect(ranged.items.map((item) => item.id).sort()).toEqual([claims.ministryClaim.id, claims.spokespersonClaim.id].sort());
    await json(await journalist.fetch(`/api/v1/actors/${state.id}/claims?limit=101`), 400);
    await json(await journalist.fetch("/api/v1/actors/nosuchactor0000/claims"), 404);
  });
});

describe("GET /api/v1/balance", () => {
  it("for an article: per top-level actor, claims, rebuttals and verdicts; 404 for an unknown article", async () => {
    const { journalist, state, rival, march } = await buildDesk();
    const balance = await json<Balance>(await journalist.fetch(`/api/v1/balance?article=${march.id}`), 200);
    expect(balance.article).toEqual({ id: march.id, title: march.title });
    expect(balance.rows).toEqual([
      { actor: expect.objectContaining({ id: state.id }), claims: 2, rebuttalsMade: 0, rebuttalsReceived: 1, verdictsStarted: 1, verdictsApproved: 1, unchecked: 1 },
      { actor: expect.objectContaining({ id: rival.id }), claims: 1, rebuttalsMade: 1, rebuttalsReceived: 0, verdictsStarted: 0, verdictsApproved: 0, unchecked: 1 },
    ]);
    await json(await journalist.fetch("/api/v1/balance?article=nosucharticle0"), 404);
    await json(await journalist.fetch("/api/v1/balance?from=2026-05-01&to=2026-04-01"), 400);
  });
});
