// Re-anchoring a stored selector in a changed text (issue 8's contract): `exact` when the stored
// offsets still hold the quote, `moved` when the quote is found verbatim elsewhere and its context
// tells the occurrences apart, else `orphaned` (start/end absent). There is no fuzzy matching yet:
// an edited quote is orphaned, never placed on words that merely look alike. Pure.
import { locateQuote } from "./locate-quote";
import type { TextSelector } from "./text-selector";

export type AnchorResult = { status: "exact" | "moved" | "fuzzy" | "orphaned"; start?: number; end?: number; score?: number };

export function anchor(text: string, selector: TextSelector): AnchorResult {
  const { exact, start, end } = selector;
  if (!exact) return { status: "orphaned" };
  if (text.slice(start, end) === exact) return { status: "exact", start, end, score: 1 };
  const found = locateQuote(text, exact, { prefix: selector.prefix, suffix: selector.suffix });
  if (found.status === "found") return { status: "moved", start: found.start, end: found.end, score: 1 };
  return { status: "orphaned" };
}
