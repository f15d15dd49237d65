// Claim suggestions for an article (issue 10): lib/suggest reads the current text with the desk's
// actors and proposes claims and rebuttals; nothing is saved until the journalist decides. Accepting
// creates the claim (origin SUGGESTED) and records the decision in one transaction; rejecting records
// it too, so acceptance per article can be watched.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { suggestClaims, suggestRebuttals, type Attribution } from "@/lib/suggest";
import { suggestionDecisionSchema, type SuggestionDecisionInput } from "@/lib/validation/suggestion";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { findCurrentRevision, insertClaim, loadClaimDetail } from "./claims";
import { insertLink } from "./claim-links";
import type { ClaimDetail } from "./claim-view";

export type ClaimSuggestionView = {
  /** Stable within one response: "s1", "s2"… (rebuttal suggestions refer to these or to claim ids). */
  id: string;
  start: number;
  end: number;
  exact: string;
  actorId: string;
  actorName: string;
  confidence: number;
  reason: string;
  attribution: Attribution | null;
  relayedById: string | null;
};
export type RebuttalSuggestionView = { rebuttalId: string; targetId: string; confidence: number; reason: string };
export type SuggestionCounts = { accepted: number; rejected: number; actorChanged: number };
export type ArticleSuggestions = { revisionId: string; suggestions: ClaimSuggestionView[]; rebuttals: RebuttalSuggestionView[]; counts: SuggestionCounts };

// A suggestion that covers at least this share of an existing claim (or is mostly covered by it) is already tagged.
const ALREADY_TAGGED = 0.5;

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / Math.min(a.end - a.start, b.end - b.start);
}

export async function suggestionCounts(articleId: string): Promise<SuggestionCounts> {
  const groups = await getDb().suggestionDecision.groupBy({ by: ["outcome", "actorChanged"], where: { articleId }, _count: { _all: true } });
  const counts: SuggestionCounts = { accepted: 0, rejected: 0, actorChanged: 0 };
  for (const group of groups) {
    counts[group.outcome === "ACCEPTED" ? "accepted" : "rejected"] += group._count._all;
    if (group.actorChanged) counts.actorChanged += group._count._all;
  }
  return counts;
}

/** Suggestions for the article's current text, minus what is already tagged or was rejected for the same span and actor. */
export async function suggestForArticle(user: SessionUser, articleId: string): Promise<ArticleSuggestions> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  const revision = await findCurrentRevision(db, articleId);
  const [actors, claims, rejected] = await Promise.all([
    db.actor.findMany({ orderBy: { name: "asc" } }),
    db.claim.findMany({ where: { articleId, deletedAt: null, anchorStatus: { not: "ORPHANED" } }, select: { id: true, start: true, end: true, actorId: true } }),
    db.suggestionDecision.findMany({ where: { articleId, outcome: "REJECTED" }, select: { start: true, end: true, proposedActor: true } }),
  ]);
  const byName = new Map(actors.map((actor) => [actor.name, actor]));
  const found = suggestClaims(
    revision.text,
    actors.map((actor) => ({ name: actor.name, aliases: actor.aliases })),
  );
  const suggestions: ClaimSuggestionView[] = [];
  for (const suggestion of found) {
    const actor = byName.get(suggestion.actor);
    if (!actor) continue;
    if (claims.some((claim) => overlapShare(claim, suggestion) >= ALREADY_TAGGED)) continue;
    if (rejected.some((decision) => decision.start === suggestion.start && decision.end === suggestion.end && decision.proposedActor === actor.name)) continue;
    suggestions.push({
      id: `s${suggestions.length + 1}`,
      start: suggestion.start,
      end: suggestion.end,
      exact: revision.text.slice(suggestion.start, suggestion.end),
      actorId: actor.id,
      actorName: actor.name,
      confidence: suggestion.confidence,
      reason: suggestion.reason,
      attribution: suggestion.attribution ?? null,
      relayedById: (suggestion.relayedBy && byName.get(suggestion.relayedBy)?.id) || null,
    });
  }
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  const rebuttals = suggestRebuttals(revision.text, [
    ...claims.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end, actor: nameOf.get(claim.actorId) ?? "" })),
    ...suggestions.map((suggestion) => ({ id: suggestion.id, start: suggestion.start, end: suggestion.end, actor: suggestion.actorName })),
  ]);
  return { revisionId: revision.id, suggestions, rebuttals, counts: await suggestionCounts(articleId) };
}

export type SuggestionDecisionResult = { claim: ClaimDetail | null; counts: SuggestionCounts };

/**
 * Accepts (the claim is created, origin SUGGESTED, with a REBUTS link when `rebuts` names a claim of
 * this article) or rejects a suggestion; either way the decision is recorded, in one transaction.
 */
export async function decideSuggestion(user: SessionUser, articleId: string, input: SuggestionDecisionInput): Promise<SuggestionDecisionResult> {
  assertCan(user, "claim:create");
  const data = suggestionDecisionSchema.parse(input);
  const claimId = await getDb().$transaction(async (tx) => {
    const revision = await findCurrentRevision(tx, articleId);
    if (data.end > revision.text.length) throw new AppError("UNPROCESSABLE", `The range ${data.start}..${data.end} is outside the text (${revision.text.length} characters).`, { details: { field: "end" } });
    const proposed = await tx.actor.findUnique({ where: { id: data.proposedActorId } });
    if (!proposed) throw notFound("Actor");
    const exact = revision.text.slice(data.start, data.end);
    const shown = { articleId, userId: user.id, proposedActor: proposed.name, start: data.start, end: data.end, exact, reason: data.reason, confidence: data.confidence };
    if (data.outcome === "rejected") {
      await tx.suggestionDecision.create({ data: { ...shown, outcome: "REJECTED" } });
      await recordAudit(tx, { userId: user.id, entity: "Article", entityId: articleId, articleId, action: "reject-suggestion", after: { exact, proposedActor: proposed.name } });
      return null;
    }
    const actor = data.actorId === proposed.id ? proposed : await tx.actor.findUnique({ where: { id: data.actorId } });
    if (!actor) throw notFound("Actor");
    const relayedBy = data.relayedById ? await tx.actor.findUnique({ where: { id: data.relayedById } }) : null;
    if (data.relayedById && !relayedBy) throw notFound("Actor");
    const claim = await insertClaim(tx, user, revision, { start: data.start, end: data.end }, { actor, relayedBy, attribution: data.attribution, note: data.note, origin: "SUGGESTED" });
    if (data.rebuts) {
      const target = await tx.claim.findFirst({ where: { id: data.rebuts, articleId, deletedAt: null } });
      if (!target) throw notFound("Claim");
      await insertLink(tx, user, claim, target, { kind: "REBUTS" });
    }
    await tx.suggestionDecision.create({ data: { ...shown, outcome: "ACCEPTED", acceptedActor: actor.name, actorChanged: actor.id !== proposed.id, claimId: claim.id } });
    return claim.id;
  });
  const db = getDb();
  return { claim: claimId ? await loadClaimDetail(db, claimId) : null, counts: await suggestionCounts(articleId) };
}
