// Claim suggestions against real PostgreSQL: suggesting saves nothing and skips what is tagged;
// accepting creates the claim (origin SUGGESTED) and counts the decision in one transaction;
// rejecting is counted and not suggested again; refusals write nothing.
import { getDb } from "@/lib/db/client";
import { createArticle } from "@/lib/db/articles";
import { createClaim } from "@/lib/db/claims";
import { decideSuggestion, suggestForArticle } from "@/lib/db/suggestions";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createActorRow, createUserRow } from "../factories/db";

setUpTestDatabase();

const TEXT = [
  "The Russian Defense Ministry said on Saturday that Azerbaijani units had advanced two kilometres into the zone of the peacekeepers.",
  "In Baku, the Azerbaijani Defense Ministry said the report did not correspond to reality.",
  "Rain fell over the mountains all night.",
].join("\n\n");

// The actors are named as lib/suggest finds them in the text ("Russian", "Baku"); one pair per test file.
let actors: Promise<[Awaited<ReturnType<typeof createActorRow>>, Awaited<ReturnType<typeof createActorRow>>]> | undefined;

async function setUp() {
  const journalist = await createUserRow("JOURNALIST");
  actors ??= Promise.all([createActorRow("Russia"), createActorRow("Azerbaijan")]);
  const [russia, azerbaijan] = await actors;
  const article = await createArticle(journalist, { title: "Suggestions", text: TEXT });
  return { journalist, russia, azerbaijan, article };
}

const rowsOf = async (articleId: string) => ({
  claims: await getDb().claim.count({ where: { articleId } }),
  decisions: await getDb().suggestionDecision.count({ where: { articleId } }),
});

it("suggests the attributed statements for the right actors, saves nothing, and leaves out what is tagged", async () => {
  const { journalist, russia, article } = await setUp();
  const first = await suggestForArticle(journalist, article.id);
  const said = first.suggestions.map((suggestion) => [suggestion.actorName, suggestion.exact]);
  expect(said).toEqual(
    expect.arrayContaining([
      ["Russia", expect.stringContaining("Azerbaijani units had advanced two kilometres")],
      ["Azerbaijan", expect.stringContaining("did not correspond to reality")],
    ]),
  );
  expect(said.some(([, exact]) => exact.includes("Rain fell"))).toBe(false);
  expect(await rowsOf(article.id)).toEqual({ claims: 0, decisions: 0 });
  // The denial is proposed as a rebuttal of Moscow's claim.
  const accusation = first.suggestions.find((suggestion) => suggestion.actorName === "Russia")!;
  const denial = first.suggestions.find((suggestion) => suggestion.actorName === "Azerbaijan")!;
  expect(first.rebuttals).toEqual(expect.arrayContaining([expect.objectContaining({ rebuttalId: denial.id, targetId: accusation.id })]));

  await createClaim(journalist, article.id, { actor: russia.id, start: accusation.start, end: accusation.end });
  const second = await suggestForArticle(journalist, article.id);
  expect(second.suggestions.map((suggestion) => suggestion.actorName)).toEqual(["Azerbaijan"]);
});

it("accepts a suggestion as a claim of origin SUGGESTED (for another actor if chosen) with its rebuttal link, and counts it", async () => {
  const { journalist, russia, azerbaijan, article } = await setUp();
  const { suggestions } = await suggestForArticle(journalist, article.id);
  const accusation = suggestions.find((suggestion) => suggestion.actorName === "Russia")!;
  const denial = suggestions.find((suggestion) => suggestion.actorName === "Azerbaijan")!;
  const shown = (suggestion: typeof accusation) => ({ start: suggestion.start, end: suggestion.end, proposedActorId: suggestion.actorId, reason: suggestion.reason, confidence: suggestion.confidence });

  const accepted = await decideSuggestion(journalist, article.id, { outcome: "accepted", ...shown(accusation), actorId: russia.id });
  expect(accepted.claim).toMatchObject({ exact: accusation.exact, actor: { id: russia.id } });
  const rebuttal = await decideSuggestion(journalist, article.id, { outcome: "accepted", ...shown(denial), actorId: azerbaijan.id, rebuts: accepted.claim!.id });
  expect(rebuttal.counts).toEqual({ accepted: 2, rejected: 0, actorChanged: 0 });
  const claims = await getDb().claim.findMany({ where: { articleId: article.id }, include: { linksFrom: true } });
  expect(claims.map((claim) => claim.origin)).toEqual(["SUGGESTED", "SUGGESTED"]);
  expect(claims.find((claim) => claim.id === rebuttal.claim!.id)!.linksFrom).toEqual([expect.objectContaining({ kind: "REBUTS", toClaimId: accepted.claim!.id })]);

  // Given to another actor: counted as changed.
  const other = await createArticle(journalist, { title: "Suggestions 2", text: TEXT });
  const again = (await suggestForArticle(journalist, other.id)).suggestions.find((suggestion) => suggestion.actorName === "Russia")!;
  const changed = await decideSuggestion(journalist, other.id, { outcome: "accepted", ...shown(again), actorId: azerbaijan.id });
  expect(changed.claim!.actor.id).toBe(azerbaijan.id);
  expect(changed.counts).toEqual({ accepted: 1, rejected: 0, actorChanged: 1 });
});

it("counts a rejection and does not suggest the same span for the same actor again", async () => {
  const { journalist, article } = await setUp();
  const { suggestions } = await suggestForArticle(journalist, article.id);
  const denial = suggestions.find((suggestion) => suggestion.actorName === "Azerbaijan")!;
  const result = await decideSuggestion(journalist, article.id, { outcome: "rejected", start: denial.start, end: denial.end, proposedActorId: denial.actorId, reason: denial.reason, confidence: denial.confidence });
  expect(result).toEqual({ claim: null, counts: { accepted: 0, rejected: 1, actorChanged: 0 } });
  expect(await rowsOf(article.id)).toEqual({ claims: 0, decisions: 1 });
  expect((await suggestForArticle(journalist, article.id)).suggestions.map((suggestion) => suggestion.actorName)).toEqual(["Russia"]);
});

it("refuses a disabled user, an unknown article, a range outside the text and a foreign rebuttal target, writing nothing", async () => {
  const { journalist, russia, article } = await setUp();
  const [suggestion] = (await suggestForArticle(journalist, article.id)).suggestions;
  const decision = { outcome: "accepted" as const, start: suggestion.start, end: suggestion.end, proposedActorId: suggestion.actorId, reason: suggestion.reason, confidence: suggestion.confidence, actorId: russia.id };
  const disabled = await createUserRow("JOURNALIST", { disabled: true });
  expect(await codeOf(suggestForArticle(disabled, article.id))).toBe("NOT_FOUND");
  expect(await codeOf(decideSuggestion(disabled, article.id, decision))).toBe("FORBIDDEN");
  expect(await codeOf(suggestForArticle(journalist, "c0000000000000000000000000"))).toBe("NOT_FOUND");
  expect(await codeOf(decideSuggestion(journalist, article.id, { ...decision, start: 0, end: TEXT.length + 5 }))).toBe("UNPROCESSABLE");
  const elsewhere = await createArticle(journalist, { title: "Elsewhere", text: "Baku said nothing of the sort." });
  const foreign = await createClaim(journalist, elsewhere.id, { actor: russia.id, exact: "nothing of the sort" });
  expect(await codeOf(decideSuggestion(journalist, article.id, { ...decision, rebuts: foreign.id }))).toBe("NOT_FOUND");
  expect(await rowsOf(article.id)).toEqual({ claims: 0, decisions: 0 });
});
