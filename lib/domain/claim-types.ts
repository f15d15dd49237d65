// The claim vocabulary as the domain sees it (mirrors the enums of prisma/schema.prisma).
export type Attribution = "DIRECT_QUOTE" | "PARAPHRASE" | "ANONYMOUS_SOURCE" | "OUTLET_ASSERTION";
export type LinkKind = "REBUTS" | "SUPPORTS" | "QUALIFIES" | "SAME_CLAIM";

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  DIRECT_QUOTE: "Direct quote",
  PARAPHRASE: "Paraphrase",
  ANONYMOUS_SOURCE: "Anonymous source",
  OUTLET_ASSERTION: "Outlet's own assertion",
};

export const LINK_KIND_LABELS: Record<LinkKind, { from: string; to: string }> = {
  REBUTS: { from: "Rebuts", to: "Rebutted by" },
  SUPPORTS: { from: "Supports", to: "Supported by" },
  QUALIFIES: { from: "Qualifies", to: "Qualified by" },
  SAME_CLAIM: { from: "Same claim as", to: "Same claim as" },
};
