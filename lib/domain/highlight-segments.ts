// Splits a text into runs covered by the same set of claim ranges, so overlapping and nested
// claims can all be shown. Pure; used by the read view and, later, the report export.

export type Range = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; text: string; ids: string[] };

/** Paragraphs of the canonical text (blocks separated by a blank line) with their offsets. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const next = text.indexOf("\n\n", start);
    const end = next === -1 ? text.length : next;
    if (end > start) ranges.push({ start, end });
    if (next === -1) return ranges;
    start = next + 2;
  }
}

/** The segments of text[from, to) with the ids of the ranges covering each, in order. */
export function highlightSegments(text: string, allRanges: Range[], from = 0, to = text.length): Segment[] {
  // Only the ranges touching [from, to): a paragraph of a long article meets few of its claims.
  const ranges = allRanges.filter((range) => range.start < to && range.end > from);
  const cuts = new Set([from, to]);
  for (const range of ranges) {
    if (range.start > from && range.start < to) cuts.add(range.start);
    if (range.end > from && range.end < to) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index];
    const end = points[index + 1];
    const ids = ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.id);
    segments.push({ start, end, text: text.slice(start, end), ids });
  }
  return segments;
}
