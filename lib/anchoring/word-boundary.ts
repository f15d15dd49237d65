// Trims an approximate match to word boundaries in the original text, so a fuzzy claim covers whole
// edited words (never half of a replaced word, never a dangling space) and starts and ends on whole
// code points. Only the ends the stored quote itself had on a boundary are snapped: a quote that
// was selected from the middle of a word keeps that freedom. Pure.

const WORD = /[\p{L}\p{N}\p{M}]/u;
// A replaced word longer than this is not a word the match half-covers; leave the end alone.
const MAX_STRETCH = 24;

function codePointAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return "";
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  const isPair = (low & 0xfc00) === 0xdc00 && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return isPair ? text.slice(index - 2, index) : text[index - 1];
}

function isWord(codePoint: string): boolean {
  return codePoint !== "" && WORD.test(codePoint);
}

function isSpace(codePoint: string): boolean {
  return codePoint !== "" && /\s/u.test(codePoint);
}

/** Which ends of the stored quote sat on a word boundary when it was selected. */
export function quoteBoundaries(exact: string, prefix: string, suffix: string): { start: boolean; end: boolean } {
  const first = codePointAt(exact, 0);
  const last = codePointBefore(exact, exact.length);
  return {
    start: !isWord(first) || !isWord(codePointBefore(prefix, prefix.length)),
    end: !isWord(last) || !isWord(codePointAt(suffix, 0)),
  };
}

export function snapToWords(text: string, start: number, end: number, exact: string, boundaries: { start: boolean; end: boolean }): { start: number; end: number } {
  let from = start;
  let to = end;
  if (!isSpace(codePointAt(exact, 0))) while (from < to && isSpace(codePointAt(text, from))) from += codePointAt(text, from).length;
  if (!isSpace(codePointBefore(exact, exact.length))) while (to > from && isSpace(codePointBefore(text, to))) to -= codePointBefore(text, to).length;
  if (boundaries.start && isWord(codePointAt(text, from))) {
    let widened = from;
    while (widened > 0 && from - widened <= MAX_STRETCH && isWord(codePointBefore(text, widened))) widened -= codePointBefore(text, widened).length;
    if (!isWord(codePointBefore(text, widened))) from = widened;
  }
  if (boundaries.end && isWord(codePointBefore(text, to))) {
    let widened = to;
    while (widened < text.length && widened - to <= MAX_STRETCH && isWord(codePointAt(text, widened))) widened += codePointAt(text, widened).length;
    if (!isWord(codePointAt(text, widened))) to = widened;
  }
  return { start: from, end: to };
}
