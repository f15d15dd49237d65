// The default rating scale, as data: the seed writes it to the Rating table, where admins may
// rename labels and edit definitions. ratingValue maps to schema.org ClaimReview (1 worst .. 5 best).

export type RatingSeed = { key: string; label: string; definition: string; color: string; ratingValue: number | null; position: number };

export const CLAIM_REVIEW_SCALE = { worstRating: 1, bestRating: 5 } as const;

export const DEFAULT_RATINGS: RatingSeed[] = [
  { key: "true", label: "True", definition: "The statement is accurate and nothing significant is missing.", color: "#15803d", ratingValue: 5, position: 1 },
  { key: "mostly-true", label: "Mostly true", definition: "Accurate, but needs clarification or additional information.", color: "#4d7c0f", ratingValue: 4, position: 2 },
  { key: "mixed", label: "Mixed", definition: "Partly accurate, partly not; it leaves out important details.", color: "#a16207", ratingValue: 3, position: 3 },
  { key: "mostly-false", label: "Mostly false", definition: "Contains an element of truth but ignores facts that would give a different impression.", color: "#c2410c", ratingValue: 2, position: 4 },
  { key: "false", label: "False", definition: "The statement is not accurate.", color: "#b91c1c", ratingValue: 1, position: 5 },
  { key: "unverifiable", label: "Unverifiable", definition: "The available evidence can neither confirm nor refute it.", color: "#475569", ratingValue: null, position: 6 },
];

/** A rating as ClaimReview's reviewRating needs it (the Rating row or a RatingSeed both fit). */
export type RatingForClaimReview = { label: string; ratingValue: number | null };

export type ClaimReviewRating = {
  "@type": "Rating";
  ratingValue?: number;
  worstRating: typeof CLAIM_REVIEW_SCALE.worstRating;
  bestRating: typeof CLAIM_REVIEW_SCALE.bestRating;
  alternateName: string;
};

/**
 * schema.org ClaimReview `reviewRating`: the numeric value on the 1..5 scale when the rating has one
 * (Unverifiable has none, so ratingValue is left out rather than invented), and the desk's label as
 * alternateName, which is what readers and search engines show.
 */
export function toClaimReviewRating(rating: RatingForClaimReview): ClaimReviewRating {
  return {
    "@type": "Rating",
    ...(rating.ratingValue !== null ? { ratingValue: rating.ratingValue } : {}),
    worstRating: CLAIM_REVIEW_SCALE.worstRating,
    bestRating: CLAIM_REVIEW_SCALE.bestRating,
    alternateName: rating.label,
  };
}
