// Presetting a claim's attribution from where it sits in the text: a selection enclosed in
// quotation marks is a direct quote; anything else starts as a paraphrase. The journalist can change it.
import type { Attribution } from "./claim-types";

const OPENING = new Set(['"', "“", "«", "„", "‘", "'", "‹"]);
const CLOSING = new Set(['"', "”", "»", "“", "’", "'", "›"]);

export function guessAttribution(text: string, start: number, end: number): Attribution {
  let before = start - 1;
  while (before >= 0 && text[before] === " ") before--;
  let after = end;
  while (after < text.length && text[after] === " ") after++;
  const quotedOutside = before >= 0 && OPENING.has(text[before]) && after < text.length && (CLOSING.has(text[after]) || /[,.]/.test(text[after]) && CLOSING.has(text[after + 1] ?? ""));
  const exact = text.slice(start, end).trim();
  const quotedInside = exact.length > 1 && OPENING.has(exact[0]) && CLOSING.has(exact[exact.length - 1]);
  return quotedOutside || quotedInside ? "DIRECT_QUOTE" : "PARAPHRASE";
}

/** A selection with nothing but whitespace in it cannot be a claim. */
export function isBlankSelection(text: string, start: number, end: number): boolean {
  return text.slice(start, end).trim().length === 0;
}
