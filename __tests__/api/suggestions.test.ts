// Suggestions over HTTP: POST /articles/:id/suggestions proposes claims and rebuttals and saves
// nothing; a decision accepts one as a claim (origin suggested) or rejects it, and is counted.
import { countRows, json } from "../helpers/api-assertions";
import { signedIn } from "../helpers/http-session";

type Suggestions = {
  suggestions: { id: string; start: number; end: number; exact: string; actorId: string; actorName: string; reason: string; confidence: number }[];
  rebuttals: { rebuttalId: string; targetId: string; reason: string }[];
  counts: { accepted: number; rejected: number };
};

it("suggests without saving, accepts one as a claim and rejects another, counting both", async () => {
  const journalist = await signedIn("journalist@example.org");
  const text = "Moscow said on Sunday that Azerbaijani troops had shelled the village overnight.\n\nBaku denied that its troops had fired a single shot.";
  const article = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: `Suggestions ${Date.now()}`, text }), 201);

  const found = await json<Suggestions>(await journalist.json(`/api/v1/articles/${article.id}/suggestions`, "POST", {}), 200);
  expect(found.suggestions.map((suggestion) => [suggestion.actorName, suggestion.exact])).toEqual([
    ["Russia", "Azerbaijani troops had shelled the village overnight"],
    ["Azerbaijan", "its troops had fired a single shot"],
  ]);
  const [accusation, denial] = found.suggestions;
  expect(found.rebuttals).toContainEqual(expect.objectContaining({ rebuttalId: denial.id, targetId: accusation.id }));
  expect(await countRows("Claim", article.id)).toBe(0);

  const shown = (suggestion: Suggestions["suggestions"][number]) => ({ start: suggestion.start, end: suggestion.end, proposedActorId: suggestion.actorId, reason: suggestion.reason, confidence: suggestion.confidence });
  const accepted = await json<{ claim: { id: string; exact: string; origin: string }; counts: Suggestions["counts"] }>(
    await journalist.json(`/api/v1/articles/${article.id}/suggestions/decisions`, "POST", { outcome: "accepted", ...shown(accusation), actorId: accusation.actorId }),
    201,
  );
  expect(accepted.claim).toMatchObject({ exact: accusation.exact, origin: "suggested" });
  const rejected = await json<{ claim: null; counts: Suggestions["counts"] }>(await journalist.json(`/api/v1/articles/${article.id}/suggestions/decisions`, "POST", { outcome: "rejected", ...shown(denial) }), 201);
  expect(rejected.counts).toMatchObject({ accepted: 1, rejected: 1 });
  expect(await countRows("Claim", article.id)).toBe(1);
  // Tagged and rejected: nothing left to suggest.
  expect((await json<Suggestions>(await journalist.json(`/api/v1/articles/${article.id}/suggestions`, "POST", {}), 200)).suggestions).toEqual([]);

  // A bad decision is a 400 and writes nothing.
  expect((await journalist.json(`/api/v1/articles/${article.id}/suggestions/decisions`, "POST", { outcome: "maybe", ...shown(denial) })).status).toBe(400);
  expect((await journalist.json(`/api/v1/articles/c0000000000000000000000000/suggestions`, "POST", {})).status).toBe(404);
  expect(await countRows("Claim", article.id)).toBe(1);
});
