// Presetting a claim's attribution from where it sits in the text: a selection enclosed in
// quotation marks is a direct quote; anything else starts as a paraphrase. The journalist can change it.
import type { Attribution } from "./claim-types";

const OPENING = new Set(['"', "“", "«", "„", "‘", "'", "‹"]);
const CLOSING = new Set(['"', "”", "»", "“", "’", "'", "›"]);

/** Whether `offset` lies inside a quotation opened earlier in the same paragraph. */
function insideQuotation(text: string, paragraphStart: number, offset: number): boolean {
  let open = false;
  for (let index = paragraphStart; index < offset; index++) {
    const char = text[index];
    if (char === '"') open = !open;
    else if (char === "“" || char === "«" || char === "„") open = true;
    else if (char === "”" || char === "»") open = false;
  }
  return open;
}

export function guessAttribution(text: string, start: number, end: number): Attribution {
  const paragraphStart = text.lastIndexOf("\n\n", start) + 1;
  const paragraphEnd = text.indexOf("\n\n", end) === -1 ? text.length : text.indexOf("\n\n", end);
  const exact = text.slice(start, end).trim();
  const quotedInside = exact.length > 1 && OPENING.has(exact[0]) && CLOSING.has(exact[exact.length - 1]);
  // Inside a quotation that opens before the selection and closes after it, in the same paragraph.
  const closesAfter = /["”»]/.test(text.slice(end, paragraphEnd));
  const quotedAround = insideQuotation(text, paragraphStart, start) && !/["”»]/.test(exact) && closesAfter;
  let before = start - 1;
  while (before >= 0 && text[before] === " ") before--;
  let after = end;
  while (after < text.length && text[after] === " ") after++;
  const quotedOutside = before >= 0 && OPENING.has(text[before]) && after < text.length && (CLOSING.has(text[after]) || (/[,.]/.test(text[after]) && CLOSING.has(text[after + 1] ?? "")));
  return quotedInside || quotedAround || quotedOutside ? "DIRECT_QUOTE" : "PARAPHRASE";
}

/** A selection with nothing but whitespace in it cannot be a claim. */
export function isBlankSelection(text: string, start: number, end: number): boolean {
  return text.slice(start, end).trim().length === 0;
}
