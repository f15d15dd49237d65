// Verdicts over HTTP: draft -> submit -> request changes -> edit -> resubmit -> approve by another
// reviewer -> reopen, the reviewer queue, the rating scale, and the 400/401/403/404/409/422 refusals.
import { baseUrl, signedIn, type HttpSession } from "../helpers/http-session";
import { countRows, json } from "../helpers/api-assertions";

const TEXT = `Moscow said Azerbaijani units crossed the line of contact.\n\nBaku said the report "does not correspond to reality".`;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

type Verdict = {
  id: string;
  claimId: string;
  articleId: string;
  status: string;
  version: number;
  rating: { key: string; label: string } | null;
  reviewer: { id: string; name: string } | null;
  author: { id: string; name: string };
  editorIds: string[];
  lastComment: string | null;
  reliesOnLinkIds: string[];
  reliesOnEvidenceIds: string[];
};
type ErrorBody = { error: { code: string; message: string; details?: { field?: string; current?: Verdict } } };

/** An article with an accusation and its denial (linked), and a piece of evidence on the accusation. */
async function claimsToJudge(journalist: HttpSession) {
  const { id: articleId } = await json<{ id: string }>(await journalist.json("/api/v1/articles", "POST", { title: `Verdict article ${Date.now()}`, text: TEXT }), 201);
  const accusation = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Moscow", exact: "Azerbaijani units crossed the line of contact" }), 201);
  const denial = await json<{ id: string; links: { id: string }[] }>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Baku", exact: "does not correspond to reality", rebuts: accusation.id }), 201);
  const linkId = denial.links[0].id;
  const evidence = await json<{ id: string }>(await journalist.json(`/api/v1/claims/${accusation.id}/evidence`, "POST", { url: "https://example.org/imagery", title: "Imagery", stance: "refutes" }), 201);
  return { articleId, accusation, denial, linkId, evidenceId: evidence.id };
}

it("takes a verdict from draft through changes requested to approval by another reviewer, and back with a reason", async () => {
  const journalist = await signedIn("journalist@example.org");
  const reviewer = await signedIn("reviewer@example.org");
  const reviewer2 = await signedIn("reviewer2@example.org");
  const admin = await signedIn("admin@example.org");
  const { articleId, accusation, linkId, evidenceId } = await claimsToJudge(journalist);

  const draft = await json<Verdict>(
    await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { claimSummary: "Azerbaijani units crossed the line of contact", rating: "mostly-false", rationale: doc("Imagery shows no movement."), reliesOnLinkIds: [linkId], reliesOnEvidenceIds: [evidenceId] }),
    201,
  );
  expect(draft).toMatchObject({ claimId: accusation.id, articleId, status: "draft", version: 1, rating: { key: "mostly-false", label: "Mostly false" }, reliesOnLinkIds: [linkId], reliesOnEvidenceIds: [evidenceId] });
  const article = await json<{ claims: { id: string; verdict: { id: string; status: string } | null }[] }>(await journalist.fetch(`/api/v1/articles/${articleId}`), 200);
  expect(article.claims.find((claim) => claim.id === accusation.id)?.verdict).toMatchObject({ id: draft.id, status: "draft" });

  const submitted = await json<Verdict>(await journalist.json(`/api/v1/verdicts/${draft.id}/submit`, "POST", { version: 1 }), 200);
  expect(submitted.status).toBe("in_review");
  const queue = await json<{ items: Verdict[]; nextCursor: string | null }>(await reviewer.fetch("/api/v1/verdicts?status=in_review&limit=100"), 200);
  expect(queue.items.map((item) => item.id)).toContain(draft.id);

  expect((await journalist.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: 2 })).status).toBe(403);
  expect((await reviewer.json(`/api/v1/verdicts/${draft.id}/request-changes`, "POST", { version: 2 })).status).toBe(400);
  expect((await reviewer.json(`/api/v1/verdicts/${draft.id}/request-changes`, "POST", { version: 2, comment: "  " })).status).toBe(400);
  const sentBack = await json<Verdict>(await reviewer.json(`/api/v1/verdicts/${draft.id}/request-changes`, "POST", { version: 2, comment: "Name the imagery provider." }), 200);
  expect(sentBack).toMatchObject({ status: "changes_requested", lastComment: "Name the imagery provider.", reviewer: { name: "Riley Reviewer" } });

  const edited = await json<Verdict>(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "false", rationale: doc("Imagery by the research group shows no movement."), version: sentBack.version }), 200);
  expect(edited).toMatchObject({ status: "changes_requested", rating: { key: "false" }, reliesOnLinkIds: [linkId] });
  const resubmitted = await json<Verdict>(await journalist.json(`/api/v1/verdicts/${draft.id}/submit`, "POST", { version: edited.version }), 200);

  // The one who sent it back may decide again (they did not edit it); here a second reviewer approves.
  const stale = await json<ErrorBody>(await reviewer2.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: edited.version }), 409);
  expect(stale.error.details?.current).toMatchObject({ id: draft.id, status: "in_review", version: resubmitted.version });
  const approved = await json<Verdict>(await reviewer2.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: resubmitted.version }), 200);
  expect(approved).toMatchObject({ status: "approved", reviewer: { name: "Robin Reviewer" } });
  const late = await json<ErrorBody>(await reviewer.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: resubmitted.version }), 409);
  expect(late.error.details?.current).toMatchObject({ status: "approved", reviewer: { name: "Robin Reviewer" } });
  expect((await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "true", version: approved.version })).status).toBe(409);

  expect(await json<Verdict>(await journalist.fetch(`/api/v1/verdicts/${draft.id}`), 200)).toEqual(approved);
  const history = await json<{ items: { action: string; toStatus: string; by: { name: string }; changes: unknown }[] }>(await journalist.fetch(`/api/v1/verdicts/${draft.id}/history`), 200);
  expect(history.items.map((entry) => `${entry.action}:${entry.toStatus}:${entry.by.name}`)).toEqual([
    "create:draft:Jamie Journalist",
    "submit:in_review:Jamie Journalist",
    "request-changes:changes_requested:Riley Reviewer",
    "edit:changes_requested:Jamie Journalist",
    "submit:in_review:Jamie Journalist",
    "approve:approved:Robin Reviewer",
  ]);
  expect(history.items[3].changes).toMatchObject({ rating: { from: "mostly-false", to: "false" } });

  expect((await reviewer.json(`/api/v1/verdicts/${draft.id}/reopen`, "POST", { reason: "I disagree" })).status).toBe(403);
  expect((await admin.json(`/api/v1/verdicts/${draft.id}/reopen`, "POST", {})).status).toBe(400);
  const reopened = await json<Verdict>(await admin.json(`/api/v1/verdicts/${draft.id}/reopen`, "POST", { reason: "The ministry published new imagery." }), 200);
  expect(reopened).toMatchObject({ status: "draft", reviewer: null, lastComment: "The ministry published new imagery." });
});

it("answers 404, 409 and 422 and writes nothing", async () => {
  const journalist = await signedIn("journalist@example.org");
  const { articleId, accusation, denial, linkId } = await claimsToJudge(journalist);
  const before = { verdicts: await countRows("Verdict", articleId), events: await countRows("VerdictEvent", articleId) };
  expect((await journalist.json(`/api/v1/claims/nosuchclaim/verdict`, "PUT", { rating: "false" })).status).toBe(404);
  expect((await journalist.fetch(`/api/v1/verdicts/nosuchverdict`)).status).toBe(404);
  expect((await journalist.json(`/api/v1/verdicts/nosuchverdict/submit`, "POST", { version: 1 })).status).toBe(404);
  expect((await journalist.fetch(`/api/v1/verdicts/not-an-id!/history`)).status).toBe(404);
  const unknownRating = await json<ErrorBody>(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "pants-on-fire" }), 422);
  expect(unknownRating.error.details?.field).toBe("rating");
  // The denial's own link is the accusation's too; evidence of the accusation is not the denial's.
  const evidence = await json<{ id: string }>(await journalist.json(`/api/v1/claims/${accusation.id}/evidence`, "POST", { url: "https://example.org/other" }), 201);
  const foreign = await json<ErrorBody>(await journalist.json(`/api/v1/claims/${denial.id}/verdict`, "PUT", { rating: "true", reliesOnLinkIds: [linkId], reliesOnEvidenceIds: [evidence.id] }), 422);
  expect(foreign.error.details?.field).toBe("reliesOnEvidenceIds");
  expect((await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "false", status: "approved" })).status).toBe(400);
  expect({ verdicts: await countRows("Verdict", articleId), events: await countRows("VerdictEvent", articleId) }).toEqual(before);

  const draft = await json<Verdict>(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "false" }), 201);
  const incomplete = await json<ErrorBody>(await journalist.json(`/api/v1/verdicts/${draft.id}/submit`, "POST", { version: 1 }), 422);
  expect(incomplete.error.details?.field).toBe("claimSummary");
  const again = await json<ErrorBody>(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "true" }), 409);
  expect(again.error.details?.current).toMatchObject({ id: draft.id, rating: { key: "false" } });
  const reviewer = await signedIn("reviewer@example.org");
  expect((await reviewer.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "true", version: 1 })).status).toBe(403);
  expect((await reviewer.json(`/api/v1/verdicts/${draft.id}/approve`, "POST", { version: 1 })).status).toBe(409);
  expect((await fetch(`${baseUrl()}/api/v1/verdicts`)).status).toBe(401);
});

it("lists the rating scale, lets only admins rename a rating, and refuses to delete one in use", async () => {
  const journalist = await signedIn("journalist@example.org");
  const admin = await signedIn("admin@example.org");
  const { accusation } = await claimsToJudge(journalist);
  await json(await journalist.json(`/api/v1/claims/${accusation.id}/verdict`, "PUT", { rating: "mixed" }), 201);

  const ratings = await json<{ items: { key: string; label: string; ratingValue: number | null; verdictCount: number }[] }>(await journalist.fetch("/api/v1/ratings"), 200);
  // The seeded scale, in order (other test files add ratings of their own to the shared database).
  const seeded = ["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"];
  expect(ratings.items.map((rating) => rating.label).filter((label) => seeded.includes(label))).toEqual(seeded);
  expect(ratings.items.find((rating) => rating.key === "unverifiable")?.ratingValue).toBeNull();

  expect((await journalist.json("/api/v1/ratings/mixed", "PATCH", { label: "Half true" })).status).toBe(403);
  expect((await admin.json("/api/v1/ratings/nosuchrating", "PATCH", { label: "Half true" })).status).toBe(404);
  expect((await admin.json("/api/v1/ratings/mixed", "PATCH", { color: "#000000" })).status).toBe(400);
  expect(await json(await admin.json("/api/v1/ratings/mixed", "PATCH", { label: "Half true" }), 200)).toMatchObject({ key: "mixed", label: "Half true" });
  await json(await admin.json("/api/v1/ratings/mixed", "PATCH", { label: "Mixed" }), 200);

  expect((await journalist.json("/api/v1/ratings/unverifiable", "DELETE", {})).status).toBe(403);
  const inUse = await json<ErrorBody>(await admin.json("/api/v1/ratings/mixed", "DELETE", {}), 409);
  expect(inUse.error.code).toBe("CONFLICT");
});
