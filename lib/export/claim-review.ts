// schema.org ClaimReview (https://schema.org/ClaimReview, as fact-check search results read it):
// one review per APPROVED verdict, never a draft, whatever the export asked for.
import { toClaimReviewRating, type ClaimReviewRating } from "@/lib/domain/rating-scale";
import { isWebUrl, reportIris, type Report, type ReportActor, type ReportClaim, type ReportVerdict } from "./report";

export const SCHEMA_ORG_CONTEXT = "https://schema.org";

export type SchemaOrganization = { "@type": "Organization"; name: string; url?: string; parentOrganization?: SchemaOrganization };
export type SchemaPerson = { "@type": "Person"; name: string; affiliation?: SchemaOrganization };

export type SchemaNewsArticle = {
  "@type": "NewsArticle";
  headline: string;
  url?: string;
  datePublished?: string;
  inLanguage?: string;
  publisher?: SchemaOrganization;
};

export type SchemaClaim = {
  "@type": "Claim";
  author: SchemaOrganization | SchemaPerson;
  appearance: SchemaNewsArticle;
  firstAppearance: SchemaNewsArticle;
  datePublished?: string;
};

export type ClaimReview = {
  "@context"?: typeof SCHEMA_ORG_CONTEXT;
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: SchemaOrganization;
  reviewRating: ClaimReviewRating;
  itemReviewed: SchemaClaim;
};

export type ClaimReviewDocument = { "@context": typeof SCHEMA_ORG_CONTEXT; "@graph": Omit<ClaimReview, "@context">[] };

/** Every approved verdict of the article, in claim order. */
export function buildClaimReviews(report: Report): ClaimReview[] {
  return report.claims.flatMap((claim) => {
    const review = buildClaimReviewOf(report, claim);
    return review ? [review] : [];
  });
}

/** The review of one verdict, or null when it is not approved (or not in this report). */
export function buildClaimReview(report: Report, verdictId: string): ClaimReview | null {
  const claim = report.claims.find((candidate) => candidate.verdict?.id === verdictId);
  return claim ? buildClaimReviewOf(report, claim) : null;
}

/** All reviews in one file: one @context for a @graph of reviews. */
export function buildClaimReviewDocument(report: Report): ClaimReviewDocument {
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@graph": buildClaimReviews(report).map(({ "@context": _context, ...review }) => review),
  };
}

function buildClaimReviewOf(report: Report, claim: ReportClaim): ClaimReview | null {
  const verdict = claim.verdict;
  // A review without a rating says nothing a reader can use; the desk rates before approving.
  if (!verdict?.approved || !verdict.rating) return null;
  const appearance = buildAppearance(report);
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "ClaimReview",
    url: reportIris.claimInApp(report, claim.id),
    claimReviewed: verdict.claimSummary.trim() || claim.exact,
    datePublished: publishedDate(verdict),
    author: organization(report.publisher.name, report.publisher.url),
    reviewRating: toClaimReviewRating(verdict.rating),
    itemReviewed: {
      "@type": "Claim",
      author: buildSpeaker(claim.actor, claim.rollUpActor),
      appearance,
      // The article is the only appearance the desk recorded, so it is also the first one known.
      firstAppearance: appearance,
      ...(report.article.publishedAt ? { datePublished: report.article.publishedAt } : {}),
    },
  };
}

// The verdict was published when it was approved; an approved verdict always has decidedAt, and
// updatedAt (the approval is its last change) covers data approved before decidedAt existed.
function publishedDate(verdict: ReportVerdict): string {
  return verdict.decidedAt ?? verdict.updatedAt;
}

/**
 * The precise speaker as the claim's author, with the state it speaks for nested where schema.org
 * has a term for it (an organisation's parentOrganization, a person's affiliation) rather than as
 * a second author, which would say the state made the claim itself.
 */
function buildSpeaker(actor: ReportActor, rollUp: ReportActor): SchemaOrganization | SchemaPerson {
  const state = rollUp.id !== actor.id ? organization(rollUp.name, null) : null;
  if (actor.kind === "person") return { "@type": "Person", name: actor.name, ...(state ? { affiliation: state } : {}) };
  return { ...organization(actor.name, null), ...(state ? { parentOrganization: state } : {}) };
}

function buildAppearance(report: Report): SchemaNewsArticle {
  const { article } = report;
  const url = article.url;
  return {
    "@type": "NewsArticle",
    headline: article.title,
    ...(url !== null && isWebUrl(url) ? { url } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    ...(article.source.trim() ? { publisher: organization(article.source, null) } : {}),
  };
}

function organization(name: string, url: string | null): SchemaOrganization {
  return { "@type": "Organization", name, ...(url !== null && isWebUrl(url) ? { url } : {}) };
}
