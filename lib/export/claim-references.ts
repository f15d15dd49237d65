// Who is at the other end of a claim's link, as every export that lists links in words needs it:
// the label read from this claim's end ("Rebutted by"), and the other claim's number, speaker and
// quote, or the other article's title for a claim that lives elsewhere. The builders only format.
import type { Report, ReportClaim, ReportLink } from "./report";
import { linkLabelFor, type LinkDirection } from "./report-labels";

/**
 * The claim at the far end of a link: in this report (its footnote number), or in another article
 * (that article's title, and no number: numbers only mean something within one report).
 */
export type ReferencedClaim = { actorName: string; exact: string } & ({ number: number; externalArticleTitle: null } | { number: null; externalArticleTitle: string });

export type ClaimReference = {
  /** "Rebuts", "Rebutted by", "Same claim as" ...: the link read from this claim's end. */
  label: string;
  /** Which end of the link this claim is at. */
  direction: LinkDirection;
  /** Null when the other claim is neither in this report nor described as another article's. */
  other: ReferencedClaim | null;
};

/** The reference of one of `claim`'s links. */
export type ClaimReferenceResolver = (claim: ReportClaim, link: ReportLink) => ClaimReference;

/** Looks up link ends in `report`, with its claims indexed once for all the links a builder lists. */
export function createClaimReferenceResolver(report: Report): ClaimReferenceResolver {
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  return (claim, link) => {
    const direction: LinkDirection = link.fromClaimId === claim.id ? "from" : "to";
    const label = linkLabelFor(link, claim.id);
    if (link.external) {
      const { actorName, exact, articleTitle } = link.external;
      return { label, direction, other: { number: null, actorName, exact, externalArticleTitle: articleTitle } };
    }
    const other = claimsById.get(direction === "from" ? link.toClaimId : link.fromClaimId);
    return { label, direction, other: other ? { number: other.number, actorName: other.actor.name, exact: other.exact, externalArticleTitle: null } : null };
  };
}
