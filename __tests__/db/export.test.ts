// The report loader's visibility rules (lib/db/report.ts), the annotation import's transaction and
// refusals (lib/db/annotation-import.ts) and the desk settings, against real PostgreSQL.
import { getDb } from "@/lib/db/client";
import { createArticle } from "@/lib/db/articles";
import { createClaim, deleteClaim } from "@/lib/db/claims";
import { createLink } from "@/lib/db/claim-links";
import { approveVerdict, saveVerdict, submitVerdict } from "@/lib/db/verdicts";
import { loadReport } from "@/lib/db/report";
import { importAnnotations } from "@/lib/db/annotation-import";
import { getDeskSettings, updateDeskSettings, DEFAULT_PUBLISHER_NAME } from "@/lib/db/desk-settings";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createActorRow, createRatingRows, createUserRow } from "../factories/db";

setUpTestDatabase();

const TEXT = ["Moscow said Azerbaijani units crossed the line of contact.", `Baku said the report "does not correspond to reality".`, "Yerevan called it an invasion."].join("\n\n");
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const OPTIONS = { includeDrafts: false, baseUrl: "https://desk.example.org/" };

async function setUp() {
  await createRatingRows();
  const journalist = await createUserRow("JOURNALIST");
  const reviewer = await createUserRow("REVIEWER");
  const state = await createActorRow(undefined, { aliases: [`Capital ${Math.random()}`] });
  const ministry = await createActorRow(undefined, { parentId: state.id });
  const other = await createActorRow();
  const article = await createArticle(journalist, { title: "Report test", text: TEXT });
  const claim = (exact: string, actor: string) => createClaim(journalist, article.id, { actor, exact });
  const accusation = await claim("Azerbaijani units crossed the line of contact", ministry.id);
  const denial = await claim("does not correspond to reality", other.id);
  const invasion = await claim("called it an invasion", state.id);
  await createLink(journalist, denial.id, { targetClaimId: accusation.id, kind: "rebuts" });
  const approved = await saveVerdict(journalist, accusation.id, { claimSummary: "Units crossed the line", rating: "false", rationale: doc("No movement seen.") });
  const submitted = await submitVerdict(journalist, approved.id, { version: approved.version });
  await approveVerdict(reviewer, approved.id, { version: submitted.version });
  await saveVerdict(journalist, invasion.id, { claimSummary: "An invasion", rating: "mixed", rationale: doc("Unclear.") });
  return { journalist, reviewer, state, ministry, other, article, accusation, denial, invasion };
}

describe("loadReport", () => {
  it("numbers live claims in document order, rolls speakers up, and shows only approved verdicts unless asked", async () => {
    const { journalist, article, state, ministry, accusation, denial, invasion } = await setUp();
    const report = await loadReport(journalist, article.id, OPTIONS);
    expect(report.baseUrl).toBe("https://desk.example.org");
    expect(report.claims.map((claim) => [claim.id, claim.number])).toEqual([
      [accusation.id, 1],
      [denial.id, 2],
      [invasion.id, 3],
    ]);
    expect(report.claims[0]).toMatchObject({ actor: { id: ministry.id }, rollUpActor: { id: state.id } });
    expect(report.claims[0].verdict).toMatchObject({ approved: true, status: "approved", rationaleText: "No movement seen.", reviewerName: "Test reviewer" });
    expect(report.claims[2].verdict).toBeNull();
    expect(report.claims[0].links).toEqual([expect.objectContaining({ kind: "rebuts", fromClaimId: denial.id, toClaimId: accusation.id, external: null })]);
    expect(report.claims[1].links).toHaveLength(1);

    const withDrafts = await loadReport(journalist, article.id, { ...OPTIONS, includeDrafts: true });
    expect(withDrafts.claims[2].verdict).toMatchObject({ approved: false, status: "draft", rationaleText: "Unclear." });
  });

  it("leaves out deleted claims and links to them, names claims of other articles, and hides deleted articles", async () => {
    const { journalist, article, accusation, denial, other } = await setUp();
    const elsewhere = await createArticle(journalist, { title: "Elsewhere", text: "Moscow repeated that units crossed the line." });
    const repeat = await createClaim(journalist, elsewhere.id, { actor: other.id, exact: "units crossed the line" });
    await createLink(journalist, repeat.id, { targetClaimId: accusation.id, kind: "same_claim" });
    await deleteClaim(journalist, denial.id);

    const report = await loadReport(journalist, article.id, OPTIONS);
    expect(report.claims.map((claim) => claim.id)).not.toContain(denial.id);
    expect(report.claims[0].links).toEqual([expect.objectContaining({ kind: "same_claim", external: expect.objectContaining({ claimId: repeat.id, articleTitle: "Elsewhere", exact: "units crossed the line" }) })]);

    await getDb().article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect(await codeOf(loadReport(journalist, article.id, OPTIONS))).toBe("NOT_FOUND");
    expect(await codeOf(loadReport(await createUserRow("JOURNALIST", { disabled: true }), elsewhere.id, OPTIONS))).toBe("NOT_FOUND");
  });
});

describe("importAnnotations", () => {
  const page = (...items: unknown[]) => ({ type: "AnnotationPage", items });
  const annotation = (exact: string, tag: string, extra: Record<string, unknown> = {}) => ({ type: "Annotation", body: [{ type: "TextualBody", purpose: "tagging", value: tag }], target: { source: "urn:x", selector: [{ type: "TextQuoteSelector", exact }] }, ...extra });

  it("creates placed claims as imported, moved when the position changed, and lists the rest", async () => {
    const { journalist, article, state, other } = await setUp();
    const copy = await createArticle(journalist, { title: "Copy", text: TEXT });
    const capital = (await getDb().actor.findUniqueOrThrow({ where: { id: state.id } })).aliases[0];
    const moved = { ...annotation("called it an invasion", capital), target: { source: "urn:x", selector: [{ type: "TextQuoteSelector", exact: "called it an invasion" }, { type: "TextPositionSelector", start: 0, end: 21 }] } };
    const result = await importAnnotations(journalist, copy.id, page(moved, annotation("not in this text", other.name), annotation("does not correspond to reality", "Nobody we know")));
    expect(result.created).toEqual([expect.objectContaining({ actor: state.name, anchorStatus: "moved" })]);
    expect(result.unplaced.map((item) => item.exact)).toEqual(["not in this text", "does not correspond to reality"]);
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: result.created[0].claimId } });
    expect(stored).toMatchObject({ origin: "IMPORTED", anchorStatus: "MOVED", exact: "called it an invasion", articleId: copy.id });
    expect(TEXT.slice(stored.start, stored.end)).toBe("called it an invasion");
    void article;
  });

  it("uses the default actor only for annotations whose tags name none, and writes nothing when refused", async () => {
    const { journalist, other } = await setUp();
    const copy = await createArticle(journalist, { title: "Copy", text: TEXT });
    const before = { claims: await getDb().claim.count(), audit: await getDb().auditEvent.count() };
    expect((await appErrorOf(importAnnotations(journalist, copy.id, page(annotation("called it an invasion", "")), { defaultActor: "Atlantis" }))).code).toBe("UNPROCESSABLE");
    expect(await codeOf(importAnnotations(journalist, "nosucharticle", page(annotation("called it an invasion", other.name))))).toBe("NOT_FOUND");
    expect(await codeOf(importAnnotations(await createUserRow("REVIEWER", { disabled: true }), copy.id, page(annotation("called it an invasion", other.name))))).toBe("FORBIDDEN");
    expect({ claims: await getDb().claim.count(), audit: await getDb().auditEvent.count() }).toEqual(before);

    const result = await importAnnotations(journalist, copy.id, page(annotation("called it an invasion", "nobody")), { defaultActor: other.id });
    expect(result.created).toEqual([expect.objectContaining({ actor: other.name })]);
  });
});

describe("desk settings", () => {
  it("defaults the publisher until an admin sets it; others are refused; a stale version is a 409", async () => {
    const admin = await createUserRow("ADMIN");
    const journalist = await createUserRow("JOURNALIST");
    const initial = await getDeskSettings(journalist);
    expect(initial).toMatchObject({ publisherName: DEFAULT_PUBLISHER_NAME, configured: false });
    expect(await codeOf(updateDeskSettings(journalist, { publisherName: "Mine", version: initial.version }))).toBe("FORBIDDEN");
    expect(await codeOf(updateDeskSettings(await createUserRow("REVIEWER"), { publisherName: "Mine", version: initial.version }))).toBe("FORBIDDEN");
    const saved = await updateDeskSettings(admin, { publisherName: "Caucasus Fact Check", publisherUrl: "https://factcheck.example.org", version: initial.version });
    expect(saved).toMatchObject({ publisherName: "Caucasus Fact Check", configured: true, version: initial.version + 1 });
    const conflict = await appErrorOf(updateDeskSettings(admin, { publisherName: "Other", version: initial.version }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.details?.current).toMatchObject({ publisherName: "Caucasus Fact Check" });
    expect((await getDeskSettings(journalist)).publisherName).toBe("Caucasus Fact Check");
  });
});
