// Which characters of a revised text are the same characters as in the text before it: a diff of
// the two revisions, paragraph by paragraph, then sentence by sentence inside changed paragraphs,
// then character by character inside changed sentences (each level only where the one above found
// a change, so a 100,000-character article with scattered corrections costs milliseconds, and no
// level runs on more than it can do quickly). Changed paragraphs that repeat another's sentences are
// paired first: a paragraph that moved (and maybe was edited too) is followed to its new place.
// Re-anchoring uses it when the previous revision is at hand: a claim inside unchanged characters
// follows them with certainty, however often its words recur elsewhere. Pure and deterministic (no
// time-based cut-offs).
import DiffMatchPatch from "diff-match-patch";

/** `length` characters at `from` in the old text are the same characters at `to` in the new one. */
export type Segment = { from: number; to: number; length: number };
type Range = { start: number; end: number };
/** A paragraph that moved (edited or not): its old range and its own segments, in order. */
export type MovedBlock = { old: Range; segments: Segment[] };
/** `ordered`: segments in the order of both texts, sorted; `moved`: paragraphs found elsewhere. */
export type TextAlignment = { ordered: Segment[]; moved: MovedBlock[] };

// Character-level diff only between changed sentences this long at most (per side): O(N·D) stays small.
const MAX_CHARACTER_DIFF = 4000;
// Unit-level diffs encode each distinct unit as one UTF-16 unit below the surrogate range.
const MAX_DISTINCT_UNITS = 0xd000;
// Sentences shorter than this are too likely to recur ("He denied it.") to pair paragraphs by.
const MIN_PAIRING_SENTENCE = 24;
// A changed paragraph pairs with one elsewhere that repeats this share of its sentences verbatim.
const MIN_PAIRING_SHARE = 0.5;

const DIFF_EQUAL = 0;
const DIFF_DELETE = -1;
const DIFF_INSERT = 1;

function differ(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  // No deadline: every input below is bounded, and a time-based cut-off would make results vary.
  dmp.Diff_Timeout = 0;
  return dmp;
}

/** Paragraphs, each with its trailing line breaks. */
function paragraphs(text: string): Range[] {
  const found: Range[] = [];
  let start = 0;
  for (let at = 1; at <= text.length; at++) {
    if (at === text.length || (text.charCodeAt(at - 1) === 10 && text.charCodeAt(at) !== 10)) {
      if (at > start) found.push({ start, end: at });
      start = at;
    }
  }
  return found;
}

const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019\u00BB)\]]*\s+/g;

/** The sentences of a range, each with the spaces after it. */
function sentences(text: string, range: Range): Range[] {
  const found: Range[] = [];
  let start = range.start;
  for (const match of text.slice(range.start, range.end).matchAll(SENTENCE_END)) {
    const at = range.start + (match.index ?? 0) + match[0].length;
    if (at > start && at < range.end) {
      found.push({ start, end: at });
      start = at;
    }
  }
  if (range.end > start) found.push({ start, end: range.end });
  return found;
}

/** `normalise`: the matching form units are compared in, so that a unit only retyped (quote marks, case, spacing) pairs with itself. */
type Context = { dmp: DiffMatchPatch; before: string; after: string; normalise: (text: string) => string };

function pushSegment(segments: Segment[], from: number, to: number, length: number): void {
  if (length <= 0) return;
  const last = segments[segments.length - 1];
  if (last && last.from + last.length === from && last.to + last.length === to) last.length += length;
  else segments.push({ from, to, length });
}

function contiguous(list: Range[]): boolean {
  return list.every((range, index) => index === 0 || list[index - 1].end === range.start);
}

/** A changed run of sentences against another, character by character (only contiguous, bounded runs). */
function alignCharacters(context: Context, old: Range[], next: Range[], out: Segment[]): void {
  if (!old.length || !next.length || !contiguous(old) || !contiguous(next)) return;
  const oldRange = { start: old[0].start, end: old[old.length - 1].end };
  const newRange = { start: next[0].start, end: next[next.length - 1].end };
  if (oldRange.end - oldRange.start > MAX_CHARACTER_DIFF || newRange.end - newRange.start > MAX_CHARACTER_DIFF) return;
  const { dmp } = context;
  const diffs = dmp.diff_main(context.before.slice(oldRange.start, oldRange.end), context.after.slice(newRange.start, newRange.end), false);
  // Drops the chance equalities between unrelated words ("the", "ed "): what is kept is shared text.
  dmp.diff_cleanupSemantic(diffs);
  let from = oldRange.start;
  let to = newRange.start;
  for (const [operation, part] of diffs) {
    if (operation === DIFF_EQUAL) pushSegment(out, from, to, part.length);
    if (operation !== DIFF_INSERT) from += part.length;
    if (operation !== DIFF_DELETE) to += part.length;
  }
}

type Gap = { old: Range[]; next: Range[] };

/**
 * Diffs two lists of units (each distinct matching form one symbol), records identical units in
 * `out`, hands units equal only in matching form to `retyped`, and returns the changed runs.
 */
function diffUnits(context: Context, old: Range[], next: Range[], out: Segment[], retyped: (old: Range, next: Range) => void): Gap[] {
  const codes = new Map<string, string>();
  const encode = (text: string, list: Range[]): string | null => {
    let encoded = "";
    for (const unit of list) {
      const key = context.normalise(text.slice(unit.start, unit.end));
      let code = codes.get(key);
      if (code === undefined) {
        if (codes.size >= MAX_DISTINCT_UNITS) return null;
        code = String.fromCharCode(codes.size + 1);
        codes.set(key, code);
      }
      encoded += code;
    }
    return encoded;
  };
  const encodedOld = encode(context.before, old);
  const encodedNew = encode(context.after, next);
  if (encodedOld === null || encodedNew === null) return [];
  const gaps: Gap[] = [];
  let gap: Gap = { old: [], next: [] };
  let oldIndex = 0;
  let newIndex = 0;
  for (const [operation, part] of context.dmp.diff_main(encodedOld, encodedNew, false)) {
    const count = part.length;
    if (operation === DIFF_EQUAL) {
      if (gap.old.length || gap.next.length) gaps.push(gap);
      gap = { old: [], next: [] };
      for (let index = 0; index < count; index++) {
        const [was, now] = [old[oldIndex + index], next[newIndex + index]];
        if (context.before.slice(was.start, was.end) === context.after.slice(now.start, now.end)) pushSegment(out, was.start, now.start, was.end - was.start);
        else retyped(was, now);
      }
      oldIndex += count;
      newIndex += count;
    } else if (operation === DIFF_DELETE) {
      gap.old.push(...old.slice(oldIndex, oldIndex + count));
      oldIndex += count;
    } else {
      gap.next.push(...next.slice(newIndex, newIndex + count));
      newIndex += count;
    }
  }
  if (gap.old.length || gap.next.length) gaps.push(gap);
  return gaps;
}

/** Changed paragraphs, sentence by sentence, then changed sentences character by character. */
function alignSentences(context: Context, old: Range[], next: Range[], out: Segment[]): void {
  const oldSentences = old.flatMap((range) => sentences(context.before, range));
  const newSentences = next.flatMap((range) => sentences(context.after, range));
  const byCharacter = (old: Range[], next: Range[]): void => alignCharacters(context, old, next, out);
  for (const gap of diffUnits(context, oldSentences, newSentences, out, (was, now) => byCharacter([was], [now]))) byCharacter(gap.old, gap.next);
}

/**
 * Changed paragraphs of the old text paired with changed paragraphs of the new one that repeat at
 * least half of them in verbatim sentences found nowhere else among the changed ones: the same
 * paragraph, moved or edited. Pairing first keeps a moved paragraph's sentences from being diffed
 * against a look-alike sentence that happens to stand where it stood.
 */
function pairParagraphs(context: Context, old: Range[], next: Range[]): [Range, Range][] {
  const sentenceIndex = (text: string, list: Range[]): Map<string, number[]> => {
    const index = new Map<string, number[]>();
    list.forEach((paragraph, position) => {
      for (const sentence of sentences(text, paragraph)) {
        const key = context.normalise(text.slice(sentence.start, sentence.end)).trim();
        if (key.length >= MIN_PAIRING_SENTENCE) index.set(key, [...(index.get(key) ?? []), position]);
      }
    });
    return index;
  };
  const oldIndex = sentenceIndex(context.before, old);
  const newIndex = sentenceIndex(context.after, next);
  // shared[oldPosition] = Map(newPosition -> characters of unique shared sentences)
  const shared = old.map(() => new Map<number, number>());
  for (const [key, olds] of oldIndex) {
    const news = newIndex.get(key);
    if (olds.length !== 1 || news?.length !== 1) continue;
    shared[olds[0]].set(news[0], (shared[olds[0]].get(news[0]) ?? 0) + key.length);
  }
  const best = (scores: Map<number, number>): [number, number] | null => [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? null;
  const pairs: [Range, Range][] = [];
  const taken = new Set<number>();
  shared.forEach((scores, oldPosition) => {
    const top = best(scores);
    if (!top || taken.has(top[0])) return;
    const paragraph = old[oldPosition];
    const length = context.before.slice(paragraph.start, paragraph.end).trim().length;
    if (top[1] < MIN_PAIRING_SHARE * length) return;
    taken.add(top[0]);
    pairs.push([paragraph, next[top[0]]]);
  });
  return pairs;
}

/** Whether some segment holds all of `range`, on the old side (`from`) or the new one (`to`). */
function coveredBy(sorted: Segment[], range: Range, side: "from" | "to"): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = sorted[middle];
    if (range.start < segment[side]) high = middle - 1;
    else if (range.start >= segment[side] + segment.length) low = middle + 1;
    else return range.end <= segment[side] + segment.length;
  }
  return false;
}

/**
 * The last pass: sentences still unplaced on both sides that read the same once normalised (quote
 * marks, case, spacing), each such text once on each side, are the same sentence moved on its own
 * (its paragraph rewritten around it) or retyped; they are aligned character by character.
 */
function pairLeftSentences(context: Context, ordered: Segment[], moved: MovedBlock[]): MovedBlock[] {
  const all = [...ordered, ...moved.flatMap((block) => block.segments)];
  const byFrom = [...all].sort((a, b) => a.from - b.from);
  const byTo = [...all].sort((a, b) => a.to - b.to);
  const left = (text: string, side: "from" | "to", sorted: Segment[]): Map<string, Range[]> => {
    const found = new Map<string, Range[]>();
    for (const paragraph of paragraphs(text)) {
      for (const sentence of sentences(text, paragraph)) {
        const key = context.normalise(text.slice(sentence.start, sentence.end)).trim();
        if (key.length < MIN_PAIRING_SENTENCE) continue;
        const list = found.get(key) ?? [];
        list.push(sentence);
        found.set(key, list);
        // A text placed somewhere still counts, so that a recurring sentence is never "unique".
        if (coveredBy(sorted, sentence, side)) list.push({ start: -1, end: -1 });
      }
    }
    return found;
  };
  const oldLeft = left(context.before, "from", byFrom);
  const newLeft = left(context.after, "to", byTo);
  const blocks: MovedBlock[] = [];
  for (const [key, olds] of oldLeft) {
    const news = newLeft.get(key);
    if (olds.length !== 1 || news?.length !== 1 || olds[0].start < 0 || news[0].start < 0) continue;
    const segments: Segment[] = [];
    alignCharacters(context, [olds[0]], [news[0]], segments);
    blocks.push({ old: olds[0], segments });
  }
  return blocks;
}

/** `normalise`: the matching form of a sentence, for the last pass (case, quote marks and spacing ignored). */
export function alignTexts(before: string, after: string, normalise: (text: string) => string = (text) => text): TextAlignment {
  const context: Context = { dmp: differ(), before, after, normalise };
  const ordered: Segment[] = [];
  const retyped: [Range, Range][] = [];
  const gaps = diffUnits(context, paragraphs(before), paragraphs(after), ordered, (was, now) => retyped.push([was, now]));
  for (const [was, now] of retyped) alignSentences(context, [was], [now], ordered);
  const pairs = pairParagraphs(context, gaps.flatMap((gap) => gap.old), gaps.flatMap((gap) => gap.next));
  const pairedOld = new Set(pairs.map(([old]) => old.start));
  const pairedNew = new Set(pairs.map(([, next]) => next.start));
  const moved: MovedBlock[] = pairs.map(([old, next]) => {
    const segments: Segment[] = [];
    alignSentences(context, [old], [next], segments);
    return { old, segments: segments.sort((a, b) => a.from - b.from) };
  });
  // What is left of each changed run, in order: edited paragraphs that stayed, deleted and new ones.
  for (const gap of gaps) alignSentences(context, gap.old.filter((range) => !pairedOld.has(range.start)), gap.next.filter((range) => !pairedNew.has(range.start)), ordered);
  ordered.sort((a, b) => a.from - b.from);
  moved.push(...pairLeftSentences(context, ordered, moved));
  moved.sort((a, b) => a.old.start - b.old.start);
  return { ordered, moved };
}

/** The segment of `segments` (sorted by `from`) that holds old offset `at`, or -1. */
export function segmentAt(segments: Segment[], at: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (at < segment.from) high = middle - 1;
    else if (at >= segment.from + segment.length) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the last segment starting at or before old offset `at`, or -1. */
export function segmentBefore(segments: Segment[], at: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle].from <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
