// Placing a claim through the diff of the revision it was made on and the new one (text-alignment):
// when its characters are still there, the claim goes with them; when some were edited, it covers
// what they became, provided most of the quote survived the diff and the result still reads like
// it. Anything less certain returns null and is left to the selectors (anchor.ts), which never guess.
// Pure.
import { editDistance, findApproximate, similarity } from "./fuzzy-match";
import { segmentAt, segmentBefore, type Segment, type TextAlignment } from "./text-alignment";
import type { NormalisedText } from "./text-normalise";
import { snapToWords } from "./word-boundary";

/** `deleted`: the diff shows the quote's characters removed (or rewritten beyond a quarter). */
export type AlignedPlacement = { start: number; end: number; verbatim: boolean; quote: number } | { deleted: true };

type Inputs = {
  alignment: TextAlignment;
  text: string;
  normalised: NormalisedText;
  /** The claim's offsets in the old text, which still hold its quote there. */
  start: number;
  end: number;
  exact: string;
  /** The quote in matching form. */
  quote: string;
  boundaries: { start: boolean; end: boolean };
  quoteMinimum: number;
};

// At least this share of the quote's characters must be shared text on the diff's path...
const MIN_SURVIVING = 0.6;
// Below this share kept, the quote was deleted or rewritten.
const MOSTLY_GONE = 0.25;
// ...and with this share kept (words inserted into it, say) it is the quote however much it grew.
const ALL_SURVIVING = 0.9;
// Past this much growth the edited span is no longer "the quote, edited".
const MAX_GROWTH = 2;

/** The segments that speak for [start, end): a moved paragraph's own when the claim lies in one, else the ordered ones. */
function segmentsFor(alignment: TextAlignment, start: number, end: number): Segment[] {
  const block = alignment.moved.find((candidate) => candidate.old.start <= start && end <= candidate.old.end);
  return block ? block.segments : alignment.ordered;
}

/** Where old offset `at` lands: inside or at the edge of a segment exactly; in a gap, at the gap's new start (`side` -1) or end (+1). */
function mapOffset(segments: Segment[], at: number, side: -1 | 1, textLength: number): number {
  const index = segmentBefore(segments, at);
  const segment = index === -1 ? null : segments[index];
  if (segment && at <= segment.from + segment.length) return segment.to + (at - segment.from);
  if (side === -1) return segment ? segment.to + segment.length : 0;
  const following = segments[index + 1];
  return following ? following.to : textLength;
}

function surviving(segments: Segment[], start: number, end: number): number {
  let shared = 0;
  for (let index = Math.max(0, segmentBefore(segments, start)); index < segments.length && segments[index].from < end; index++) {
    const segment = segments[index];
    shared += Math.max(0, Math.min(end, segment.from + segment.length) - Math.max(start, segment.from));
  }
  return shared / (end - start);
}

function quoteSimilarity(inputs: Inputs, start: number, end: number): number {
  const { normalised, quote } = inputs;
  const matched = normalised.text.slice(normalised.fromOriginal[start], normalised.fromOriginal[end]);
  return similarity(editDistance(quote, matched), quote.length);
}

export function placeThroughAlignment(inputs: Inputs): AlignedPlacement | null {
  const { alignment, text, start, end, exact } = inputs;
  const segments = segmentsFor(alignment, start, end);
  const kept = surviving(segments, start, end);
  // The diff pairs moved paragraphs and sentences: a quote it lost is not elsewhere under other context.
  if (kept < MOSTLY_GONE) return { deleted: true };
  const holding = segmentAt(segments, start);
  const whole = holding === -1 ? null : segments[holding];
  if (whole && whole.from + whole.length >= end) {
    const to = whole.to + (start - whole.from);
    return text.slice(to, to + exact.length) === exact ? { start: to, end: to + exact.length, verbatim: true, quote: 1 } : null;
  }
  if (kept < MIN_SURVIVING) return null;
  const from = mapOffset(segments, start, -1, text.length);
  const to = mapOffset(segments, end, 1, text.length);
  if (to <= from || to - from > MAX_GROWTH * exact.length + 16) return null;
  let span = snapToWords(text, from, to, exact, inputs.boundaries);
  if (span.end <= span.start) return null;
  let quote = quoteSimilarity(inputs, span.start, span.end);
  if (quote < inputs.quoteMinimum && kept < ALL_SURVIVING) {
    // The gap the diff left around an edited end may hold more than the quote's words: look inside it.
    const { normalised } = inputs;
    const maxDistance = Math.floor(inputs.quote.length * (1 - inputs.quoteMinimum));
    const found = findApproximate(inputs.quote, normalised.text, normalised.fromOriginal[from], normalised.fromOriginal[to], maxDistance);
    if (!found || found.end <= found.start) return null;
    span = snapToWords(text, normalised.startOf[found.start], normalised.endOf[found.end - 1], exact, inputs.boundaries);
    if (span.end <= span.start) return null;
    quote = quoteSimilarity(inputs, span.start, span.end);
    if (quote < inputs.quoteMinimum) return null;
  }
  const verbatim = text.slice(span.start, span.end) === exact;
  return { start: span.start, end: span.end, verbatim, quote: verbatim ? 1 : quote };
}
