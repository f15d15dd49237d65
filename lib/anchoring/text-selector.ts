// TextQuote + TextPosition selectors (W3C Web Annotation), as hypothesis/client stores them:
// the exact quote with 32 characters of context each side, and offsets in the canonical text.
// Pure. (Re-anchoring after the text changes, `anchor()`, builds on this.)

export type TextSelector = { exact: string; prefix: string; suffix: string; start: number; end: number };

export const CONTEXT_LENGTH = 32;

export function describeRange(text: string, start: number, end: number): TextSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}..${end} for a text of ${text.length} characters.`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
