// Trimming a reported statement to the words claimed: no sentence-final punctuation, no quote marks
// around a statement that is wholly a quote, and splitting "said A and that B" into A and B.

export type Span = { start: number; end: number };

const OPEN_TO_CLOSE: Record<string, string> = { '"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'" };

// "…, a charge Ukraine denies": the journalist's aside about the statement, not part of it.
const TRAILING_ASIDE = /,\s+(?:a|an)\s+(?:charge|claim|accusation|allegation|version|assertion)s?\s+(?:that\s+|which\s+)?[A-Z][^,]*$/;

/** The span without surrounding blanks and trailing punctuation; `quoted` when it was one quotation. */
export function trimStatement(text: string, span: Span): Span & { quoted: boolean } {
  let { start, end } = span;
  const aside = text.slice(start, end).match(TRAILING_ASIDE);
  if (aside) end = start + (aside.index ?? 0);
  const shrinkEnd = (): void => {
    while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  };
  while (start < end && /[\s,:;]/.test(text[start])) start++;
  shrinkEnd();
  const close = OPEN_TO_CLOSE[text[start]];
  if (close && end - start > 2) {
    // The quotation's own closing mark, possibly before a comma or full stop already trimmed.
    const closing = findClosing(text, start, end, close);
    if (closing === end - 1) {
      start++;
      end = closing;
      shrinkEnd();
      while (start < end && /\s/.test(text[start])) start++;
      return { start, end, quoted: true };
    }
  }
  // An unbalanced closing mark at the end belongs to a quote that opened before the statement.
  if (/["”»]/.test(text[end - 1] ?? "") && countQuotes(text.slice(start, end)) % 2 === 1) {
    end--;
    shrinkEnd();
  }
  return { start, end, quoted: false };
}

function findClosing(text: string, start: number, end: number, close: string): number {
  for (let index = start + 1; index < end; index++) {
    if (text[index] !== close) continue;
    // An apostrophe inside a word (Ukraine’s) does not close a single-quoted statement.
    if ((close === "’" || close === "'") && /\p{L}/u.test(text[index + 1] ?? "")) continue;
    return index;
  }
  return -1;
}

function countQuotes(text: string): number {
  const straight = (text.match(/"/g) ?? []).length;
  const opening = (text.match(/[“«]/g) ?? []).length;
  const closing = (text.match(/[”»]/g) ?? []).length;
  return straight + Math.abs(opening - closing);
}

// ", and that …", ", adding that …", "and also …", ", and denounced …": a second statement by the same speaker.
const SECOND_STATEMENT = /,?\s+(?:and|but)\s+(?:also\s+)?that\s+|,\s+adding\s+that\s+|\s+and\s+also\s+(?=["“«])|,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:emphasi[sz]e[sd]|underline[sd]|state[sd]|recalle?d?s?|accuse[sd]|denounce[sd]|denie[sd]|sa(?:id|ys)|warn(?:ed|s)|insist(?:ed|s)|call(?:ed|s)|claim(?:ed|s)|condemn(?:ed|s)|stress(?:ed|es)|add(?:ed|s)|describe[sd]|dismiss(?:ed|es)|allege[sd]|note[sd]|argue[sd]|reject(?:ed|s))\b)|,\s+(?:noting|saying|insisting|warning|stressing|arguing|claiming)\s+that\s+|,\s+(?=(?:dismisse[sd]|denie[sd]|reject(?:ed|s)|accuse[sd]|insist(?:ed|s)|warn(?:ed|s)|stress(?:ed|es))\s)/g;

/** Splits a statement where a coordinated "and that …" starts another one, outside quotation marks. */
export function splitCoordinated(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  for (const match of slice.matchAll(SECOND_STATEMENT)) {
    const at = match.index ?? 0;
    if (countQuotes(slice.slice(0, at)) % 2 === 1) continue;
    parts.push({ start: span.start + from, end: span.start + at });
    from = at + match[0].length;
  }
  parts.push({ start: span.start + from, end: span.end });
  return parts;
}
