// Size limits shared by every schema: one place to read what the app accepts.
export const LIMITS = {
  email: 254,
  personName: 120,
  passwordMin: 12,
  passwordMax: 200,
  tokenName: 80,
  cursor: 200,
  searchQuery: 200,
  /** Bytes of a JSON request body; larger bodies are refused with 413 before parsing. */
  jsonBodyBytes: 1_000_000,
  /** Bytes of an annotation collection posted to /import (thousands of annotations with context). */
  importBodyBytes: 8_000_000,
} as const;

/** Limits of the annotation model (articles, claims, links, evidence, actors). */
export const CONTENT_LIMITS = {
  title: 300,
  source: 200,
  url: 2000,
  language: 35,
  articleText: 200_000,
  claimQuote: 5_000,
  claimContext: 32,
  note: 5_000,
  evidenceTitle: 300,
  evidenceExcerpt: 10_000,
  publisher: 200,
  actorName: 120,
  actorAlias: 120,
  // Generous, because a merge adds one actor's name and aliases to another's (beyond this it is refused).
  actorAliases: 100,
  actorDescription: 2_000,
} as const;

/** Limits of verdicts and the rating scale. */
export const VERDICT_LIMITS = {
  /** ClaimReview's claimReviewed: one line that fits a search result. */
  claimSummary: 75,
  /** Characters of the rationale's plain text. */
  rationaleText: 20_000,
  /** Rebuttal links, and evidence items, one verdict may rely on. */
  reliesOn: 100,
  /** A reviewer's request for changes, or an admin's reason to reopen. */
  comment: 2_000,
  ratingKey: 40,
  ratingLabel: 40,
  ratingDefinition: 300,
} as const;
