// Loads the report object every export is built from (lib/export/report.ts): the article, its
// live claims with actors, links (both ends, other articles' claims named), evidence and verdicts,
// in one Prisma query, plus the small actor hierarchy for the roll-up and the desk's settings.
// The visibility rules live here, once: unapproved verdicts only when asked for, numbering in
// document order, deleted claims and articles never shown.
import { assertCan } from "@/lib/auth/permissions";
import { toApiEnum } from "@/lib/domain/api-enums";
import { rootActorId } from "@/lib/domain/actor-hierarchy";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { claimNumbers, inDocumentOrder } from "@/lib/domain/claim-order";
import type { SessionUser } from "@/lib/domain/roles";
import { docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { notFound } from "@/lib/errors/app-error";
import type { Report, ReportActor, ReportClaim, ReportLink, ReportVerdict } from "@/lib/export/report";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";
import { getDeskSettings } from "./desk-settings";
import { toEvidenceView } from "./claim-view";

/** A live claim at the far end of a link, possibly in another article. */
const LINKED_CLAIM = { select: { id: true, articleId: true, exact: true, deletedAt: true, actor: { select: { name: true } }, article: { select: { title: true, deletedAt: true } } } } as const;

const REPORT_INCLUDE = {
  currentRevision: true,
  claims: {
    where: { deletedAt: null },
    include: {
      actor: true,
      relayedBy: true,
      createdBy: { select: { name: true } },
      linksFrom: { orderBy: { createdAt: "asc" }, include: { toClaim: LINKED_CLAIM } },
      linksTo: { orderBy: { createdAt: "asc" }, include: { fromClaim: LINKED_CLAIM } },
      evidence: { orderBy: { createdAt: "asc" } },
      verdict: {
        include: {
          rating: true,
          author: { select: { name: true } },
          reviewer: { select: { name: true } },
          reliesOnLinks: { select: { id: true } },
          reliesOnEvidence: { select: { id: true } },
        },
      },
    },
  },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof REPORT_INCLUDE }>;
type ClaimRow = ArticleRow["claims"][number];
type ActorRow = ClaimRow["actor"];
type LinkedClaim = { id: string; articleId: string; exact: string; deletedAt: Date | null; actor: { name: string }; article: { title: string; deletedAt: Date | null } };
/** A link to a deleted claim, or to a claim of a deleted article, is not shown. */
const isLive = (claim: LinkedClaim) => claim.deletedAt === null && claim.article.deletedAt === null;

export type ReportOptions = { includeDrafts: boolean; baseUrl: string };

export async function loadReport(user: SessionUser, articleId: string, options: ReportOptions): Promise<Report> {
  assertCan(user, "export:read", {}, { hide: true });
  const db = getDb();
  const [article, hierarchy, settings] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, deletedAt: null }, include: REPORT_INCLUDE }),
    db.actor.findMany(),
    getDeskSettings(user),
  ]);
  if (!article || !article.currentRevision) throw notFound("Article");

  const actorsById = new Map(hierarchy.map((actor) => [actor.id, actor]));
  const toActor = (actor: ActorRow): ReportActor => ({ id: actor.id, name: actor.name, color: actor.color, label: actorShortLabel(actor.name), kind: toApiEnum(actor.kind) });
  const rollUp = (actor: ActorRow) => toActor(actorsById.get(rootActorId(hierarchy, actor.id)) ?? actor);

  const ordered = inDocumentOrder(article.claims);
  const numbers = claimNumbers(ordered);
  const inArticle = new Set(ordered.map((claim) => claim.id));
  const claims: ReportClaim[] = ordered.map((claim) => ({
    id: claim.id,
    number: numbers.get(claim.id)!,
    actor: toActor(claim.actor),
    rollUpActor: rollUp(claim.actor),
    relayedBy: claim.relayedBy ? toActor(claim.relayedBy) : null,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    anchorStatus: toApiEnum(claim.anchorStatus),
    attribution: toApiEnum(claim.attribution),
    note: claim.note,
    createdByName: claim.createdBy.name,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    links: [
      ...claim.linksFrom.flatMap((link) => (isLive(link.toClaim) ? [toReportLink(link, link.toClaim, inArticle)] : [])),
      ...claim.linksTo.flatMap((link) => (isLive(link.fromClaim) ? [toReportLink(link, link.fromClaim, inArticle)] : [])),
    ].sort((a, b) => a.createdAt - b.createdAt || a.link.id.localeCompare(b.link.id)).map((entry) => entry.link),
    evidence: claim.evidence.map(toEvidenceView),
    verdict: visibleVerdict(claim.verdict, options.includeDrafts),
  }));

  const actors: ReportActor[] = [];
  for (const claim of claims) {
    for (const actor of [claim.rollUpActor, claim.actor]) if (!actors.some((seen) => seen.id === actor.id)) actors.push(actor);
  }

  return {
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      language: article.language,
      revision: { id: article.currentRevision.id, number: article.currentRevision.number },
      text: article.currentRevision.text,
      body: article.currentRevision.body as DocNode,
    },
    claims,
    actors,
    exportedAt: new Date().toISOString(),
    exportedBy: { name: user.name },
    includesDrafts: options.includeDrafts,
    publisher: { name: settings.publisherName, url: settings.publisherUrl },
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
  };
}

function toReportLink(link: { id: string; kind: string; fromClaimId: string; toClaimId: string; note: string; createdAt: Date }, other: LinkedClaim, inArticle: Set<string>) {
  const reportLink: ReportLink = {
    id: link.id,
    kind: toApiEnum(link.kind) as ReportLink["kind"],
    fromClaimId: link.fromClaimId,
    toClaimId: link.toClaimId,
    note: link.note,
    external: inArticle.has(other.id) ? null : { claimId: other.id, articleId: other.articleId, articleTitle: other.article.title, actorName: other.actor.name, exact: other.exact },
  };
  return { link: reportLink, createdAt: link.createdAt.getTime() };
}

/** The rule of every export: an unapproved verdict appears only when drafts were asked for, and then says so. */
function visibleVerdict(verdict: ClaimRow["verdict"], includeDrafts: boolean): ReportVerdict | null {
  if (!verdict) return null;
  const approved = verdict.status === "APPROVED";
  if (!approved && !includeDrafts) return null;
  const rationale = (verdict.rationale as DocNode | null) ?? null;
  return {
    id: verdict.id,
    status: toApiEnum(verdict.status),
    approved,
    claimSummary: verdict.claimSummary,
    rating: verdict.rating ? { key: verdict.rating.key, label: verdict.rating.label, color: verdict.rating.color, definition: verdict.rating.definition, ratingValue: verdict.rating.ratingValue } : null,
    rationale,
    rationaleText: rationale ? docToCanonicalText(rationale) : "",
    authorName: verdict.author.name,
    reviewerName: verdict.reviewer?.name ?? null,
    decidedAt: verdict.decidedAt?.toISOString() ?? null,
    createdAt: verdict.createdAt.toISOString(),
    updatedAt: verdict.updatedAt.toISOString(),
    reliesOnLinkIds: verdict.reliesOnLinks.map((link) => link.id),
    reliesOnEvidenceIds: verdict.reliesOnEvidence.map((item) => item.id),
  };
}
