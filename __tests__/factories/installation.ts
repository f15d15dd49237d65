// A populated installation for the backup and export tests: every table gets rows, written through
// the data functions (so audit events, claim anchors and verdict events are the app's own), plus the
// awkward values a copy must keep: a self-referencing actor, an article's current revision (a cycle
// with the revision's article), quotes, newlines and non-ASCII text, NUL-free binary page bytes, a
// float, JSON documents and text arrays.
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { createArticle } from "@/lib/db/articles";
import { createClaim } from "@/lib/db/claims";
import { createLink } from "@/lib/db/claim-links";
import { createEvidence } from "@/lib/db/evidence";
import { saveRevision } from "@/lib/db/revisions";
import { approveVerdict, saveVerdict, submitVerdict } from "@/lib/db/verdicts";
import { updateDeskSettings } from "@/lib/db/desk-settings";
import { insertSnapshot } from "@/lib/db/page-snapshots";
import { paragraphsToDoc } from "@/lib/editor/canonical-text";
import { createActorRow, createRatingRows, createUserRow } from "./db";

const PARAGRAPHS = [
  "Moscow said the troops of Azerbaijan crossed the line near Parukh at dawn.",
  "Baku said that was untrue and called the report «a provocation».",
  "Yerevan said: \"It is an invasion\", citing satellite images.",
];

export async function seedInstallation() {
  const db = getDb();
  await createRatingRows();
  const admin = await createUserRow("ADMIN");
  const journalist = await createUserRow("JOURNALIST");
  const reviewer = await createUserRow("REVIEWER");
  const russia = await createActorRow("Russia", { aliases: ["Moscow", "Kremlin"], color: "#b3261e" });
  await createActorRow("Russian MoD", { parentId: russia.id });
  await createActorRow("Azerbaijan", { aliases: ["Baku"] });
  await createActorRow("Armenia", { aliases: ["Yerevan"] });
  await updateDeskSettings(admin, { publisherName: "Desk “Ö”", publisherUrl: "https://desk.example.org/", version: 1 });

  const article = await createArticle(journalist, { title: "Line of contact: who crossed it?", source: "Wire", url: "https://news.example.org/a", publishedAt: "2026-11-30", body: paragraphsToDoc(PARAGRAPHS) });
  const claim = await createClaim(journalist, article.id, { actor: "Moscow", exact: "the troops of Azerbaijan crossed the line near Parukh", note: "Line 1\nwith 'quotes' and \"more\"" });
  const denial = await createClaim(journalist, article.id, { actor: "Baku", exact: "that was untrue", rebuts: claim.id });
  await createClaim(journalist, article.id, { actor: "Yerevan", exact: "It is an invasion" });
  const link = await createLink(journalist, denial.id, { targetClaimId: claim.id, kind: "supports" });
  const evidence = await createEvidence(journalist, claim.id, { url: "https://imagery.example.org/1", title: "Sentinel-2, 30 Nov", excerpt: "No vehicles.", stance: "refutes" });
  const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Imagery shows no movement." }] }] };
  const drafted = await saveVerdict(journalist, claim.id, { claimSummary: "Azerbaijani troops crossed the line", rating: "false", rationale, reliesOnLinkIds: [link.id], reliesOnEvidenceIds: [evidence.id] });
  const submitted = await submitVerdict(journalist, drafted.id, { version: drafted.version });
  await approveVerdict(reviewer, submitted.id, { version: submitted.version });
  // A second revision: every claim gets a new anchor, the article a new current revision.
  const detail = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  await saveRevision(journalist, article.id, { body: paragraphsToDoc([...PARAGRAPHS, "The ministry gave no further details."]), baseRevisionId: detail.currentRevisionId! });

  const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, ...Buffer.from("<html>Parukh</html>")]);
  await insertSnapshot(
    db,
    journalist,
    { requestedUrl: "https://news.example.org/a", finalUrl: "https://news.example.org/a?r=1", redirects: [], status: 200, contentType: "text/html", charset: "utf-8", body: bytes, text: "Parukh", sha256: createHash("sha256").update(bytes).digest("hex"), fetchedAt: new Date("2026-11-30T10:00:00.123Z").toISOString() },
    { articleId: article.id, revisionId: detail.currentRevisionId },
  );
  await db.suggestionDecision.create({
    data: { articleId: article.id, userId: journalist.id, outcome: "REJECTED", proposedActor: "Armenia", start: 0, end: 6, exact: "Moscow", reason: "X said that …", confidence: 0.8125 },
  });
  return { admin, journalist, reviewer, articleId: article.id };
}

/** The checksum the brief asks for: every claim's id, quote and place, in id order. */
export const CLAIMS_CHECKSUM_SQL = `SELECT md5(string_agg(id || exact || start || "end", ',' ORDER BY id)) AS checksum FROM "Claim"`;
