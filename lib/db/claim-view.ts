// The one read shape of a claim (API-CONVENTIONS): with its actor, links, evidence and verdict.
// Every function that returns a claim loads it with CLAIM_DETAIL_INCLUDE and maps it here.
import { toApiEnum } from "@/lib/domain/api-enums";
import type { EvidenceKind, Prisma, Stance } from "@/lib/generated/prisma/client";

export const CLAIM_DETAIL_INCLUDE = {
  actor: true,
  relayedBy: true,
  linksFrom: { orderBy: { createdAt: "asc" } },
  linksTo: { orderBy: { createdAt: "asc" } },
  evidence: { orderBy: { createdAt: "asc" } },
  verdict: { include: { rating: true } },
} satisfies Prisma.ClaimInclude;

type ClaimWithDetail = Prisma.ClaimGetPayload<{ include: typeof CLAIM_DETAIL_INCLUDE }>;

export type ClaimDetail = {
  id: string;
  articleId: string;
  actor: { id: string; name: string; color: string };
  relayedBy: { id: string; name: string } | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: string;
  /** The quote before the text changed under it ("was … now …"), until someone confirms the new place. */
  previousExact: string | null;
  attribution: string;
  note: string;
  origin: string;
  version: number;
  createdById: string;
  links: { id: string; kind: string; fromClaimId: string; toClaimId: string; note: string }[];
  evidence: { id: string; url: string; title: string; publisher: string; excerpt: string; kind: Lowercase<EvidenceKind>; stance: Lowercase<Stance>; retrievedAt: string | null }[];
  verdict: { id: string; status: string; rating: string | null; rationale: unknown; version: number; authorId: string; reviewerId: string | null } | null;
};

type LinkRow = { id: string; kind: string; fromClaimId: string; toClaimId: string; note: string };
type EvidenceRow = { id: string; url: string; title: string; publisher: string; excerpt: string; kind: EvidenceKind; stance: Stance; retrievedAt: Date | null };

export const toLinkView = (link: LinkRow): ClaimDetail["links"][number] => ({ id: link.id, kind: toApiEnum(link.kind), fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, note: link.note });

export const toEvidenceView = (item: EvidenceRow): ClaimDetail["evidence"][number] => ({
  id: item.id,
  url: item.url,
  title: item.title,
  publisher: item.publisher,
  excerpt: item.excerpt,
  kind: toApiEnum(item.kind),
  stance: toApiEnum(item.stance),
  retrievedAt: item.retrievedAt?.toISOString() ?? null,
});

export function toClaimDetail(claim: ClaimWithDetail): ClaimDetail {
  return {
    id: claim.id,
    articleId: claim.articleId,
    actor: { id: claim.actor.id, name: claim.actor.name, color: claim.actor.color },
    relayedBy: claim.relayedBy ? { id: claim.relayedBy.id, name: claim.relayedBy.name } : null,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    anchorStatus: toApiEnum(claim.anchorStatus),
    previousExact: claim.previousExact,
    attribution: toApiEnum(claim.attribution),
    note: claim.note,
    origin: toApiEnum(claim.origin),
    version: claim.version,
    createdById: claim.createdById,
    links: [...claim.linksFrom, ...claim.linksTo].map(toLinkView),
    evidence: claim.evidence.map(toEvidenceView),
    verdict: claim.verdict
      ? { id: claim.verdict.id, status: toApiEnum(claim.verdict.status), rating: claim.verdict.rating?.key ?? null, rationale: claim.verdict.rationale, version: claim.verdict.version, authorId: claim.verdict.authorId, reviewerId: claim.verdict.reviewerId }
      : null,
  };
}
