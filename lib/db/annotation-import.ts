// POST /api/v1/articles/:id/import: re-creates claims from a W3C Web Annotation collection (ours, or
// another tool's such as Hypothesis). Each annotation is placed by its selectors in the article's
// current text: the position if the quote is still there, else the quote with its context. The
// actor comes from its tags (names or aliases), else the request's default actor. Nothing is ever
// silently dropped: every annotation is either created or listed in `unplaced` with the reason.
// All of it is one transaction: a failure writes nothing.
import { assertCan } from "@/lib/auth/permissions";
import { locateQuote } from "@/lib/anchoring/locate-quote";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors/app-error";
import type { AnchorStatus, Attribution, LinkKind } from "@/lib/generated/prisma/client";
import { parseWebAnnotationImport, type ImportItem } from "@/lib/import/web-annotation";
import { webAnnotationImportSchema } from "@/lib/validation/web-annotation-import";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { getDb, type DbTx } from "./client";
import { matchActor } from "./actors";
import { findCurrentRevision, insertClaim } from "./claims";
import { insertLink } from "./claim-links";
import { recordAudit } from "./audit";

export type ImportOptions = { defaultActor?: string };

export type AnnotationImportResult = {
  created: { sourceId: string | null; claimId: string; actor: string; start: number; end: number; anchorStatus: "exact" | "moved" }[];
  linked: { linkId: string; kind: string; fromClaimId: string; toClaimId: string }[];
  /** Annotations that were not turned into claims, each with why (never silently dropped). */
  unplaced: { index: number; sourceId: string | null; exact: string; reason: string }[];
  /** Links whose other end could not be found among the imported or existing claims. */
  unlinked: { sourceId: string | null; kind: string; target: string; reason: string }[];
};

const ATTRIBUTIONS = new Set<Attribution>(["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCE", "OUTLET_ASSERTION"]);
const LINK_KINDS: Record<string, LinkKind> = { rebuts: "REBUTS", supports: "SUPPORTS", qualifies: "QUALIFIES", same_claim: "SAME_CLAIM" };
/** Our own annotation IRIs end in /api/v1/claims/<id>: a link to one names an existing claim. */
const CLAIM_IRI = /\/api\/v1\/claims\/([a-z0-9]+)$/i;

/** Where an annotation's quote is in `text` now, or why it is not placed. */
function place(text: string, item: ImportItem): { start: number; end: number; status: AnchorStatus } | { reason: string } {
  if (!item.exact) return { reason: "It has a position but no quote, so nothing shows the text at that position is still the same." };
  if (item.exact.length > CONTENT_LIMITS.claimQuote) return { reason: `Its quote is longer than a claim may be (${CONTENT_LIMITS.claimQuote} characters).` };
  if (item.start !== null && item.end !== null && text.slice(item.start, item.end) === item.exact) return { start: item.start, end: item.end, status: "EXACT" };
  const found = locateQuote(text, item.exact, { prefix: item.prefix, suffix: item.suffix });
  if (found.status === "found") return { start: found.start, end: found.end, status: item.start === null ? "EXACT" : "MOVED" };
  if (found.status === "ambiguous") return { reason: `The quote occurs ${found.count} times and its context does not tell which.` };
  return { reason: "The quote is not in the article's current text." };
}

export async function importAnnotations(user: SessionUser, articleId: string, body: unknown, options: ImportOptions = {}): Promise<AnnotationImportResult> {
  assertCan(user, "claim:create");
  const plan = parseWebAnnotationImport(webAnnotationImportSchema.parse(body));
  return getDb().$transaction(
    async (tx) => {
      const revision = await findCurrentRevision(tx, articleId);
      const actors = await tx.actor.findMany();
      const fallback = options.defaultActor ? matchActor(actors, options.defaultActor) : undefined;
      if (options.defaultActor && !fallback) throw new AppError("UNPROCESSABLE", `No actor is called “${options.defaultActor}”.`, { details: { field: "actor" } });

      const result: AnnotationImportResult = { created: [], linked: [], unplaced: plan.skipped.map((skip) => ({ index: skip.index, sourceId: skip.id ?? null, exact: "", reason: skip.reason })), unlinked: [] };
      const claimIdBySource = new Map<string, string>();
      const placed: { item: ImportItem; claimId: string }[] = [];

      for (const item of plan.items) {
        const where = place(revision.text, item);
        const actor = item.actorTags.map((tag) => matchActor(actors, tag)).find(Boolean) ?? fallback;
        if ("reason" in where || !actor) {
          const reason = "reason" in where ? where.reason : `None of its tags (${item.actorTags.join(", ") || "none"}) names a known actor; add the actor or choose a default one.`;
          result.unplaced.push({ index: item.index, sourceId: item.sourceId, exact: item.exact, reason });
          continue;
        }
        const relayedBy = item.relayedBy ? (matchActor(actors, item.relayedBy) ?? null) : null;
        const attribution = item.attribution?.toUpperCase() as Attribution | undefined;
        const claim = await insertClaim(tx, user, revision, where, {
          actor,
          relayedBy,
          attribution: attribution && ATTRIBUTIONS.has(attribution) ? attribution : undefined,
          note: item.note,
          origin: "IMPORTED",
          anchorStatus: where.status,
        });
        if (item.sourceId) claimIdBySource.set(item.sourceId, claim.id);
        placed.push({ item, claimId: claim.id });
        result.created.push({ sourceId: item.sourceId, claimId: claim.id, actor: actor.name, start: where.start, end: where.end, anchorStatus: where.status === "EXACT" ? "exact" : "moved" });
      }

      result.unplaced.sort((a, b) => a.index - b.index);
      await importLinks(tx, user, placed, claimIdBySource, result);
      await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "import-annotations", after: { created: result.created.length, linked: result.linked.length, unplaced: result.unplaced.length, unlinked: result.unlinked.length } });
      return result;
    },
    // A large collection is thousands of inserts in one transaction.
    { maxWait: 15_000, timeout: 120_000 },
  );
}

/** Links between imported annotations, or from one to an existing claim named by our IRI. */
async function importLinks(tx: DbTx, user: SessionUser, placed: { item: ImportItem; claimId: string }[], claimIdBySource: Map<string, string>, result: AnnotationImportResult) {
  const ends = new Map<string, { id: string; articleId: string }>();
  const endOf = async (claimId: string) => {
    if (!ends.has(claimId)) {
      const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } }, select: { id: true, articleId: true } });
      if (claim) ends.set(claimId, claim);
    }
    return ends.get(claimId);
  };
  const seen = new Set<string>();
  for (const { item, claimId } of placed) {
    for (const link of item.links) {
      const kind = LINK_KINDS[link.kind];
      const targetId = claimIdBySource.get(link.targetSourceId) ?? CLAIM_IRI.exec(link.targetSourceId)?.[1];
      const [from, to] = [await endOf(claimId), targetId ? await endOf(targetId) : undefined];
      if (!kind || !from || !to) {
        result.unlinked.push({ sourceId: item.sourceId, kind: link.kind, target: link.targetSourceId, reason: kind ? "The linked annotation is neither in this import nor an existing claim." : `Unknown link kind “${link.kind}”.` });
        continue;
      }
      // Our export lists a link on both of its claims; create it once.
      const key = `${from.id}>${to.id}>${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const exists = await tx.claimLink.findUnique({ where: { fromClaimId_toClaimId_kind: { fromClaimId: from.id, toClaimId: to.id, kind } } });
      if (exists) continue;
      try {
        const created = await insertLink(tx, user, from, to, { kind });
        result.linked.push({ linkId: created.id, kind: link.kind, fromClaimId: from.id, toClaimId: to.id });
      } catch (error) {
        // A rule of links (no self-links, only rebuts/same claim across articles): reported, not fatal.
        if (!(error instanceof AppError) || error.code !== "UNPROCESSABLE") throw error;
        result.unlinked.push({ sourceId: item.sourceId, kind: link.kind, target: link.targetSourceId, reason: error.message });
      }
    }
  }
}
