// Claims, links, evidence and actors against real PostgreSQL: happy paths, refusals, nothing half-written.
import { getDb } from "@/lib/db/client";
import { createArticle, deleteArticle, getArticle, updateArticle } from "@/lib/db/articles";
import { createClaim, deleteClaim, restoreClaim, updateClaim } from "@/lib/db/claims";
import { searchClaims } from "@/lib/db/claim-search";
import { createLink, deleteLink } from "@/lib/db/claim-links";
import { createEvidence, deleteEvidence, excerptHash } from "@/lib/db/evidence";
import { createActor, resolveActor } from "@/lib/db/actors";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

const TEXT = [
  "Moscow on Saturday accused Baku of breaking the ceasefire.",
  `"Azerbaijani units crossed the line of contact," the Russian Defense Ministry said.`,
  `Baku said the accusation "does not reflect the truth" and that its units had not moved.`,
].join("\n\n");

async function setUp() {
  const journalist = await createUserRow("JOURNALIST");
  const russia = await getDb().actor.create({ data: { name: `Russia ${Math.random()}`, slug: `russia-${Math.random().toString(36).slice(2)}`, color: "#1f5fa8", aliases: [`Kremlin ${Math.random()}`] } });
  const azerbaijan = await getDb().actor.create({ data: { name: `Azerbaijan ${Math.random()}`, slug: `azerbaijan-${Math.random().toString(36).slice(2)}`, color: "#b45309", aliases: [] } });
  const article = await createArticle(journalist, { title: "Ceasefire accusations", text: TEXT, source: "Test wire" });
  return { journalist, russia, azerbaijan, article };
}

const rowCounts = async () => {
  const db = getDb();
  return { claims: await db.claim.count(), links: await db.claimLink.count(), evidence: await db.evidence.count(), audit: await db.auditEvent.count() };
};

describe("articles", () => {
  it("creates an article from pasted text with its canonical text, and audits it", async () => {
    const { article, journalist } = await setUp();
    expect(article.text).toBe(TEXT);
    expect(article.revision?.number).toBe(1);
    expect(await getDb().auditEvent.count({ where: { entityId: article.id, action: "create", userId: journalist.id } })).toBe(1);
  });

  it("updates metadata with the right version, answers 409 with the current record for a stale one", async () => {
    const { article, journalist } = await setUp();
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    await updateArticle(journalist, article.id, { version: row.version, title: "Renamed" });
    const stale = await appErrorOf(updateArticle(journalist, article.id, { version: row.version, title: "Lost update" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ title: "Renamed", version: row.version + 1 });
  });

  it("lets only the creator or an admin delete an article; a deleted one is not found", async () => {
    const { article } = await setUp();
    expect(await codeOf(deleteArticle(await createUserRow("JOURNALIST"), article.id))).toBe("FORBIDDEN");
    expect(await codeOf(deleteArticle(await createUserRow("REVIEWER"), article.id))).toBe("FORBIDDEN");
    await deleteArticle(await createUserRow("ADMIN"), article.id);
    expect(await codeOf(getArticle(await createUserRow("ADMIN"), article.id))).toBe("NOT_FOUND");
  });
});

describe("claims", () => {
  it("creates a claim by offsets with TextQuote + TextPosition selectors, resolving the actor by alias", async () => {
    const { article, journalist, russia } = await setUp();
    const start = TEXT.indexOf("Azerbaijani units");
    const end = TEXT.indexOf(",\" the Russian");
    const claim = await createClaim(journalist, article.id, { actor: russia.aliases[0].toUpperCase(), start, end });
    expect(claim).toMatchObject({ exact: "Azerbaijani units crossed the line of contact", start, end, attribution: "direct_quote", anchorStatus: "exact", origin: "manual", version: 1 });
    expect(claim.actor.id).toBe(russia.id);
    expect(claim.prefix).toBe(TEXT.slice(start - 32, start));
    expect(claim.suffix).toBe(TEXT.slice(end, end + 32));
  });

  it("creates a claim by quote across paragraphs, as a paraphrase, with a relaying actor", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const claim = await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "ceasefire.\n\n\"Azerbaijani", relayedBy: russia.id, note: "Spans two paragraphs" });
    expect(claim.start).toBe(TEXT.indexOf("ceasefire."));
    expect(claim.relayedBy?.id).toBe(russia.id);
  });

  it.each([
    [{ actor: "ACTOR", start: 0, end: TEXT.length + 1 }, "UNPROCESSABLE"],
    [{ actor: "ACTOR", exact: "not in this article" }, "UNPROCESSABLE"],
    [{ actor: "ACTOR", exact: "Baku" }, "UNPROCESSABLE"],
    [{ actor: "ACTOR", start: TEXT.indexOf("\n\n"), end: TEXT.indexOf("\n\n") + 2 }, "UNPROCESSABLE"],
    [{ actor: "Atlantis", start: 0, end: 6 }, "UNPROCESSABLE"],
    [{ actor: "ACTOR", start: 0, end: 6, relayedBy: "Atlantis" }, "UNPROCESSABLE"],
  ])("refuses %j with %s and writes nothing", async (input, code) => {
    const { article, journalist, russia } = await setUp();
    const before = await rowCounts();
    const resolved = { ...input, actor: input.actor === "ACTOR" ? russia.name : input.actor };
    expect(await codeOf(createClaim(journalist, article.id, resolved))).toBe(code);
    expect(await rowCounts()).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown or deleted article", async () => {
    const { article, journalist, russia } = await setUp();
    expect(await codeOf(createClaim(journalist, "nosucharticle", { actor: russia.name, start: 0, end: 6 }))).toBe("NOT_FOUND");
    await deleteArticle(journalist, article.id);
    expect(await codeOf(createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 }))).toBe("NOT_FOUND");
  });

  it("edits with optimistic locking: a stale version is a 409 carrying the current claim", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const claim = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const edited = await updateClaim(await createUserRow("REVIEWER"), claim.id, { version: 1, actor: azerbaijan.name, note: "Actually Baku's framing" });
    expect(edited).toMatchObject({ version: 2, note: "Actually Baku's framing", actor: { id: azerbaijan.id } });
    const conflict = await appErrorOf(updateClaim(journalist, claim.id, { version: 1, note: "stale" }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.details?.current).toMatchObject({ id: claim.id, version: 2, note: "Actually Baku's framing" });
  });

  it("soft-deletes (creator or admin only) and restores, keeping links and evidence", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const accusation = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const denial = await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "does not reflect the truth" });
    await createLink(journalist, denial.id, { targetClaimId: accusation.id, kind: "rebuts" });
    expect(await codeOf(deleteClaim(await createUserRow("JOURNALIST"), accusation.id))).toBe("FORBIDDEN");
    await deleteClaim(journalist, accusation.id);
    expect((await getArticle(journalist, article.id)).claims.map((claim) => claim.id)).toEqual([denial.id]);
    const restored = await restoreClaim(journalist, accusation.id);
    expect(restored.links).toEqual([expect.objectContaining({ kind: "rebuts", fromClaimId: denial.id })]);
  });

  it("of ten deletes of one claim at once, exactly one deletes it and writes one event; the others are 404", async () => {
    const { article, journalist, russia } = await setUp();
    const claim = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => deleteClaim(journalist, claim.id)));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(await codeOf(Promise.reject(outcome.reason))).toBe("NOT_FOUND");
    expect(await getDb().auditEvent.count({ where: { entity: "Claim", entityId: claim.id, action: "delete" } })).toBe(1);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 2 });
  });

  it("searches claims across articles by words and actor", async () => {
    const { article, journalist, russia } = await setUp();
    await createClaim(journalist, article.id, { actor: russia.name, exact: "crossed the line of contact" });
    const found = await searchClaims(journalist, { q: "LINE OF CONTACT", actor: russia.aliases[0] });
    expect(found.items.map((item) => item.exact)).toEqual(["crossed the line of contact"]);
    expect(found.items[0].article.title).toBe("Ceasefire accusations");
    expect(await codeOf(searchClaims(journalist, { q: "line of contact", actor: "Atlantis" }))).toBe("UNPROCESSABLE");
  });
});

describe("links and evidence", () => {
  it("links a rebuttal both ways, across articles too; refuses self-links, duplicates and unknown targets", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const accusation = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const denial = await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "does not reflect the truth" });
    const link = await createLink(journalist, denial.id, { targetClaimId: accusation.id, kind: "rebuts", note: "Direct denial" });
    expect(link).toMatchObject({ kind: "rebuts", fromClaimId: denial.id, toClaimId: accusation.id });
    const detail = await getArticle(journalist, article.id);
    expect(detail.claims.find((claim) => claim.id === accusation.id)?.links).toEqual([expect.objectContaining({ id: link.id })]);

    const other = await createArticle(journalist, { title: "Follow-up", text: "Moscow repeated that Baku broke the ceasefire." });
    const repeat = await createClaim(journalist, other.id, { actor: russia.name, exact: "Baku broke the ceasefire" });
    await createLink(journalist, repeat.id, { targetClaimId: accusation.id, kind: "same_claim" });

    const before = await rowCounts();
    expect(await codeOf(createLink(journalist, denial.id, { targetClaimId: denial.id, kind: "rebuts" }))).toBe("UNPROCESSABLE");
    expect(await codeOf(createLink(journalist, denial.id, { targetClaimId: accusation.id, kind: "rebuts" }))).toBe("CONFLICT");
    expect(await codeOf(createLink(journalist, denial.id, { targetClaimId: "nosuchclaim", kind: "rebuts" }))).toBe("NOT_FOUND");
    expect(await rowCounts()).toEqual(before);

    expect(await codeOf(deleteLink(await createUserRow("REVIEWER"), link.id))).toBe("FORBIDDEN");
    await deleteLink(journalist, link.id);
    expect(await codeOf(deleteLink(journalist, link.id))).toBe("NOT_FOUND");
  });

  it("attaches evidence with retrieval time and a hash of the excerpt; only its creator or an admin removes it", async () => {
    const { article, journalist, russia } = await setUp();
    const claim = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const evidence = await createEvidence(journalist, claim.id, { url: "https://example.org/imagery", title: "Satellite images", publisher: "Research group", excerpt: "New earthworks", kind: "imagery", stance: "context" });
    expect(evidence).toMatchObject({ kind: "imagery", stance: "context", contentHash: excerptHash("New earthworks") });
    expect(evidence.retrievedAt).not.toBeNull();
    expect(await codeOf(createEvidence(journalist, "nosuchclaim", { url: "https://example.org" }))).toBe("NOT_FOUND");
    expect(await codeOf(deleteEvidence(await createUserRow("JOURNALIST"), evidence.id))).toBe("FORBIDDEN");
    await deleteEvidence(await createUserRow("ADMIN"), evidence.id);
    expect(await getDb().evidence.count({ where: { id: evidence.id } })).toBe(0);
  });
});

describe("actors", () => {
  it("adds an actor in one step, refuses unreadable colours and duplicate names, resolves aliases", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const actor = await createActor(journalist, { name: "Nagorno-Karabakh authorities", color: "#14532D", aliases: ["Stepanakert", "Khankendi"] });
    expect(actor).toMatchObject({ slug: "nagorno-karabakh-authorities", color: "#14532d" });
    expect((await resolveActor(getDb(), "stepanakert")).id).toBe(actor.id);
    expect(await codeOf(createActor(journalist, { name: "Too pale", color: "#fde047" }))).toBe("UNPROCESSABLE");
    expect(await codeOf(createActor(journalist, { name: "NAGORNO-KARABAKH AUTHORITIES", color: "#14532d" }))).toBe("CONFLICT");
  });
});

describe("article history", () => {
  it("lists who did what to the article, its claims, links and evidence, newest first", async () => {
    const { listArticleHistory } = await import("@/lib/db/article-history");
    const { article, journalist, russia, azerbaijan } = await setUp();
    const accusation = await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    const denial = await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "does not reflect the truth" });
    const reviewer = await createUserRow("REVIEWER");
    await updateClaim(reviewer, accusation.id, { version: 1, note: "checked" });
    await createLink(journalist, denial.id, { targetClaimId: accusation.id, kind: "rebuts" });
    await createEvidence(journalist, denial.id, { url: "https://example.org/statement" });
    await deleteClaim(journalist, accusation.id);
    const other = await setUp();
    await createClaim(other.journalist, other.article.id, { actor: other.russia.name, start: 0, end: 6 });

    const history = await listArticleHistory(reviewer, article.id);
    expect(history.map((entry) => `${entry.entity}:${entry.action}`)).toEqual(["Claim:delete", "Evidence:create", "ClaimLink:create", "Claim:update", "Claim:create", "Claim:create", "Article:create"]);
    expect(history[3].who).toBe(reviewer.name);
    expect(history[2].summary).toBe("create link (rebuts)");
    expect(await codeOf(listArticleHistory(reviewer, "nosucharticle"))).toBe("NOT_FOUND");
  });
});

describe("article list filters", () => {
  it("finds articles by words in their text, filters by actor (alias too), and counts claims per actor", async () => {
    const { listArticles } = await import("@/lib/db/articles");
    const { article, journalist, russia, azerbaijan } = await setUp();
    await createClaim(journalist, article.id, { actor: russia.name, start: 0, end: 6 });
    await createClaim(journalist, article.id, { actor: russia.name, exact: "crossed the line of contact" });
    await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "does not reflect the truth" });
    const unrelated = await createArticle(journalist, { title: "Unrelated", text: "Nothing to see in this text." });

    const byText = await listArticles(journalist, { q: "LINE OF CONTACT" });
    expect(byText.items.map((item) => item.id)).toContain(article.id);
    expect(byText.items.map((item) => item.id)).not.toContain(unrelated.id);

    const byActor = await listArticles(journalist, { actor: russia.aliases[0] });
    expect(byActor.items.map((item) => item.id)).toEqual([article.id]);
    const item = byActor.items[0];
    expect(item.claimCount).toBe(3);
    expect(Object.fromEntries(item.claimsByActor.map((entry) => [entry.actorId, entry.count]))).toEqual({ [russia.id]: 2, [azerbaijan.id]: 1 });
    expect(await codeOf(listArticles(journalist, { actor: "Atlantis" }))).toBe("UNPROCESSABLE");
  });
});

describe("rebut by selecting the rebutting text", () => {
  it("creates the claim and its REBUTS link in one step, or neither", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const accusation = await createClaim(journalist, article.id, { actor: russia.name, exact: "crossed the line of contact" });
    const denial = await createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "does not reflect the truth", rebuts: accusation.id });
    expect(denial.links).toEqual([expect.objectContaining({ kind: "rebuts", fromClaimId: denial.id, toClaimId: accusation.id })]);
    expect(await getDb().auditEvent.count({ where: { entity: "ClaimLink", action: "create", userId: journalist.id, after: { path: ["fromClaimId"], equals: denial.id } } })).toBe(1);

    const before = await rowCounts();
    expect(await codeOf(createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "its units had not moved", rebuts: "nosuchclaim" }))).toBe("NOT_FOUND");
    await deleteClaim(journalist, accusation.id);
    const afterDelete = await rowCounts();
    expect(await codeOf(createClaim(journalist, article.id, { actor: azerbaijan.name, exact: "its units had not moved", rebuts: accusation.id }))).toBe("NOT_FOUND");
    expect(await rowCounts()).toEqual(afterDelete);
    expect(afterDelete.claims).toBe(before.claims);
  });
});

describe("links across articles", () => {
  it("allow rebuts and same_claim only; supports and qualifies stay within an article", async () => {
    const { article, journalist, russia, azerbaijan } = await setUp();
    const accusation = await createClaim(journalist, article.id, { actor: russia.name, exact: "crossed the line of contact" });
    const other = await createArticle(journalist, { title: "Baku answers", text: "Baku called the report a fabrication." });
    const answer = await createClaim(journalist, other.id, { actor: azerbaijan.name, exact: "a fabrication" });
    const before = await rowCounts();
    for (const kind of ["supports", "qualifies"] as const) {
      const refused = await appErrorOf(createLink(journalist, answer.id, { targetClaimId: accusation.id, kind }));
      expect([refused.code, refused.details?.field]).toEqual(["UNPROCESSABLE", "kind"]);
    }
    expect(await rowCounts()).toEqual(before);
    expect(await createLink(journalist, answer.id, { targetClaimId: accusation.id, kind: "rebuts" })).toMatchObject({ kind: "rebuts" });
  });
});

describe("speakers roll up to the actor they speak for", () => {
  it("in the article list filter and counts, and in claim search", async () => {
    const { listArticles } = await import("@/lib/db/articles");
    const { article, journalist, russia, azerbaijan } = await setUp();
    const ministry = await getDb().actor.create({ data: { name: `Russian Defense Ministry ${Math.random()}`, slug: `rdm-${Math.random().toString(36).slice(2)}`, color: "#1f5fa8", parentId: russia.id } });
    const spokesman = await getDb().actor.create({ data: { name: `Ministry spokesman ${Math.random()}`, slug: `spk-${Math.random().toString(36).slice(2)}`, color: "#1f5fa8", parentId: ministry.id } });
    const byMinistry = await createClaim(journalist, article.id, { actor: ministry.id, exact: "crossed the line of contact" });
    await createClaim(journalist, article.id, { actor: spokesman.id, start: 0, end: 6 });
    await createClaim(journalist, article.id, { actor: azerbaijan.id, exact: "does not reflect the truth" });

    const listed = await listArticles(journalist, { actor: russia.name });
    expect(listed.items.map((item) => item.id)).toEqual([article.id]);
    expect(Object.fromEntries(listed.items[0].claimsByActor.map((entry) => [entry.actorId, entry.count]))).toEqual({ [russia.id]: 2, [azerbaijan.id]: 1 });
    // The ministry itself finds its own and its spokesman's claims, not the state's other speakers'.
    expect((await searchClaims(journalist, { actor: ministry.id })).items.map((claim) => claim.actor.id).sort()).toEqual([ministry.id, spokesman.id].sort());
    expect((await searchClaims(journalist, { actor: russia.id })).items.map((claim) => claim.id)).toContain(byMinistry.id);
    expect((await searchClaims(journalist, { actor: azerbaijan.id })).items.map((claim) => claim.actor.id)).toEqual([azerbaijan.id]);
  });
});

describe("article list filter by verdict state", () => {
  it("finds articles with a claim in that state, or with a claim not yet checked", async () => {
    const { listArticles } = await import("@/lib/db/articles");
    const { article, journalist, russia } = await setUp();
    const checked = await createClaim(journalist, article.id, { actor: russia.id, start: 0, end: 6 });
    await getDb().verdict.create({ data: { claimId: checked.id, status: "IN_REVIEW", authorId: journalist.id } });
    const unchecked = await createArticle(journalist, { title: "Unchecked", text: "Moscow said more." });
    await createClaim(journalist, unchecked.id, { actor: russia.id, exact: "said more" });

    const ids = async (verdict: "in_review" | "approved" | "none") => (await listArticles(journalist, { verdict, limit: 100 })).items.map((item) => item.id);
    expect(await ids("in_review")).toContain(article.id);
    expect(await ids("in_review")).not.toContain(unchecked.id);
    expect(await ids("approved")).not.toContain(article.id);
    expect(await ids("none")).toContain(unchecked.id);
    expect(await ids("none")).not.toContain(article.id);
    await expect(listArticles(journalist, { verdict: "published" as "none" /* deliberately not a state */ })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["verdict"] })] });
  });
});

describe("article history with verdicts", () => {
  it("shows a verdict's draft, submission and decision among the article's events", async () => {
    const { listArticleHistory } = await import("@/lib/db/article-history");
    const { saveVerdict, submitVerdict, requestChanges } = await import("@/lib/db/verdicts");
    await createRatingRows();
    const { article, journalist, russia } = await setUp();
    const claim = await createClaim(journalist, article.id, { actor: russia.id, exact: "crossed the line of contact" });
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "No footage." }] }] };
    const draft = await saveVerdict(journalist, claim.id, { claimSummary: "Units crossed the line", rating: "false", rationale });
    const submitted = await submitVerdict(journalist, draft.id, { version: draft.version });
    await requestChanges(await createUserRow("REVIEWER"), submitted.id, { version: submitted.version, comment: "Add the ministry's statement." });

    const history = await listArticleHistory(journalist, article.id);
    expect(history.filter((entry) => entry.entity === "Verdict").map((entry) => entry.summary)).toEqual([
      "request changes verdict (now changes requested): “Add the ministry's statement.”",
      "submit verdict (now in review)",
      "create verdict (now draft)",
    ]);
  });
});
