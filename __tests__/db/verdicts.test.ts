// Verdicts against real PostgreSQL: the review workflow, four eyes, optimistic locking, a race of
// twenty reviewers, the history, the reviewer queue, and the rating scale's guards.
import { ZodError } from "zod";
import { getDb } from "@/lib/db/client";
import { deleteClaim } from "@/lib/db/claims";
import { createLink } from "@/lib/db/claim-links";
import { createEvidence } from "@/lib/db/evidence";
import {
  approveVerdict,
  countVerdictsInReview,
  deleteRating,
  getVerdict,
  listRatings,
  listVerdicts,
  reopenVerdict,
  requestChanges,
  saveVerdict,
  submitVerdict,
  updateRating,
  verdictHistory,
  type VerdictView,
} from "@/lib/db/verdicts";
import type { SessionUser } from "@/lib/domain/roles";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createActorRow, createArticleRow, createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

beforeAll(async () => {
  await createRatingRows();
});

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const RATIONALE = doc("Satellite images from the day show no movement across the line of contact.");

async function setUp() {
  const journalist = await createUserRow("JOURNALIST");
  const { article, claims, actor } = await createArticleRow(journalist, { claimQuotes: ["the troops crossed the line", "that was untrue"] });
  return { journalist, article, claim: claims[0], otherClaim: claims[1], actor };
}

/** A complete draft by `author` on a fresh claim. */
async function drafted(author?: SessionUser) {
  const context = await setUp();
  const verdict = await saveVerdict(author ?? context.journalist, context.claim.id, { claimSummary: "Baku's troops crossed the line of contact", rating: "mostly-false", rationale: RATIONALE });
  return { ...context, author: author ?? context.journalist, verdict };
}

async function inReview(author?: SessionUser) {
  const context = await drafted(author);
  const verdict = await submitVerdict(context.author, context.verdict.id, { version: context.verdict.version });
  return { ...context, verdict };
}

const rowCounts = async () => {
  const db = getDb();
  return { verdicts: await db.verdict.count(), events: await db.verdictEvent.count(), audit: await db.auditEvent.count() };
};

describe("drafting", () => {
  it("drafts a verdict with summary, rating, rationale and relied-on links and evidence, recorded as an event and an audit entry", async () => {
    const { journalist, claim, otherClaim, article } = await setUp();
    const link = await createLink(journalist, otherClaim.id, { targetClaimId: claim.id, kind: "rebuts" });
    const evidence = await createEvidence(journalist, claim.id, { url: "https://example.org/imagery", stance: "refutes" });
    const verdict = await saveVerdict(journalist, claim.id, { claimSummary: "Troops crossed the line", rating: "false", rationale: RATIONALE, reliesOnLinkIds: [link.id], reliesOnEvidenceIds: [evidence.id] });
    expect(verdict).toMatchObject({
      claimId: claim.id,
      articleId: article.id,
      articleTitle: "Test article",
      claim: { exact: "the troops crossed the line" },
      claimSummary: "Troops crossed the line",
      rating: { key: "false", label: "False", ratingValue: 1 },
      rationale: RATIONALE,
      status: "draft",
      author: { id: journalist.id, name: journalist.name },
      reviewer: null,
      editorIds: [journalist.id],
      version: 1,
      decidedAt: null,
      reliesOnLinkIds: [link.id],
      reliesOnEvidenceIds: [evidence.id],
      lastComment: null,
    });
    const events = await getDb().verdictEvent.findMany({ where: { verdictId: verdict.id } });
    expect(events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "DRAFT", byId: journalist.id, changes: expect.objectContaining({ rating: { from: null, to: "false" } }) })]);
    expect(await getDb().auditEvent.count({ where: { entity: "Verdict", entityId: verdict.id, action: "create", userId: journalist.id } })).toBe(1);
    expect(await getVerdict(await createUserRow("REVIEWER"), verdict.id)).toEqual(verdict);
  });

  it("refuses relied-on links and evidence of another claim, and unknown ratings, with 422 and writes nothing", async () => {
    const { journalist, claim, otherClaim } = await setUp();
    const third = await createArticleRow(journalist, { claimQuotes: ["Moscow said"] });
    const foreignLink = await createLink(journalist, otherClaim.id, { targetClaimId: third.claims[0].id, kind: "rebuts" });
    const foreignEvidence = await createEvidence(journalist, otherClaim.id, { url: "https://example.org/other" });
    const before = await rowCounts();
    const links = await appErrorOf(saveVerdict(journalist, claim.id, { rating: "false", reliesOnLinkIds: [foreignLink.id] }));
    expect(links).toMatchObject({ code: "UNPROCESSABLE", details: { field: "reliesOnLinkIds", ids: [foreignLink.id] } });
    const evidence = await appErrorOf(saveVerdict(journalist, claim.id, { rating: "false", reliesOnEvidenceIds: [foreignEvidence.id, "nosuchevidence"] }));
    expect(evidence).toMatchObject({ code: "UNPROCESSABLE", details: { field: "reliesOnEvidenceIds", ids: [foreignEvidence.id, "nosuchevidence"] } });
    expect(await appErrorOf(saveVerdict(journalist, claim.id, { rating: "pants-on-fire" }))).toMatchObject({ code: "UNPROCESSABLE", details: { field: "rating" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown or deleted claim, and hides the verdict of a deleted claim", async () => {
    const { journalist, verdict, claim } = await drafted();
    expect(await codeOf(saveVerdict(journalist, "nosuchclaim", { rating: "false" }))).toBe("NOT_FOUND");
    expect(await codeOf(getVerdict(journalist, "nosuchverdict"))).toBe("NOT_FOUND");
    await deleteClaim(journalist, claim.id);
    expect(await codeOf(saveVerdict(journalist, claim.id, { rating: "false", version: verdict.version }))).toBe("NOT_FOUND");
    expect(await codeOf(getVerdict(journalist, verdict.id))).toBe("NOT_FOUND");
    expect(await codeOf(submitVerdict(journalist, verdict.id, { version: verdict.version }))).toBe("NOT_FOUND");
    expect(await codeOf(verdictHistory(journalist, verdict.id))).toBe("NOT_FOUND");
  });

  it("answers a second first draft with 409 carrying the existing verdict; a save that changes nothing writes nothing", async () => {
    const { journalist, claim, verdict } = await drafted();
    const second = await appErrorOf(saveVerdict(await createUserRow("JOURNALIST"), claim.id, { rating: "true" }));
    expect(second.code).toBe("CONFLICT");
    expect(second.details?.current).toMatchObject({ id: verdict.id, rating: { key: "mostly-false" } });
    const before = await rowCounts();
    expect(await saveVerdict(journalist, claim.id, { rating: "mostly-false", rationale: RATIONALE, version: verdict.version })).toEqual(verdict);
    expect(await rowCounts()).toEqual(before);
  });

  it("lets only the author or an admin edit", async () => {
    const { claim, verdict } = await drafted();
    expect(await codeOf(saveVerdict(await createUserRow("JOURNALIST"), claim.id, { rating: "true", version: verdict.version }))).toBe("FORBIDDEN");
    expect(await codeOf(saveVerdict(await createUserRow("REVIEWER"), claim.id, { rating: "true", version: verdict.version }))).toBe("FORBIDDEN");
    const edited = await saveVerdict(await createUserRow("ADMIN"), claim.id, { rating: "true", version: verdict.version });
    expect(edited.editorIds).toHaveLength(2);
  });
});

describe("optimistic locking", () => {
  it("answers a stale edit with 409 carrying the current verdict, and changes nothing", async () => {
    const { journalist, claim, verdict } = await drafted();
    const current = await saveVerdict(journalist, claim.id, { rating: "false", version: verdict.version });
    const before = await rowCounts();
    const stale = await appErrorOf(saveVerdict(journalist, claim.id, { rating: "true", version: verdict.version }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toEqual(current);
    expect(await codeOf(submitVerdict(journalist, verdict.id, { version: verdict.version }))).toBe("CONFLICT");
    expect(await rowCounts()).toEqual(before);
    expect(await getVerdict(journalist, verdict.id)).toEqual(current);
  });

  it("answers a stale approval with 409 and changes nothing", async () => {
    const { verdict } = await inReview();
    const before = await rowCounts();
    const stale = await appErrorOf(approveVerdict(await createUserRow("REVIEWER"), verdict.id, { version: verdict.version - 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ id: verdict.id, status: "in_review", version: verdict.version });
    expect(await rowCounts()).toEqual(before);
  });

  it("lets exactly one of twenty reviewers approving at the same moment win; the others get 409 showing who decided", async () => {
    const { verdict } = await inReview();
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => createUserRow("REVIEWER")));
    const outcomes = await Promise.all(reviewers.map((reviewer) => approveVerdict(reviewer, verdict.id, { version: verdict.version }).then((view) => ({ view }), (error: unknown) => ({ error }))));
    const winners = outcomes.flatMap((outcome) => ("view" in outcome ? [outcome.view] : []));
    const conflicts = await Promise.all(outcomes.flatMap((outcome) => ("error" in outcome ? [appErrorOf(Promise.reject(outcome.error))] : [])));
    expect(winners).toHaveLength(1);
    expect(conflicts.map((error) => error.code)).toEqual(Array(19).fill("CONFLICT"));
    for (const conflict of conflicts) expect(conflict.details?.current).toMatchObject({ status: "approved", reviewer: { id: winners[0].reviewer?.id } });
    expect(await getDb().verdictEvent.count({ where: { verdictId: verdict.id, toStatus: "APPROVED" } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { entityId: verdict.id, action: "approve" } })).toBe(1);
  });
});

describe("four eyes", () => {
  it("refuses approval to the author, even a reviewer, and to journalists", async () => {
    const reviewerAuthor = await createUserRow("REVIEWER");
    const { verdict } = await inReview(reviewerAuthor);
    expect(await codeOf(approveVerdict(reviewerAuthor, verdict.id, { version: verdict.version }))).toBe("FORBIDDEN");
    expect(await codeOf(requestChanges(reviewerAuthor, verdict.id, { version: verdict.version, comment: "Mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(approveVerdict(await createUserRow("JOURNALIST"), verdict.id, { version: verdict.version }))).toBe("FORBIDDEN");
    expect(await codeOf(requestChanges(await createUserRow("JOURNALIST"), verdict.id, { version: verdict.version, comment: "No" }))).toBe("FORBIDDEN");
  });

  it("refuses approval to anyone who edited the verdict", async () => {
    const { claim, verdict, author } = await drafted();
    const admin = await createUserRow("ADMIN");
    const edited = await saveVerdict(admin, claim.id, { rating: "false", version: verdict.version });
    expect(edited.editorIds).toEqual([author.id, admin.id]);
    const submitted = await submitVerdict(author, verdict.id, { version: edited.version });
    expect(await codeOf(approveVerdict(admin, verdict.id, { version: submitted.version }))).toBe("FORBIDDEN");
    expect(await codeOf(requestChanges(admin, verdict.id, { version: submitted.version, comment: "Edited it myself" }))).toBe("FORBIDDEN");
    expect((await approveVerdict(await createUserRow("ADMIN"), verdict.id, { version: submitted.version })).status).toBe("approved");
  });
});

describe("workflow", () => {
  it("goes draft -> review -> changes requested -> edited -> review -> approved, with the history to show for it", async () => {
    const { verdict, author, claim } = await drafted();
    const reviewer = await createUserRow("REVIEWER");
    const secondReviewer = await createUserRow("REVIEWER");
    const submitted = await submitVerdict(author, verdict.id, { version: verdict.version });
    expect(submitted).toMatchObject({ status: "in_review", version: 2 });
    expect(await countVerdictsInReview(reviewer)).toBeGreaterThanOrEqual(1);

    await expect(requestChanges(reviewer, verdict.id, { version: 2 } as never)).rejects.toBeInstanceOf(ZodError);
    const sentBack = await requestChanges(reviewer, verdict.id, { version: 2, comment: "Cite the satellite imagery." });
    expect(sentBack).toMatchObject({ status: "changes_requested", reviewer: { id: reviewer.id }, lastComment: "Cite the satellite imagery.", version: 3 });
    expect(sentBack.decidedAt).not.toBeNull();

    // Editing keeps it CHANGES_REQUESTED until resubmitted.
    const edited = await saveVerdict(author, claim.id, { rating: "false", rationale: doc("Imagery by Maxar shows no movement."), version: 3 });
    expect(edited).toMatchObject({ status: "changes_requested", version: 4, rating: { key: "false" } });
    const resubmitted = await submitVerdict(author, verdict.id, { version: 4 });
    expect(resubmitted).toMatchObject({ status: "in_review", reviewer: null, decidedAt: null });
    const approved = await approveVerdict(secondReviewer, verdict.id, { version: resubmitted.version });
    expect(approved).toMatchObject({ status: "approved", reviewer: { id: secondReviewer.id, name: secondReviewer.name }, version: 6, editorIds: [author.id] });

    const history = await verdictHistory(reviewer, verdict.id);
    expect(history.map((entry) => [entry.action, entry.fromStatus, entry.toStatus, entry.by.id])).toEqual([
      ["create", null, "draft", author.id],
      ["submit", "draft", "in_review", author.id],
      ["request-changes", "in_review", "changes_requested", reviewer.id],
      ["edit", "changes_requested", "changes_requested", author.id],
      ["submit", "changes_requested", "in_review", author.id],
      ["approve", "in_review", "approved", secondReviewer.id],
    ]);
    expect(history[2].comment).toBe("Cite the satellite imagery.");
    expect(history[3].changes).toEqual({ rating: { from: "mostly-false", to: "false" }, rationale: { from: RATIONALE, to: doc("Imagery by Maxar shows no movement.") } });
    expect(await getDb().auditEvent.findMany({ where: { entityId: verdict.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } })).toEqual(
      ["create", "submit", "request-changes", "update", "submit", "approve"].map((action) => ({ action })),
    );
  });

  it("records every rating change as an event with changes.rating, and an edit under review takes the verdict back to draft", async () => {
    const { verdict, author, claim } = await inReview();
    const edited = await saveVerdict(author, claim.id, { rating: "mixed", version: verdict.version });
    expect(edited.status).toBe("draft");
    const again = await saveVerdict(author, claim.id, { rating: "false", version: edited.version });
    const events = (await getDb().verdictEvent.findMany({ where: { verdictId: verdict.id }, orderBy: { at: "asc" } })).filter((event) => (event.changes as { rating?: unknown } | null)?.rating);
    expect(events.map((event) => (event.changes as { rating: unknown }).rating)).toEqual([
      { from: null, to: "mostly-false" },
      { from: "mostly-false", to: "mixed" },
      { from: "mixed", to: "false" },
    ]);
    expect(events[1]).toMatchObject({ fromStatus: "IN_REVIEW", toStatus: "DRAFT" });
    expect(again.version).toBe(edited.version + 1);
  });

  it("refuses to submit an incomplete verdict with 422 naming the field", async () => {
    const { journalist, claim } = await setUp();
    const bare = await saveVerdict(journalist, claim.id, { rating: "true" });
    expect(await appErrorOf(submitVerdict(journalist, bare.id, { version: 1 }))).toMatchObject({ code: "UNPROCESSABLE", details: { field: "claimSummary", missing: ["claimSummary", "rationale"] } });
    const empty = await saveVerdict(journalist, claim.id, { rating: "true", claimSummary: "Troops crossed", rationale: { type: "doc", content: [{ type: "paragraph" }] }, version: 1 });
    expect(await appErrorOf(submitVerdict(journalist, bare.id, { version: empty.version }))).toMatchObject({ code: "UNPROCESSABLE", details: { field: "rationale" } });
    expect(await codeOf(submitVerdict(await createUserRow("JOURNALIST"), bare.id, { version: empty.version }))).toBe("FORBIDDEN");
  });

  it("refuses actions in the wrong state with 409 and the current verdict", async () => {
    const { verdict, author, claim } = await drafted();
    const reviewer = await createUserRow("REVIEWER");
    expect(await appErrorOf(approveVerdict(reviewer, verdict.id, { version: verdict.version }))).toMatchObject({ code: "CONFLICT", details: { current: { status: "draft" } } });
    const submitted = await submitVerdict(author, verdict.id, { version: verdict.version });
    expect(await codeOf(submitVerdict(author, verdict.id, { version: submitted.version }))).toBe("CONFLICT");
    const approved = await approveVerdict(reviewer, verdict.id, { version: submitted.version });
    const edit = await appErrorOf(saveVerdict(author, claim.id, { rating: "true", version: approved.version }));
    expect(edit).toMatchObject({ code: "CONFLICT", details: { current: { status: "approved", reviewer: { id: reviewer.id } } } });
    expect(edit.message).toMatch(/reopen/);
    expect(await codeOf(requestChanges(await createUserRow("REVIEWER"), verdict.id, { version: approved.version, comment: "Too late" }))).toBe("CONFLICT");
  });

  it("lets only an admin reopen an approved verdict, with a reason, back to draft", async () => {
    const { verdict, author, claim } = await inReview();
    const admin = await createUserRow("ADMIN");
    expect(await codeOf(reopenVerdict(admin, verdict.id, { reason: "Not yet approved" }))).toBe("CONFLICT");
    const approved = await approveVerdict(await createUserRow("REVIEWER"), verdict.id, { version: verdict.version });
    const before = await rowCounts();
    await expect(reopenVerdict(admin, verdict.id, {} as never)).rejects.toBeInstanceOf(ZodError);
    await expect(reopenVerdict(admin, verdict.id, { reason: "   " })).rejects.toBeInstanceOf(ZodError);
    expect(await codeOf(reopenVerdict(await createUserRow("REVIEWER"), verdict.id, { reason: "I disagree" }))).toBe("FORBIDDEN");
    expect(await codeOf(reopenVerdict(author, verdict.id, { reason: "New facts" }))).toBe("FORBIDDEN");
    expect(await codeOf(reopenVerdict(admin, verdict.id, { reason: "New facts", version: approved.version - 1 }))).toBe("CONFLICT");
    expect(await rowCounts()).toEqual(before);
    const reopened = await reopenVerdict(admin, verdict.id, { reason: "The ministry published new imagery." });
    expect(reopened).toMatchObject({ status: "draft", reviewer: null, decidedAt: null, lastComment: "The ministry published new imagery." });
    expect((await saveVerdict(author, claim.id, { rating: "mixed", version: reopened.version })).status).toBe("draft");
    expect((await verdictHistory(admin, verdict.id)).map((entry) => entry.action)).toEqual(["create", "submit", "approve", "reopen", "edit"]);
  });
});

describe("lists", () => {
  it("serves the reviewer queue oldest first, page by page, filtered by article, actor (rolled up) and author", async () => {
    const reviewer = await createUserRow("REVIEWER");
    const queued: VerdictView[] = [];
    for (let index = 0; index < 3; index++) queued.push((await inReview()).verdict);
    const draft = await drafted();

    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listVerdicts(reviewer, { status: "in_review", limit: 2, cursor });
      all.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const ours = all.filter((id) => queued.some((verdict) => verdict.id === id));
    expect(ours).toEqual(queued.map((verdict) => verdict.id));
    expect(all).not.toContain(draft.verdict.id);
    expect(await countVerdictsInReview(reviewer)).toBe(all.length);

    expect((await listVerdicts(reviewer, { articleId: draft.article.id })).items.map((item) => item.id)).toEqual([draft.verdict.id]);
    expect((await listVerdicts(draft.author, { mine: true })).items.map((item) => item.id)).toEqual([draft.verdict.id]);
    expect((await listVerdicts(draft.author, { mine: "true" as never, status: "in_review" })).items).toEqual([]);

    // A claim by a ministry counts for its state.
    const ministry = await createActorRow(undefined, { parentId: draft.actor.id });
    await getDb().claim.update({ where: { id: draft.claim.id }, data: { actorId: ministry.id } });
    expect((await listVerdicts(reviewer, { actor: draft.actor.id })).items.map((item) => item.id)).toEqual([draft.verdict.id]);
    expect((await listVerdicts(reviewer, { actor: ministry.name })).items.map((item) => item.id)).toEqual([draft.verdict.id]);
  });
});

describe("rating scale", () => {
  it("lists the scale in order, renames a rating (verdicts follow), and refuses non-admins and duplicate labels", async () => {
    const { verdict, journalist } = await drafted();
    const admin = await createUserRow("ADMIN");
    const ratings = await listRatings(journalist);
    expect(ratings.map((rating) => rating.key)).toEqual(["true", "mostly-true", "mixed", "mostly-false", "false", "unverifiable"]);
    expect(ratings.find((rating) => rating.key === "mostly-false")?.verdictCount).toBeGreaterThanOrEqual(1);

    expect(await codeOf(updateRating(journalist, "mostly-false", { label: "Misleading" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateRating(await createUserRow("REVIEWER"), "mostly-false", { label: "Misleading" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateRating(admin, "no-such-rating", { label: "Misleading" }))).toBe("NOT_FOUND");
    expect(await codeOf(updateRating(admin, "mostly-false", { label: "false" }))).toBe("CONFLICT");
    const renamed = await updateRating(admin, "mostly-false", { label: "Misleading", definition: "Accurate facts arranged to give a false impression." });
    expect(renamed).toMatchObject({ key: "mostly-false", label: "Misleading", ratingValue: 2 });
    expect((await getVerdict(journalist, verdict.id)).rating).toMatchObject({ key: "mostly-false", label: "Misleading" });
    expect(await getDb().auditEvent.count({ where: { entity: "Rating", action: "update", userId: admin.id } })).toBe(1);
    await updateRating(admin, "mostly-false", { label: "Mostly false", definition: "Contains an element of truth but ignores facts that would give a different impression." });
  });

  it("refuses to delete a rating in use (409), lets an admin delete an unused one", async () => {
    await drafted();
    const admin = await createUserRow("ADMIN");
    const before = await getDb().rating.count();
    expect(await appErrorOf(deleteRating(admin, "mostly-false"))).toMatchObject({ code: "CONFLICT" });
    expect(await codeOf(deleteRating(await createUserRow("JOURNALIST"), "unverifiable"))).toBe("FORBIDDEN");
    expect(await getDb().rating.count()).toBe(before);
    await getDb().rating.create({ data: { key: "satire", label: "Satire", definition: "Not meant as fact.", color: "#6b21a8", ratingValue: null, position: 7 } });
    await deleteRating(admin, "satire");
    expect(await getDb().rating.count()).toBe(before);
    expect(await codeOf(deleteRating(admin, "satire"))).toBe("NOT_FOUND");
  });
});
