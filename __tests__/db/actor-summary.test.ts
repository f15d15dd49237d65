// The actor desk against real PostgreSQL: the roll-up over the actor tree (a spokesperson's claim
// counts for its state once), what never counts (deleted claims, deleted articles, links to them,
// unapproved verdicts), date ranges, rebuttals, rating distributions, the claim list's pages, and
// the balance view for an article and for a range. Each test reads only the actors it made.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { findActorByAddress, getActorSummary, listActorClaims, type ActorSummary } from "@/lib/db/actor-summary";
import { getBalance } from "@/lib/db/actor-balance";
import type { SessionUser } from "@/lib/domain/roles";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createActorRow, createArticleRow, createClaimRow, createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;
const QUOTES = ["Moscow said the troops crossed the line.", "The ministry denied any shelling.", "Its spokesman blamed the other side.", "The spokesman repeated the denial.", "Baku said that was untrue.", "A retracted statement."];

/**
 * State > ministry > spokesperson, and a rival state. March 2026: the state, the ministry and the
 * spokesperson (twice, plus a deleted claim) speak, the rival rebuts the spokesperson and is rebutted
 * by the state. January 2025: the ministry again. A deleted article holds a claim of the state.
 */
async function buildDesk() {
  const journalist = await createUserRow("JOURNALIST");
  const ratings = await createRatingRows();
  const rating = (key: string) => ratings.find((candidate) => candidate.key === key)!.id;
  const state = await createActorRow(unique("State"));
  const ministry = await createActorRow(unique("Ministry"), { parentId: state.id });
  const spokesperson = await createActorRow(unique("Spokesperson"), { parentId: ministry.id });
  const rival = await createActorRow(unique("Rival"));

  const march = await createArticleRow(journalist, { title: unique("March article"), paragraphs: QUOTES, publishedAt: new Date("2026-03-10T09:00:00Z") });
  const older = await createArticleRow(journalist, { title: unique("Older article"), paragraphs: QUOTES, publishedAt: new Date("2025-01-07T09:00:00Z") });
  const gone = await createArticleRow(journalist, { title: unique("Deleted article"), paragraphs: QUOTES, publishedAt: new Date("2026-03-11T09:00:00Z"), deleted: true });

  const claims = {
    state: await createClaimRow(journalist, march, QUOTES[0], state.id),
    ministry: await createClaimRow(journalist, march, QUOTES[1], ministry.id),
    spokesperson: await createClaimRow(journalist, march, QUOTES[2], spokesperson.id),
    spokespersonAgain: await createClaimRow(journalist, march, QUOTES[3], spokesperson.id),
    rival: await createClaimRow(journalist, march, QUOTES[4], rival.id),
    deleted: await createClaimRow(journalist, march, QUOTES[5], spokesperson.id, { deleted: true }),
    olderMinistry: await createClaimRow(journalist, older, QUOTES[1], ministry.id),
    inDeletedArticle: await createClaimRow(journalist, gone, QUOTES[0], state.id),
  };
  const db = getDb();
  const link = (from: { id: string }, to: { id: string }, kind: "REBUTS" | "SUPPORTS" = "REBUTS") => db.claimLink.create({ data: { fromClaimId: from.id, toClaimId: to.id, kind, createdById: journalist.id } });
  await link(claims.rival, claims.spokesperson);
  await link(claims.state, claims.rival);
  // Never counted: links to or from deleted claims or deleted articles, and links that are not rebuttals.
  await link(claims.deleted, claims.rival);
  await link(claims.rival, claims.inDeletedArticle);
  await link(claims.ministry, claims.rival, "SUPPORTS");

  const verdict = (claim: { id: string }, status: "APPROVED" | "DRAFT" | "IN_REVIEW", key: string) => db.verdict.create({ data: { claimId: claim.id, status, ratingId: rating(key), authorId: journalist.id } });
  await verdict(claims.spokesperson, "APPROVED", "false");
  await verdict(claims.ministry, "APPROVED", "mostly-false");
  await verdict(claims.olderMinistry, "APPROVED", "false");
  await verdict(claims.state, "DRAFT", "true");
  await verdict(claims.spokespersonAgain, "IN_REVIEW", "false");
  await verdict(claims.rival, "APPROVED", "true");
  await verdict(claims.deleted, "APPROVED", "true");
  await verdict(claims.inDeletedArticle, "APPROVED", "true");
  return { journalist, ratings, state, ministry, spokesperson, rival, march, older, gone, claims };
}

const countsOf = (ratings: ActorSummary["ratings"]) => Object.fromEntries(ratings.filter((rating) => rating.count > 0).map((rating) => [rating.key, rating.count]));

async function everyClaimId(user: SessionUser, actorId: string, range: { from?: Date; to?: Date } = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listActorClaims(user, actorId, { ...range, cursor, limit: 2 });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("getActorSummary", () => {
  let desk: Awaited<ReturnType<typeof buildDesk>>;
  beforeAll(async () => {
    desk = await buildDesk();
  });

  it("rolls claims up the tree, each once: the state counts its own, its ministry's and its spokesperson's", async () => {
    const { journalist, state, ministry, spokesperson, claims } = desk;
    const summary = await getActorSummary(journalist, state.id);
    expect(summary.counts).toEqual({ claims: 5, ownClaims: 1, rebuttalsMade: 1, rebuttalsReceived: 1, approvedVerdicts: 3 });
    expect((await getActorSummary(journalist, ministry.id)).counts).toMatchObject({ claims: 4, ownClaims: 2 });
    expect((await getActorSummary(journalist, spokesperson.id)).counts).toMatchObject({ claims: 2, ownClaims: 2, rebuttalsReceived: 1, rebuttalsMade: 0 });

    const ids = await everyClaimId(journalist, state.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids)).toEqual(new Set([claims.state.id, claims.ministry.id, claims.spokesperson.id, claims.spokespersonAgain.id, claims.olderMinistry.id]));
  });

  it("describes the actor with its parent and children", async () => {
    const { journalist, state, ministry, spokesperson } = desk;
    const summary = await getActorSummary(journalist, ministry.id);
    expect(summary.actor).toMatchObject({ id: ministry.id, name: ministry.name, slug: ministry.slug, color: ministry.color, parent: { id: state.id, name: state.name, slug: state.slug } });
    expect(summary.actor.children).toEqual([{ id: spokesperson.id, name: spokesperson.name, slug: spokesperson.slug, color: spokesperson.color }]);
    expect(await findActorByAddress(journalist, ministry.slug)).toEqual({ id: ministry.id, slug: ministry.slug, name: ministry.name });
    expect(await findActorByAddress(journalist, ministry.id)).toEqual({ id: ministry.id, slug: ministry.slug, name: ministry.name });
  });

  it("counts approved verdicts only, by rating in the scale's order, and the other top-level actors' the same way", async () => {
    const { journalist, state, rival, ratings } = desk;
    const summary = await getActorSummary(journalist, state.id);
    expect(countsOf(summary.ratings)).toEqual({ false: 2, "mostly-false": 1 });
    expect(summary.ratings.map((rating) => rating.key)).toEqual(ratings.map((rating) => rating.key));
    const rivalRow = summary.comparison.find((row) => row.actor.id === rival.id)!;
    expect(rivalRow).toMatchObject({ approvedVerdicts: 1, actor: { name: rival.name } });
    expect(countsOf(rivalRow.ratings)).toEqual({ true: 1 });
    expect(summary.comparison.map((row) => row.actor.id)).not.toContain(state.id);
    // The rival's comparison holds the state's rolled-up distribution.
    const stateRow = (await getActorSummary(journalist, rival.id)).comparison.find((row) => row.actor.id === state.id)!;
    expect(countsOf(stateRow.ratings)).toEqual({ false: 2, "mostly-false": 1 });
  });

  it("keeps to a date range (both ends included) in counts, ratings, timeline and list", async () => {
    const { journalist, state, claims } = desk;
    const march = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-03-10T09:00:00Z") };
    const summary = await getActorSummary(journalist, state.id, march);
    expect(summary.counts).toEqual({ claims: 4, ownClaims: 1, rebuttalsMade: 1, rebuttalsReceived: 1, approvedVerdicts: 2 });
    expect(countsOf(summary.ratings)).toEqual({ false: 1, "mostly-false": 1 });
    expect(summary.range).toEqual({ from: march.from.toISOString(), to: march.to.toISOString() });
    expect(summary.timeline.map((week) => week.week)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(summary.timeline.map((week) => week.claims)).toEqual([0, 0, 4]);
    expect(await everyClaimId(journalist, state.id, march)).not.toContain(claims.olderMinistry.id);
    const before = await getActorSummary(journalist, state.id, { to: new Date("2026-03-10T08:59:59Z") });
    expect(before.counts.claims).toBe(1);
  });

  it("draws every week between the first and the last claim, zeros included", async () => {
    const { journalist, state } = desk;
    const { timeline } = await getActorSummary(journalist, state.id);
    expect(timeline[0]).toEqual({ week: "2025-01-06", claims: 1 });
    expect(timeline[timeline.length - 1]).toEqual({ week: "2026-03-09", claims: 4 });
    expect(timeline.reduce((sum, week) => sum + week.claims, 0)).toBe(5);
    expect(new Set(timeline.map((week) => week.week)).size).toBe(timeline.length);
  });

  it("lists the newest first, with article, speaker and verdict, in pages that neither repeat nor skip", async () => {
    const { journalist, state, spokesperson, claims, march, older } = desk;
    const summary = await getActorSummary(journalist, state.id);
    expect(summary.claims.nextCursor).toBeNull();
    expect(summary.claims.items[summary.claims.items.length - 1]).toMatchObject({ id: claims.olderMinistry.id, article: { id: older.article.id } });
    const spoken = summary.claims.items.find((item) => item.id === claims.spokesperson.id)!;
    expect(spoken).toEqual({
      id: claims.spokesperson.id,
      exact: QUOTES[2],
      reportedAt: "2026-03-10T09:00:00.000Z",
      article: { id: march.article.id, title: march.article.title },
      actor: { id: spokesperson.id, name: spokesperson.name, slug: spokesperson.slug, color: spokesperson.color },
      verdict: { status: "approved", rating: expect.objectContaining({ key: "false", label: "False" }) },
    });
    expect(summary.claims.items.find((item) => item.id === claims.state.id)?.verdict).toMatchObject({ status: "draft" });
    const first = await listActorClaims(journalist, state.id, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1].id);
  });

  it("answers NOT_FOUND for an unknown actor or slug, FORBIDDEN to a disabled user", async () => {
    const { journalist, state } = desk;
    expect(await codeOf(getActorSummary(journalist, "nosuchactor"))).toBe("NOT_FOUND");
    expect(await codeOf(listActorClaims(journalist, "nosuchactor"))).toBe("NOT_FOUND");
    expect(await codeOf(findActorByAddress(journalist, "no-such-actor"))).toBe("NOT_FOUND");
    const disabled = await createUserRow("JOURNALIST", { disabled: true });
    expect(await codeOf(getActorSummary({ ...disabled, disabled: true }, state.id))).toBe("FORBIDDEN");
  });

  it("counts a claim once even if the hierarchy loops back on itself", async () => {
    const { journalist } = desk;
    const top = await createActorRow(unique("Looping state"));
    const middle = await createActorRow(unique("Looping ministry"), { parentId: top.id });
    const article = await createArticleRow(journalist, { paragraphs: QUOTES, publishedAt: new Date("2026-02-02T00:00:00Z") });
    await createClaimRow(journalist, article, QUOTES[0], top.id);
    await createClaimRow(journalist, article, QUOTES[1], middle.id);
    // Written straight to the table: the app refuses cycles, but the data must never be able to hang or double a count.
    await getDb().actor.update({ where: { id: top.id }, data: { parentId: middle.id } });
    expect((await getActorSummary(journalist, top.id)).counts.claims).toBe(2);
    expect((await getActorSummary(journalist, middle.id)).counts.claims).toBe(2);
  });
});

describe("getBalance", () => {
  let desk: Awaited<ReturnType<typeof buildDesk>>;
  beforeAll(async () => {
    desk = await buildDesk();
  });

  it("for one article: claims rolled up to each top-level actor, rebuttals, verdicts started and approved", async () => {
    const { journalist, state, rival, march } = desk;
    const balance = await getBalance(journalist, { articleId: march.article.id });
    expect(balance.article).toEqual({ id: march.article.id, title: march.article.title });
    expect(balance.rows).toEqual([
      { actor: { id: state.id, name: state.name, slug: state.slug, color: state.color }, claims: 4, rebuttalsMade: 1, rebuttalsReceived: 1, verdictsStarted: 4, verdictsApproved: 2, unchecked: 0 },
      { actor: { id: rival.id, name: rival.name, slug: rival.slug, color: rival.color }, claims: 1, rebuttalsMade: 1, rebuttalsReceived: 1, verdictsStarted: 1, verdictsApproved: 1, unchecked: 0 },
    ]);
  });

  it("for a date range across articles, leaving out deleted claims and articles", async () => {
    const { journalist, state, rival, ministry, claims } = desk;
    const all = await getBalance(journalist, {});
    expect(all.rows.find((row) => row.actor.id === state.id)).toMatchObject({ claims: 5, verdictsStarted: 5, verdictsApproved: 3 });
    expect(all.rows.map((row) => row.actor.id)).not.toContain(ministry.id);
    const january = await getBalance(journalist, { from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-01-31T23:59:59Z") });
    expect(january.rows.find((row) => row.actor.id === state.id)).toMatchObject({ claims: 1, verdictsApproved: 1, rebuttalsMade: 0 });
    expect(january.rows.find((row) => row.actor.id === rival.id)).toBeUndefined();
    // A claim left unchecked shows as such.
    await getDb().verdict.delete({ where: { claimId: claims.state.id } });
    expect((await getBalance(journalist, {})).rows.find((row) => row.actor.id === state.id)).toMatchObject({ claims: 5, verdictsStarted: 4, unchecked: 1 });
  });

  it("answers NOT_FOUND for a deleted or unknown article", async () => {
    const { journalist, gone } = desk;
    expect(await codeOf(getBalance(journalist, { articleId: gone.article.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getBalance(journalist, { articleId: "nosucharticle" }))).toBe("NOT_FOUND");
  });
});
