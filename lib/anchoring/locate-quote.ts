// Finds where a quote sits in a text, for claims created by quote rather than offsets (API, imports).
// Exact matches only; several matches are told apart by their 32-character context. Pure.
export type QuoteLocation = { status: "found"; start: number; end: number } | { status: "missing" } | { status: "ambiguous"; count: number };

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) found.push(index);
  return found;
}

/** Length of the common run between `context` and the text at the context's expected place. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  while (score < prefix.length && text[start - 1 - score] === prefix[prefix.length - 1 - score]) score++;
  let after = 0;
  while (after < suffix.length && text[end + after] === suffix[after]) after++;
  return score + after;
}

export function locateQuote(text: string, exact: string, context: { prefix?: string; suffix?: string } = {}): QuoteLocation {
  const found = occurrences(text, exact);
  if (found.length === 0) return { status: "missing" };
  if (found.length === 1) return { status: "found", start: found[0], end: found[0] + exact.length };
  const scored = found.map((start) => ({ start, score: contextScore(text, start, start + exact.length, context.prefix ?? "", context.suffix ?? "") })).sort((a, b) => b.score - a.score);
  if (scored[0].score === 0 || scored[0].score === scored[1].score) return { status: "ambiguous", count: found.length };
  return { status: "found", start: scored[0].start, end: scored[0].start + exact.length };
}
