// The verdict state machine over every status × action, the ClaimReview rating mapping, the field
// diff recorded in a verdict's history, and the verdict schemas' limits.
import { VERDICT_ACTIONS, VERDICT_STATUSES, VERDICT_STATUS_LABELS, allowedActions, nextStatus, verdictStatusLabel, type VerdictAction, type VerdictStatus } from "@/lib/domain/verdict-workflow";
import { CLAIM_REVIEW_SCALE, DEFAULT_RATINGS, toClaimReviewRating } from "@/lib/domain/rating-scale";
import { EMPTY_VERDICT_FIELDS, diffVerdictFields, hasChanges } from "@/lib/domain/verdict-changes";
import { VERDICT_LIMITS } from "@/lib/validation/limits";
import { listVerdictsQuerySchema, reopenSchema, requestChangesSchema, saveVerdictSchema, updateRatingSchema } from "@/lib/validation/verdict";

/** The whole table: what each action does in each status (null: refused). */
const EXPECTED: Record<VerdictStatus, Record<VerdictAction, VerdictStatus | null>> = {
  DRAFT: { edit: "DRAFT", submit: "IN_REVIEW", approve: null, "request-changes": null, reopen: null },
  IN_REVIEW: { edit: "DRAFT", submit: null, approve: "APPROVED", "request-changes": "CHANGES_REQUESTED", reopen: null },
  APPROVED: { edit: null, submit: null, approve: null, "request-changes": null, reopen: "DRAFT" },
  CHANGES_REQUESTED: { edit: "CHANGES_REQUESTED", submit: "IN_REVIEW", approve: null, "request-changes": null, reopen: null },
};

const CASES = VERDICT_STATUSES.flatMap((status) => VERDICT_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

describe("verdict workflow", () => {
  it("has a case for every status and action", () => {
    expect(CASES).toHaveLength(VERDICT_STATUSES.length * VERDICT_ACTIONS.length);
  });

  it.each(CASES)("%s + %s -> %s", (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected);
    // The API's lower-case spelling means the same.
    expect(nextStatus(status.toLowerCase() as Lowercase<VerdictStatus>, action)).toBe(expected);
  });

  it.each(VERDICT_STATUSES)("allowedActions(%s) lists exactly the actions that lead somewhere", (status) => {
    expect(allowedActions(status)).toEqual(VERDICT_ACTIONS.filter((action) => EXPECTED[status][action] !== null));
  });

  it("lets nothing but an admin's reopening touch an approved verdict", () => {
    expect(allowedActions("approved")).toEqual(["reopen"]);
  });

  it("never leads two different actions between the same two statuses (history infers the action from them)", () => {
    const pairs = CASES.filter(([, , to]) => to !== null).map(([from, , to]) => `${from}->${to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("labels every status, in either spelling", () => {
    expect(Object.keys(VERDICT_STATUS_LABELS).sort()).toEqual([...VERDICT_STATUSES].sort());
    expect(verdictStatusLabel("in_review")).toBe("In review");
    expect(verdictStatusLabel("CHANGES_REQUESTED")).toBe("Changes requested");
  });
});

describe("ClaimReview rating", () => {
  it.each(DEFAULT_RATINGS.filter((rating) => rating.ratingValue !== null).map((rating) => [rating.label, rating.ratingValue] as const))("maps %s to ratingValue %d on the 1..5 scale", (label, ratingValue) => {
    expect(toClaimReviewRating({ label, ratingValue })).toEqual({ "@type": "Rating", ratingValue, worstRating: 1, bestRating: 5, alternateName: label });
  });

  it("leaves ratingValue out for Unverifiable, keeping the label", () => {
    const unverifiable = DEFAULT_RATINGS.find((rating) => rating.key === "unverifiable")!;
    const rating = toClaimReviewRating(unverifiable);
    expect(rating).toEqual({ "@type": "Rating", worstRating: 1, bestRating: 5, alternateName: "Unverifiable" });
    expect("ratingValue" in rating).toBe(false);
  });

  it("uses a renamed label as alternateName", () => {
    expect(toClaimReviewRating({ label: "Misleading", ratingValue: 2 }).alternateName).toBe("Misleading");
  });

  it("has the default scale in order: True .. False, then Unverifiable, each with a colour and a definition", () => {
    expect(DEFAULT_RATINGS.map((rating) => rating.label)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
    expect(DEFAULT_RATINGS.map((rating) => rating.ratingValue)).toEqual([5, 4, 3, 2, 1, null]);
    for (const rating of DEFAULT_RATINGS) {
      expect(rating.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(rating.definition.length).toBeGreaterThan(10);
      if (rating.ratingValue !== null) expect(rating.ratingValue).toBeGreaterThanOrEqual(CLAIM_REVIEW_SCALE.worstRating);
    }
  });
});

describe("verdict field changes", () => {
  const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

  it("records only what changed, rating included", () => {
    const before = { ...EMPTY_VERDICT_FIELDS, rating: "mixed", rationale: doc("Because."), reliesOnLinkIds: ["a", "b"] };
    expect(diffVerdictFields(before, { ...before, rating: "false" })).toEqual({ rating: { from: "mixed", to: "false" } });
    expect(hasChanges(diffVerdictFields(before, { ...before }))).toBe(false);
  });

  it("compares documents by content, not key order, and id lists as sets", () => {
    const before = { ...EMPTY_VERDICT_FIELDS, rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] }, reliesOnLinkIds: ["a", "b"] };
    const reordered = { ...before, rationale: { content: [{ content: [{ text: "x", type: "text" }], type: "paragraph" }], type: "doc" }, reliesOnLinkIds: ["b", "a"] };
    expect(diffVerdictFields(before, reordered)).toEqual({});
    expect(Object.keys(diffVerdictFields(before, { ...before, rationale: doc("y"), claimSummary: "Baku moved troops" })).sort()).toEqual(["claimSummary", "rationale"]);
  });
});

describe("verdict schemas", () => {
  const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Satellite images show no movement." }] }] };

  it("accepts a draft and sanitises its rationale like an article body", () => {
    const parsed = saveVerdictSchema.parse({ claimSummary: "  Baku moved troops across the line  ", rating: "mostly-false", rationale, reliesOnLinkIds: ["a1", "a1"] });
    expect(parsed.claimSummary).toBe("Baku moved troops across the line");
    expect(parsed.reliesOnLinkIds).toEqual(["a1"]);
    expect(saveVerdictSchema.parse({ rating: "false", rationale: null }).rationale).toBeNull();
  });

  it.each([
    ["no rating", { claimSummary: "x" }],
    ["an unknown field", { rating: "false", status: "approved" }],
    ["a summary over the limit", { rating: "false", claimSummary: "x".repeat(VERDICT_LIMITS.claimSummary + 1) }],
    ["a summary of two lines", { rating: "false", claimSummary: "one\ntwo" }],
    ["a rationale with a script node", { rating: "false", rationale: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } }],
    ["a rationale that is not a document", { rating: "false", rationale: "plain text" }],
    ["a rationale over the limit", { rating: "false", rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(VERDICT_LIMITS.rationaleText + 1) }] }] } }],
    ["too many relied-on links", { rating: "false", reliesOnLinkIds: Array.from({ length: VERDICT_LIMITS.reliesOn + 1 }, (_, index) => `l${index}`) }],
    ["a malformed rating key", { rating: "False; drop" }],
    ["a version of zero", { rating: "false", version: 0 }],
  ])("refuses %s", (_label, input) => {
    expect(saveVerdictSchema.safeParse(input).success).toBe(false);
  });

  it("requires a comment to request changes and a reason to reopen", () => {
    expect(requestChangesSchema.safeParse({ version: 2 }).success).toBe(false);
    expect(requestChangesSchema.safeParse({ version: 2, comment: "   " }).success).toBe(false);
    expect(requestChangesSchema.safeParse({ version: 2, comment: "x".repeat(VERDICT_LIMITS.comment + 1) }).success).toBe(false);
    expect(requestChangesSchema.parse({ version: 2, comment: " Cite the imagery. " }).comment).toBe("Cite the imagery.");
    expect(reopenSchema.safeParse({}).success).toBe(false);
    expect(reopenSchema.safeParse({ reason: "Ministry retracted its statement" }).success).toBe(true);
  });

  it("reads the queue's query string", () => {
    expect(listVerdictsQuerySchema.parse({ status: "in_review", mine: "true" })).toMatchObject({ status: "IN_REVIEW", mine: true, limit: 50 });
    expect(listVerdictsQuerySchema.parse({ mine: "0" }).mine).toBe(false);
    expect(listVerdictsQuerySchema.safeParse({ status: "published" }).success).toBe(false);
    expect(listVerdictsQuerySchema.safeParse({ mine: "maybe" }).success).toBe(false);
  });

  it("edits a rating's label or definition, nothing else", () => {
    expect(updateRatingSchema.safeParse({}).success).toBe(false);
    expect(updateRatingSchema.safeParse({ ratingValue: 3 }).success).toBe(false);
    expect(updateRatingSchema.safeParse({ label: " " }).success).toBe(false);
    expect(updateRatingSchema.parse({ label: " Misleading " })).toEqual({ label: "Misleading" });
  });
});
