// Revisions against real PostgreSQL: an edit re-anchors every claim in one transaction and never
// loses one; orphans are kept, listed and re-attachable; changed quotes flag their verdicts; old
// revisions are restored as new ones; stale edits and bad ranges are refused and change nothing.
import { getDb } from "@/lib/db/client";
import { createArticle } from "@/lib/db/articles";
import { createClaim } from "@/lib/db/claims";
import { saveVerdict, submitVerdict } from "@/lib/db/verdicts";
import { compareRevisions, confirmClaimAnchor, listRevisions, reattachClaim, restoreRevision, saveRevision } from "@/lib/db/revisions";
import { paragraphsToDoc } from "@/lib/editor/canonical-text";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createActorRow, createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

const PARAGRAPHS = ["Moscow said Azerbaijani units crossed the line of contact.", "Baku said the report did not correspond to reality.", "Yerevan called the advance an invasion."];
const doc = (paragraphs: string[]) => paragraphsToDoc(paragraphs);

async function setUp() {
  await createRatingRows();
  const journalist = await createUserRow("JOURNALIST");
  const actor = await createActorRow();
  const article = await createArticle(journalist, { title: "Revisions", text: PARAGRAPHS.join("\n\n") });
  const claim = (exact: string) => createClaim(journalist, article.id, { actor: actor.id, exact });
  const crossed = await claim("Azerbaijani units crossed the line of contact");
  const denied = await claim("did not correspond to reality");
  const invasion = await claim("called the advance an invasion");
  return { journalist, article, crossed, denied, invasion };
}

const claimsOf = (articleId: string) => getDb().claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { createdAt: "asc" } });

it("re-anchors every claim of an edit in one go: moved, changed (flagged, its verdict too) and deleted (orphaned, kept)", async () => {
  const { journalist, article, crossed, denied, invasion } = await setUp();
  const verdict = await saveVerdict(journalist, denied.id, { claimSummary: "Baku denies", rating: "false", rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Imagery." }] }] } });
  const edited = ["Update on Sunday.", "Moscow said Azerbaijani units crossed the line of contact.", "Baku said the report did not match reality."];
  const text = edited.join("\n\n");
  const result = await saveRevision(journalist, article.id, {
    body: doc(edited),
    baseRevisionId: article.revision!.id,
    // As the editor's mapping would place them: the first moved, the second edited inside, the third's sentence deleted.
    placements: [
      { id: crossed.id, start: text.indexOf("Azerbaijani units"), end: text.indexOf("Azerbaijani units") + crossed.exact.length },
      { id: denied.id, start: text.indexOf("did not match reality"), end: text.indexOf("did not match reality") + "did not match reality".length },
      { id: invasion.id, start: text.length, end: text.length },
    ],
  });
  expect(result.revision.number).toBe(2);
  expect(result.claims).toEqual({ exact: 0, moved: 1, fuzzy: [{ id: denied.id, was: "did not correspond to reality", now: "did not match reality" }], orphaned: [{ id: invasion.id, exact: "called the advance an invasion" }] });

  const claims = await claimsOf(article.id);
  expect(claims).toHaveLength(3);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  expect(byId.get(crossed.id)).toMatchObject({ anchorStatus: "MOVED", revisionId: result.revision.id });
  expect(byId.get(denied.id)).toMatchObject({ anchorStatus: "FUZZY", exact: "did not match reality", previousExact: "did not correspond to reality", revisionId: result.revision.id });
  // The orphan keeps its quote and its place in the revision its offsets refer to.
  expect(byId.get(invasion.id)).toMatchObject({ anchorStatus: "ORPHANED", exact: "called the advance an invasion", revisionId: article.revision!.id });
  expect((await getDb().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).quoteChangedAt).not.toBeNull();

  // Looking at the verdict again answers the flag.
  const submitted = await submitVerdict(journalist, verdict.id, { version: verdict.version });
  expect(submitted.quoteChangedAt).toBeNull();
});

it("re-anchors by selectors when no placements are sent, and an orphan comes back when its words do", async () => {
  const { journalist, article, invasion } = await setUp();
  const without = await saveRevision(journalist, article.id, { body: doc(PARAGRAPHS.slice(0, 2)), baseRevisionId: article.revision!.id });
  expect(without.claims).toMatchObject({ exact: 2, moved: 0, orphaned: [{ id: invasion.id }] });

  const restored = await restoreRevision(journalist, article.id, 1);
  expect(restored.revision.number).toBe(3);
  expect(restored.claims.orphaned).toEqual([]);
  expect(await getDb().claim.findUniqueOrThrow({ where: { id: invasion.id } })).toMatchObject({ revisionId: restored.revision.id });
  expect((await listRevisions(journalist, article.id)).map((revision) => [revision.number, revision.current])).toEqual([
    [3, true],
    [2, false],
    [1, false],
  ]);
  const comparison = await compareRevisions(journalist, article.id, 2, 3);
  expect(comparison.diff).toEqual(expect.arrayContaining([{ kind: "added", text: "Yerevan called the advance an invasion." }]));
  // Each side shows the claims placed in that revision: the orphan only where its words are.
  expect(comparison.from.claims.map((claim) => comparison.from.text.slice(claim.start, claim.end))).toEqual(["Azerbaijani units crossed the line of contact", "did not correspond to reality"]);
  expect(comparison.to.claims.map((claim) => comparison.to.text.slice(claim.start, claim.end))).toEqual(["Azerbaijani units crossed the line of contact", "did not correspond to reality", "called the advance an invasion"]);
  expect(await getDb().claimAnchor.count({ where: { claimId: invasion.id } })).toBe(3);
});

it("follows the diff with the previous revision: a recurring quote whose context was rewritten stays on its own copy", async () => {
  await createRatingRows();
  const journalist = await createUserRow("JOURNALIST");
  const actor = await createActorRow();
  const line = "The claims could not be independently verified.";
  const paragraphs = [`Moscow said units crossed the line. ${line}`, `Baku denied it on Sunday. ${line}`, `Yerevan said nothing. ${line}`];
  const article = await createArticle(journalist, { title: "Recurring", text: paragraphs.join("\n\n") });
  const second = paragraphs[0].length + 2 + paragraphs[1].indexOf(line);
  const claim = await createClaim(journalist, article.id, { actor: actor.id, start: second, end: second + line.length });
  // Both sides of its context change, the first paragraph grows: its 32 characters of context alone would not tell the copies apart.
  const edited = [`Moscow said on Monday that units had crossed the line near the village. ${line}`, `In a statement, Baku denied it. ${line}`, `Yerevan said nothing. ${line}`];
  const result = await saveRevision(journalist, article.id, { body: doc(edited), baseRevisionId: article.revision!.id });
  expect(result.claims).toMatchObject({ moved: 1, fuzzy: [], orphaned: [] });
  const text = edited.join("\n\n");
  const moved = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(moved).toMatchObject({ anchorStatus: "MOVED", start: edited[0].length + 2 + edited[1].indexOf(line) });
  expect(text.slice(moved.start, moved.end)).toBe(line);
});

it("refuses a stale or empty edit and bad ranges, changing nothing", async () => {
  const { journalist, article, invasion } = await setUp();
  await saveRevision(journalist, article.id, { body: doc([...PARAGRAPHS, "More."]), baseRevisionId: article.revision!.id });
  const before = { claims: await claimsOf(article.id), revisions: await getDb().articleRevision.count(), audit: await getDb().auditEvent.count() };

  const stale = await appErrorOf(saveRevision(journalist, article.id, { body: doc(["Other text."]), baseRevisionId: article.revision!.id }));
  expect(stale.code).toBe("CONFLICT");
  expect(stale.details?.current).toMatchObject({ number: 2 });
  const current = (await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).currentRevisionId!;
  expect(await codeOf(saveRevision(journalist, article.id, { body: doc([...PARAGRAPHS, "More."]), baseRevisionId: current }))).toBe("UNPROCESSABLE");
  expect(await codeOf(saveRevision(await createUserRow("JOURNALIST", { disabled: true }), article.id, { body: doc(["x"]), baseRevisionId: current }))).toBe("FORBIDDEN");
  expect(await codeOf(restoreRevision(journalist, article.id, 99))).toBe("NOT_FOUND");
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: invasion.id } });
  expect(await codeOf(reattachClaim(journalist, invasion.id, { start: 0, end: 100_000, version: claim.version }))).toBe("UNPROCESSABLE");
  expect(await codeOf(reattachClaim(journalist, invasion.id, { start: 0, end: 6, version: claim.version - 1 }))).toBe("CONFLICT");
  expect({ claims: await claimsOf(article.id), revisions: await getDb().articleRevision.count(), audit: await getDb().auditEvent.count() }).toEqual(before);
});

it("re-attaches an orphan to selected words and confirms a changed claim's place", async () => {
  const { journalist, article, denied, invasion } = await setUp();
  const edited = [PARAGRAPHS[0], "Baku said the report did not match reality.", "Yerevan described it as aggression."];
  const text = edited.join("\n\n");
  const result = await saveRevision(journalist, article.id, {
    body: doc(edited),
    baseRevisionId: article.revision!.id,
    placements: [
      { id: denied.id, start: text.indexOf("did not match reality"), end: text.indexOf("did not match reality") + 21 },
      { id: invasion.id, start: text.indexOf("Yerevan") + 8, end: text.indexOf("Yerevan") + 8 },
    ],
  });
  expect(result.claims.orphaned.map((claim) => claim.id)).toEqual([invasion.id]);

  const orphan = await getDb().claim.findUniqueOrThrow({ where: { id: invasion.id } });
  expect(await codeOf(confirmClaimAnchor(journalist, invasion.id, { version: orphan.version }))).toBe("UNPROCESSABLE");
  const reattached = await reattachClaim(journalist, invasion.id, { start: text.indexOf("described it as aggression"), end: text.indexOf("described it as aggression") + 26, version: orphan.version });
  expect(reattached).toMatchObject({ exact: "described it as aggression", anchorStatus: "exact", previousExact: "called the advance an invasion" });
  expect(await getDb().claim.findUniqueOrThrow({ where: { id: invasion.id } })).toMatchObject({ revisionId: result.revision.id });

  const changed = await getDb().claim.findUniqueOrThrow({ where: { id: denied.id } });
  expect(changed).toMatchObject({ anchorStatus: "FUZZY", previousExact: "did not correspond to reality" });
  expect(await codeOf(confirmClaimAnchor(journalist, denied.id, { version: changed.version - 1 }))).toBe("CONFLICT");
  expect(await confirmClaimAnchor(journalist, denied.id, { version: changed.version })).toMatchObject({ anchorStatus: "exact", exact: "did not match reality", previousExact: null });
});
