// Claim search and "the same claim" against real PostgreSQL: the trigger-kept search vector (quote,
// note, rationale), every filter, the actor roll-up, keyset pagination, deleted records left out,
// safe snippets, and similarity on near and far texts of the same and of another actor.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { countClaims, searchClaims, searchAllClaims } from "@/lib/db/claim-search";
import { findSimilarClaims } from "@/lib/db/claim-similarity";
import { createLink } from "@/lib/db/claim-links";
import { deleteClaim, updateClaim } from "@/lib/db/claims";
import { paragraphsToDoc } from "@/lib/editor/canonical-text";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createActorRow, createQuotedArticleRow, createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

/** A word no other test uses, so searches see only this test's claims. */
const marker = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;

/** A state with a ministry and its spokesperson, and another state. */
async function hierarchy() {
  const state = await createActorRow(`State ${marker()}`);
  const ministry = await createActorRow(`Ministry ${marker()}`, { parentId: state.id });
  const spokesperson = await createActorRow(`Spokesperson ${marker()}`, { parentId: ministry.id });
  const other = await createActorRow(`Other ${marker()}`);
  return { state, ministry, spokesperson, other };
}

async function approveVerdict(claimId: string, ratingKey: string, rationaleText: string, status: "APPROVED" | "DRAFT" = "APPROVED") {
  const db = getDb();
  const author = await createUserRow("JOURNALIST");
  const rating = await db.rating.findUniqueOrThrow({ where: { key: ratingKey } });
  return db.verdict.create({
    data: { claimId, ratingId: rating.id, status, authorId: author.id, decidedAt: status === "APPROVED" ? new Date("2026-03-26T10:00:00Z") : null, rationale: paragraphsToDoc([rationaleText]) as object },
  });
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

describe("search vector kept by the database", () => {
  it("finds a claim by words of its quote, its note, and its verdict's rationale, and follows edits", async () => {
    await createRatingRows();
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const [inQuote, inNote, inRationale] = [marker(), marker(), marker()];
    const { claims } = await createQuotedArticleRow(user, [{ actorId: state.id, exact: `The convoy ${inQuote} carried only food.`, note: `Checked against ${inNote} footage` }]);
    const [claim] = claims;
    expect(ids(await searchClaims(user, { q: inQuote }))).toEqual([claim.id]);
    expect(ids(await searchClaims(user, { q: inNote }))).toEqual([claim.id]);
    expect(ids(await searchClaims(user, { q: inRationale }))).toEqual([]);

    const verdict = await approveVerdict(claim.id, "false", `Satellite images ${inRationale} show tanks.`);
    const [found] = (await searchClaims(user, { q: inRationale })).items;
    expect(found.id).toBe(claim.id);
    expect(found.snippet).toEqual({ text: `The convoy ${inQuote} carried only food.`, highlights: [] });
    expect(found.context?.text).toContain(`Satellite images ${inRationale} show tanks.`);
    await getDb().verdict.update({ where: { id: verdict.id }, data: { rationale: paragraphsToDoc(["Nothing to see."]) as object } });
    expect(ids(await searchClaims(user, { q: inRationale }))).toEqual([]);

    const renamed = marker();
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    await updateClaim(user, claim.id, { version: row.version, note: `Now ${renamed}` });
    expect(ids(await searchClaims(user, { q: renamed }))).toEqual([claim.id]);
    expect(ids(await searchClaims(user, { q: inNote }))).toEqual([]);
  });

  it("uses English stemming and web-search syntax: phrases and minus", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const word = marker();
    const { claims } = await createQuotedArticleRow(user, [
      { actorId: state.id, exact: `Troops ${word} were shelling the villages overnight.` },
      { actorId: state.id, exact: `The villages ${word} were quiet, troops said.` },
    ]);
    expect(ids(await searchClaims(user, { q: `${word} shelled village` }))).toEqual([claims[0].id]);
    expect(ids(await searchClaims(user, { q: `"troops ${word}"` }))).toEqual([claims[0].id]);
    expect(ids(await searchClaims(user, { q: `${word} villages -shelling` }))).toEqual([claims[1].id]);
  });

  it("returns the snippet as text with highlight ranges, never as markup", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const word = marker();
    await createQuotedArticleRow(user, [{ actorId: state.id, exact: `If a < b & "c" > d then ${word} \uE000 tanks` }]);
    const [result] = (await searchClaims(user, { q: word })).items;
    const { text, highlights } = result.snippet;
    expect(text).toContain(`a < b & "c" > d then ${word}`);
    expect(text).not.toContain("\uE000");
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual([word]);
  });
});

describe("filters", () => {
  it("rolls an actor up: a state finds its ministry's and spokesperson's claims, a ministry not its state's", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state, ministry, spokesperson, other } = await hierarchy();
    const word = marker();
    const { claims } = await createQuotedArticleRow(user, [state, ministry, spokesperson, other].map((actor) => ({ actorId: actor.id, exact: `Statement ${word} by ${actor.name}.` })));
    const [byState, byMinistry, bySpokesperson] = claims;
    expect(ids(await searchClaims(user, { q: word, actor: state.id })).sort()).toEqual([byState.id, byMinistry.id, bySpokesperson.id].sort());
    expect(ids(await searchClaims(user, { q: word, actor: ministry.slug })).sort()).toEqual([byMinistry.id, bySpokesperson.id].sort());
    expect(ids(await searchClaims(user, { actor: spokesperson.id }))).toEqual([bySpokesperson.id]);
    expect(await codeOf(searchClaims(user, { actor: `Atlantis ${word}` }))).toBe("UNPROCESSABLE");
  });

  it("filters by attribution, verdict status (or none), rating, article and day range", async () => {
    await createRatingRows();
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const word = marker();
    const march = await createQuotedArticleRow(user, [
      { actorId: state.id, exact: `First ${word} statement.`, attribution: "DIRECT_QUOTE" },
      { actorId: state.id, exact: `Second ${word} statement.` },
    ], { publishedAt: new Date("2026-03-26T15:00:00Z") });
    const undated = await createQuotedArticleRow(user, [{ actorId: state.id, exact: `Third ${word} statement.` }]);
    const [first, second] = march.claims;
    const [third] = undated.claims;
    await approveVerdict(first.id, "false", "Wrong.");
    await approveVerdict(second.id, "true", "Right.", "DRAFT");

    const search = async (filters: Parameters<typeof searchClaims>[1]) => ids(await searchClaims(user, { q: word, ...filters })).sort();
    expect(await search({ attribution: "direct_quote" })).toEqual([first.id]);
    expect(await search({ status: "approved" })).toEqual([first.id]);
    expect(await search({ status: "draft" })).toEqual([second.id]);
    expect(await search({ status: "none" })).toEqual([third.id]);
    expect(await search({ rating: "false" })).toEqual([first.id]);
    expect(await search({ rating: "no-such-rating" })).toEqual([]);
    expect(await search({ article: undated.article.id })).toEqual([third.id]);
    // The article's day counts, both ends included; an undated article's claim counts on the day it was tagged.
    expect(await search({ from: "2026-03-26", to: "2026-03-26" })).toEqual([first.id, second.id].sort());
    expect(await search({ to: "2026-03-25" })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await search({ from: today })).toEqual([third.id]);
    expect(await countClaims(user, { q: word })).toEqual({ count: 3, more: false });
  });

  it("leaves deleted claims and claims of deleted articles out", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const word = marker();
    const live = await createQuotedArticleRow(user, [{ actorId: state.id, exact: `Kept ${word}.` }, { actorId: state.id, exact: `Removed ${word}.` }]);
    await createQuotedArticleRow(user, [{ actorId: state.id, exact: `Gone ${word}.` }], { deleted: true });
    await deleteClaim(user, live.claims[1].id);
    expect(ids(await searchClaims(user, { q: word }))).toEqual([live.claims[0].id]);
    expect(ids(await searchClaims(user, { actor: state.id }))).toEqual([live.claims[0].id]);
  });
});

describe("pagination", () => {
  it("walks every match once, in a stable order, by rank and by newest first", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const word = marker();
    // Equal ranks for most rows: the id breaks the ties, so no page repeats or skips one.
    const quotes = Array.from({ length: 7 }, (_, index) => ({ actorId: state.id, exact: index === 3 ? `${word} ${word} ${word} repeated.` : `Claim ${index} says ${word}.` }));
    const { claims } = await createQuotedArticleRow(user, quotes);
    for (const filters of [{ q: word }, { actor: state.id }]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchClaims(user, { ...filters, limit: 3, cursor });
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...ids(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect([...seen].sort()).toEqual(claims.map((claim) => claim.id).sort());
      expect(seen).toEqual(ids(await searchClaims(user, { ...filters, limit: 100 })));
    }
    expect(ids(await searchClaims(user, { q: word, limit: 1 }))).toEqual([claims[3].id]);
    const all = [];
    for await (const page of searchAllClaims(user, { q: word })) all.push(...page);
    expect(all).toHaveLength(7);
  });

  it("refuses a forged cursor", async () => {
    const user = await createUserRow("JOURNALIST");
    await expect(searchClaims(user, { q: "x", cursor: "bm90LWpzb24" })).rejects.toThrow("cursor is not valid.");
  });
});

describe("the same claim across articles", () => {
  const QUOTE = "Azerbaijani units crossed the line of contact near Lachin overnight";

  it("matches reworded, paraphrased and truncated quotes of the same actor (rolled up) in other articles, and nothing far", async () => {
    await createRatingRows();
    const user = await createUserRow("JOURNALIST");
    const { state, ministry, spokesperson, other } = await hierarchy();
    const { claims: [claim], article } = await createQuotedArticleRow(user, [{ actorId: spokesperson.id, exact: QUOTE }]);
    const near = await createQuotedArticleRow(user, [
      { actorId: ministry.id, exact: "Overnight, Azerbaijani units crossed the contact line close to Lachin" },
      { actorId: state.id, exact: "Azerbaijan's troops had crossed the line of contact near Lachin during the night" },
      { actorId: spokesperson.id, exact: "Azerbaijani units crossed the line of contact" },
    ], { title: "Earlier report" });
    const far = await createQuotedArticleRow(user, [
      { actorId: state.id, exact: "The ministry will hold talks with the mediators in Moscow next week" },
      { actorId: state.id, exact: "Azerbaijani units shelled villages near the border of Armenia" },
      { actorId: state.id, exact: "The line of contact must be respected by all parties" },
      { actorId: other.id, exact: QUOTE },
    ]);
    await getDb().claim.create({ data: { ...(await sameArticleCopy(claim.id)), articleId: article.id } });
    await approveVerdict(near.claims[1].id, "false", "Imagery shows no movement.");

    const found = await findSimilarClaims(user, claim.id, { limit: 10 });
    expect(found.map((result) => result.id).sort()).toEqual(near.claims.map((c) => c.id).sort());
    expect(found.every((result) => result.score >= 0.5)).toBe(true);
    expect(found.map((result) => result.id)).not.toContain(far.claims[3].id);
    const rated = found.find((result) => result.id === near.claims[1].id);
    expect(rated?.approvedVerdict).toEqual({ rating: expect.objectContaining({ key: "false" }), decidedAt: "2026-03-26T10:00:00.000Z" });
    expect(rated?.article.title).toBe("Earlier report");
    expect(found.find((result) => result.id === near.claims[0].id)?.approvedVerdict).toBeNull();
  });

  it("leaves out claims already linked SAME_CLAIM either way, deleted ones, and answers 404 for an unknown claim", async () => {
    const user = await createUserRow("JOURNALIST");
    const { state } = await hierarchy();
    const { claims: [claim] } = await createQuotedArticleRow(user, [{ actorId: state.id, exact: QUOTE }]);
    const { claims: [linked, deleted, open] } = await createQuotedArticleRow(user, [
      { actorId: state.id, exact: `${QUOTE}, the ministry said` },
      { actorId: state.id, exact: `“${QUOTE}”` },
      { actorId: state.id, exact: `${QUOTE} again` },
    ]);
    await createLink(user, linked.id, { targetClaimId: claim.id, kind: "same_claim" });
    await deleteClaim(user, deleted.id);
    expect((await findSimilarClaims(user, claim.id)).map((result) => result.id)).toEqual([open.id]);
    expect(await codeOf(findSimilarClaims(user, "nosuchclaim"))).toBe("NOT_FOUND");
    expect(await codeOf(findSimilarClaims(user, deleted.id))).toBe("NOT_FOUND");
  });
});

/** The fields of a claim, to write a second claim with the same quote in the same article. */
async function sameArticleCopy(claimId: string) {
  const { id: _id, createdAt: _c, updatedAt: _u, quoteKey: _q, ...fields } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  void [_id, _c, _u, _q];
  return { ...fields, start: fields.start, end: fields.end };
}
