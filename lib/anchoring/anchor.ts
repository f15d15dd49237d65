// Re-anchoring a stored selector in a changed text (issue 8's contract). `exact`: the stored offsets
// still hold the quote. `moved`: the quote is verbatim elsewhere and its context (or, between
// identical contexts, a much smaller distance from the old place) picks the occurrence. `fuzzy`: the
// quote was edited and an approximate match clears the floors below; the result covers the edited
// span, trimmed to words. `orphaned`: nothing clears them, or two places are about as good; start/end
// absent. Candidates are ranked by cost in edits (quote edits + context edits, each side capped at
// what unrelated prose costs, + a small distance term), so a long verbatim quote outweighs a
// look-alike with one matching side. Precision first: unlike annotators that keep the best guess,
// every result must clear a floor and beat the runner-up. Away from the stored offsets the quote's own
// sentence must still read the same on both sides, and a far place (beyond what edits elsewhere shift
// a text) needs its whole context when the quote recurs or was edited: a deleted sentence's claim
// orphans rather than land on a look-alike. Pure; `createAnchorer` prepares a text once, and given
// the previous revision's text places claims through the diff of the two first (aligned-placement.ts).
import { placeThroughAlignment } from "./aligned-placement";
import { anchoredDistance, editDistance, findApproximate, similarity } from "./fuzzy-match";
import { normaliseForMatching, normaliseString, type NormalisedText } from "./text-normalise";
import type { TextSelector } from "./text-selector";
import { alignTexts, type TextAlignment } from "./text-alignment";
import { quoteBoundaries, snapToWords } from "./word-boundary";
import { indexWordShingles, seedStarts, type WordShingleIndex } from "./word-shingles";

export type AnchorResult = { status: "exact" | "moved" | "fuzzy" | "orphaned"; start?: number; end?: number; score?: number };
export type Anchorer = (selector: TextSelector) => AnchorResult;

// Tuned on `npm run bench:anchoring` (bench/anchoring.ts), not by eye.
export const ANCHOR_THRESHOLDS = {
  /** An edited quote keeps at least this share of its characters (1 - edits / length). */
  quoteMinimum: 0.75,
  /** A side of context "agrees" at this similarity (unrelated prose scores 0.25-0.45; 0.75 let
   * templated look-alike sentences through on the bench). */
  contextAgreement: 0.9,
  /** ...and for an edited quote (kept separate so the two can be tuned apart). */
  editedContextAgreement: 0.9,
  /** What a side costs at most, as a share of its length: about what unrelated prose costs. */
  contextChanceCost: 0.6,
  /** Without agreeing context, an unchanged quote this long (normalised units) stands on its own... */
  quoteAloneLength: 80,
  /** ...and, when no context was stored at all, an edited quote this close does. */
  quoteAlone: 0.9,
  /** With context agreeing on one side only, quote + that side must match this many units. */
  oneSidedEvidence: 64,
  /** Unchanged with context this good on every side it has: no need to look for edited copies. */
  contextConvincing: 0.9,
  /** Elsewhere, unchanged with context this good on every side: no need to look for edited copies;
   * and what a winner needs when other places keep the quote's own sentence too. */
  unchangedConvincing: 0.97,
  /** The winner must cost this many edits less than any other place, or the claim is a tie. */
  marginEdits: 3,
  /** A move across half the text (or 2,000 units) costs this many edits: a tie-breaker only. */
  distanceEdits: 3,
  /** Edits inside the quote weigh this much against one edit of its own sentence's context... */
  quoteEditWeight: 1.5,
  /** ...and an edit of context beyond the sentence this much. */
  beyondSentenceWeight: 0.5,
  /** Away from the stored offsets, the quote's own sentence must agree this well on each side. */
  ownSentenceAgreement: 0.9,
  /** How far insertions and deletions elsewhere plausibly shift a quote (the bench's drift tops out near 2,700). */
  driftUnits: 4000,
  /** A far candidate that is not verbatim needs every side of context this close. */
  farContextAgreement: 0.95,
  /** Quotes with fewer non-space units than this match unchanged only: too little to judge edits. */
  fuzzyMinimumUnits: 4,
} as const;

// Occurrences of the quote whose context is compared in full; the rest lose on a cheap pre-check.
const MAX_OCCURRENCES = 24;
const NEAR_OCCURRENCES = 4;
const MAX_REGIONS = 12;
const ANCHOR_LENGTH = 16;

type TextIndex = { text: string; normalised: NormalisedText; shingles: WordShingleIndex; previous?: { text: string; alignment: TextAlignment } };
type Query = {
  selector: TextSelector;
  quote: string;
  prefix: string;
  suffix: string;
  /** The stored context up to the nearest sentence boundary: the words of the quote's own sentence. */
  ownPrefix: string;
  ownSuffix: string;
  boundaries: { start: boolean; end: boolean };
};
/** `own`: similarity of the part of the side inside the quote's sentence (1 when that part is empty). */
type Side = { similarity: number; own: number; cost: number } | null;
type Candidate = { start: number; end: number; verbatim: boolean; quote: number; prefix: Side; suffix: Side; cost: number };

function occurrences(text: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

// A sentence ends at . ! ? or an ellipsis (closing quotes and brackets included) before a space, or at a line break.
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019\u00BB)\]]*(?=\s|$)|\n/g;

/** The end of the stored prefix that belongs to the quote's own sentence. */
export function ownSentencePrefix(prefix: string): string {
  let from = 0;
  for (const match of prefix.matchAll(SENTENCE_END)) from = (match.index ?? 0) + match[0].length;
  return prefix.slice(from);
}

/** The start of the stored suffix that belongs to the quote's own sentence, its full stop included. */
export function ownSentenceSuffix(exact: string, suffix: string): string {
  // A quote that ends its sentence leaves none of it to the suffix.
  if (new RegExp(`(?:${SENTENCE_END.source})$`).test(exact) && (suffix === "" || /^\s/.test(suffix))) return "";
  const match = suffix.match(new RegExp(SENTENCE_END.source));
  if (!match) return suffix;
  return suffix.slice(0, (match.index ?? 0) + (match[0] === "\n" ? 0 : match[0].length));
}

function distanceFrom(context: string, text: string, at: number, direction: 1 | -1): number {
  if (context.length === 0) return 0;
  const aligned = anchoredDistance(context, text, at, direction, context.length + Math.ceil(context.length / 2));
  return aligned ? aligned.distance : context.length;
}

/**
 * How well a stored context side matches the normalised text beside a candidate; null when none was
 * stored. Edits inside the quote's own sentence cost more than edits beyond it: a neighbouring
 * sentence is often inserted, deleted or moved, the quote's own sentence around it rarely changes,
 * and a look-alike sentence elsewhere differs exactly there.
 */
function side(context: string, own: string, text: string, at: number, direction: 1 | -1): Side {
  if (context.length === 0) return null;
  const distance = distanceFrom(context, text, at, direction);
  const ownDistance = own.length === context.length ? distance : distanceFrom(own, text, at, direction);
  const cap = ANCHOR_THRESHOLDS.contextChanceCost;
  const cost = ANCHOR_THRESHOLDS.beyondSentenceWeight * Math.min(distance, cap * context.length) + Math.min(ownDistance, cap * own.length);
  return { similarity: similarity(distance, context.length), own: similarity(ownDistance, own.length), cost };
}

function score(index: TextIndex, query: Query, start: number, end: number, quoteEdits: number, verbatim: boolean): Candidate {
  const { normalised } = index;
  const prefix = side(query.prefix, query.ownPrefix, normalised.text, normalised.fromOriginal[start], -1);
  const suffix = side(query.suffix, query.ownSuffix, normalised.text, normalised.fromOriginal[end], 1);
  const scale = Math.max(2000, index.text.length / 2);
  const distance = ANCHOR_THRESHOLDS.distanceEdits * Math.min(1, Math.abs(start - query.selector.start) / scale);
  const cost = ANCHOR_THRESHOLDS.quoteEditWeight * quoteEdits + (prefix?.cost ?? 0) + (suffix?.cost ?? 0) + distance;
  return { start, end, verbatim, quote: similarity(quoteEdits, query.quote.length), prefix, suffix, cost };
}

function knownSides(candidate: Candidate): number[] {
  return [candidate.prefix, candidate.suffix].filter((known): known is NonNullable<Side> => known !== null).map((known) => known.similarity);
}

/**
 * The floors. Unchanged: some side of context agrees, or the quote is long enough to stand alone.
 * Edited: similar enough, and context agrees. Either way, when only one side agrees, the quote plus
 * that side must be long enough that a look-alike elsewhere is unlikely to match as well: a deleted
 * sentence's claim must not slide onto "the central bank" two paragraphs down.
 */
function passes(candidate: Candidate, query: Query, contested: boolean): boolean {
  const sides = [candidate.prefix, candidate.suffix].filter((known): known is NonNullable<Side> => known !== null);
  const home = candidate.verbatim && candidate.start === query.selector.start && candidate.end === query.selector.end;
  const far = isFar(candidate, query);
  // Far from the old place, an edited quote (or one in changed type) must keep its whole context:
  // a paragraph that moved keeps it, a look-alike sentence with other facts does not.
  if (far && !candidate.verbatim && sides.some((known) => known.similarity < ANCHOR_THRESHOLDS.farContextAgreement)) return false;
  // Away from home, the quote's own sentence must read the same around it: a deleted sentence's
  // claim otherwise lands on a look-alike sentence that shares the quote and one side of it.
  if (!home && sides.some((known) => known.own < ANCHOR_THRESHOLDS.ownSentenceAgreement)) return false;
  // An edited quote elsewhere needs closer context than an unchanged one: look-alike sentences share
  // their wording around the quote too, the true place of an edit usually keeps its context intact.
  const needed = candidate.quote === 1 ? ANCHOR_THRESHOLDS.contextAgreement : ANCHOR_THRESHOLDS.editedContextAgreement;
  const agreeing = sides.filter((known) => known.similarity >= needed);
  const length = query.quote.length;
  if (sides.length === 0) return candidate.quote === 1 || candidate.quote >= ANCHOR_THRESHOLDS.quoteAlone;
  if (candidate.quote < ANCHOR_THRESHOLDS.quoteMinimum) return false;
  if (agreeing.length === 0) return candidate.quote === 1 && length >= ANCHOR_THRESHOLDS.quoteAloneLength;
  if (agreeing.length === sides.length) return true;
  // The quote reads the same at another place too and this one is farther than edits elsewhere
  // shift a text: one agreeing side could be luck (boilerplate after boilerplate, a recurring
  // quotation whose own sentence was deleted), so it takes both.
  if (contested && !home && far) return false;
  const matched = length * candidate.quote + agreeing.reduce((sum, known) => sum + known.similarity * (known === candidate.prefix ? query.prefix.length : query.suffix.length), 0);
  return matched >= ANCHOR_THRESHOLDS.oneSidedEvidence;
}

/** Farther from the stored offsets than insertions and deletions elsewhere move a quote: moved with its paragraph, or a look-alike. */
function isFar(candidate: Candidate, query: Query): boolean {
  return Math.abs(candidate.start - query.selector.start) > ANCHOR_THRESHOLDS.driftUnits;
}

function isConvincing(candidate: Candidate): boolean {
  return knownSides(candidate).every((known) => known >= ANCHOR_THRESHOLDS.unchangedConvincing);
}

/** Cheap context agreement (common run of normalised units on both sides), to rank many occurrences. */
function contextRun(text: string, start: number, end: number, query: Query): number {
  const { prefix, suffix } = query;
  let run = 0;
  while (run < prefix.length && text.charCodeAt(start - 1 - run) === prefix.charCodeAt(prefix.length - 1 - run)) run++;
  let after = 0;
  while (after < suffix.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
  return run + after;
}

/**
 * Every place the quote still reads the same once normalised: verbatim (moved) or changed only in
 * case, quote marks, dashes or spacing (fuzzy, similarity 1). Many occurrences are cut to the few
 * with the longest context runs.
 */
function unchangedCandidates(index: TextIndex, query: Query): Candidate[] {
  const { normalised, text } = index;
  const { exact } = query.selector;
  const oldStart = normalised.fromOriginal[Math.min(Math.max(0, query.selector.start), text.length)];
  let hits = occurrences(normalised.text, query.quote, 100_000);
  if (hits.length > MAX_OCCURRENCES) {
    const ranked = hits.map((hit) => ({ hit, run: contextRun(normalised.text, hit, hit + query.quote.length, query), distance: Math.abs(hit - oldStart) }));
    ranked.sort((a, b) => b.run - a.run || a.distance - b.distance);
    // The occurrences nearest the old place stay in whatever their context: they are the rivals
    // that make a far look-alike doubtful.
    const near = [...ranked].sort((a, b) => a.distance - b.distance).slice(0, NEAR_OCCURRENCES);
    hits = [...new Set([...ranked.slice(0, MAX_OCCURRENCES - NEAR_OCCURRENCES), ...near].map((entry) => entry.hit))];
  }
  const spans = hits.map((hit) => ({ start: normalised.startOf[hit], end: normalised.endOf[hit + query.quote.length - 1] }));
  // A quote the normal form cannot see alone (a lone combining mark, say) is still found verbatim.
  if (spans.length === 0) for (const start of occurrences(text, exact, MAX_OCCURRENCES)) spans.push({ start, end: start + exact.length });
  return spans.map(({ start, end }) => {
    const verbatim = text.slice(start, end) === exact;
    return score(index, query, start, end, 0, verbatim);
  });
}

/** Normalised starts where an edited quote may sit: context anchors, trigram votes, the old place. */
function candidateRegions(index: TextIndex, query: Query, tolerance: number): number[] {
  const { normalised } = index;
  const text = normalised.text;
  const length = query.quote.length;
  const oldStart = normalised.fromOriginal[Math.min(Math.max(0, query.selector.start), index.text.length)];
  const nearOld = (hits: number[]): number[] => hits.sort((a, b) => Math.abs(a - oldStart) - Math.abs(b - oldStart)).slice(0, 3);
  const regions: number[] = [];
  const prefixTail = query.prefix.slice(-ANCHOR_LENGTH);
  if (prefixTail.trim().length >= 6) for (const hit of nearOld(occurrences(text, prefixTail, 256))) regions.push(hit + prefixTail.length);
  const suffixHead = query.suffix.slice(0, ANCHOR_LENGTH);
  if (suffixHead.trim().length >= 6) for (const hit of nearOld(occurrences(text, suffixHead, 256))) regions.push(hit - length);
  for (const seed of seedStarts(index.shingles, query.quote, tolerance, 6)) regions.push(seed.start);
  regions.push(oldStart);
  const distinct: number[] = [];
  for (const region of regions) if (!distinct.some((seen) => Math.abs(seen - region) <= tolerance)) distinct.push(region);
  return distinct.slice(0, MAX_REGIONS);
}

function fuzzyCandidates(index: TextIndex, query: Query): Candidate[] {
  const { normalised } = index;
  const length = query.quote.length;
  const maxDistance = Math.floor(length * (1 - ANCHOR_THRESHOLDS.quoteMinimum));
  const slack = maxDistance + 4;
  const found: Candidate[] = [];
  for (const region of candidateRegions(index, query, slack)) {
    const aligned = findApproximate(query.quote, normalised.text, region - slack, region + length + slack, maxDistance);
    if (!aligned || aligned.end <= aligned.start) continue;
    const span = snapToWords(index.text, normalised.startOf[aligned.start], normalised.endOf[aligned.end - 1], query.selector.exact, query.boundaries);
    if (span.end <= span.start || found.some((other) => other.start === span.start && other.end === span.end)) continue;
    const matched = normalised.text.slice(normalised.fromOriginal[span.start], normalised.fromOriginal[span.end]);
    const edits = editDistance(query.quote, matched);
    if (similarity(edits, length) < ANCHOR_THRESHOLDS.quoteMinimum) continue;
    found.push(score(index, query, span.start, span.end, edits, false));
  }
  return found;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The single best candidate that clears the floors and costs clearly less than every other place, or null. */
function choose(candidates: Candidate[], query: Query): Candidate | null {
  const ranked = [...candidates].sort((a, b) => a.cost - b.cost || Number(b.verbatim) - Number(a.verbatim));
  const best = ranked[0];
  if (!best) return null;
  const rival = ranked.find((other) => !overlaps(other, best));
  if (rival && rival.cost - best.cost < ANCHOR_THRESHOLDS.marginEdits) return null;
  const others = ranked.filter((other) => other !== best && other.quote === 1 && !overlaps(other, best));
  // The quote still reads the same near its old place: it more likely stayed there with its context
  // edited than jumped to a far copy whose context happens to match (boilerplate is everywhere).
  if (isFar(best, query) && others.some((other) => !isFar(other, query) && knownSides(other).some((known) => known >= ANCHOR_THRESHOLDS.contextAgreement))) return null;
  // Several places keep the quote's own sentence around it (a recurring quotation in a templated
  // line): only the neighbouring sentences can tell them apart, and those change, so they must match.
  const ownAgreeing = (candidate: Candidate): boolean => [candidate.prefix, candidate.suffix].every((known) => known === null || known.own >= ANCHOR_THRESHOLDS.ownSentenceAgreement);
  if (others.some(ownAgreeing) && !knownSides(best).every((known) => known >= ANCHOR_THRESHOLDS.unchangedConvincing)) return null;
  const contested = others.length > 0;
  return passes(best, query, contested) ? best : null;
}

function result(candidate: Candidate | null, query: Query): AnchorResult {
  if (!candidate) return { status: "orphaned" };
  const { start, end } = candidate;
  const { selector } = query;
  if (candidate.verbatim && start === selector.start && end === selector.end) return { status: "exact", start, end, score: 1 };
  const compared = query.quote.length + query.prefix.length + query.suffix.length;
  return { status: candidate.verbatim ? "moved" : "fuzzy", start, end, score: Math.round(1000 * Math.max(0, 1 - candidate.cost / compared)) / 1000 };
}

function anchorIn(index: TextIndex, selector: TextSelector): AnchorResult {
  const { exact } = selector;
  if (!exact) return { status: "orphaned" };
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const query: Query = {
    selector,
    quote: normaliseString(exact),
    prefix: normaliseString(prefix),
    suffix: normaliseString(suffix),
    ownPrefix: normaliseString(ownSentencePrefix(prefix)),
    ownSuffix: normaliseString(ownSentenceSuffix(exact, suffix)),
    boundaries: quoteBoundaries(exact, prefix, suffix),
  };
  const { start, end } = selector;
  const aligned = index.previous && placeAligned(index, index.previous, query);
  if (aligned) return aligned;
  if (start >= 0 && end <= index.text.length && index.text.slice(start, end) === exact) {
    const here = score(index, query, start, end, 1, true);
    if (knownSides(here).length === 0 || knownSides(here).some((side) => side >= ANCHOR_THRESHOLDS.contextConvincing)) return result(here, query);
  }
  const meaningful = query.quote.replace(/ /g, "").length >= ANCHOR_THRESHOLDS.fuzzyMinimumUnits;
  // A tiny or blank quote is only ever placed verbatim: "hit" re-cased as "Hit" proves nothing.
  const unchanged = unchangedCandidates(index, query).filter((candidate) => meaningful || candidate.verbatim);
  const leader = choose(unchanged, query);
  if (leader && isConvincing(leader)) return result(leader, query);
  const pool = [...unchanged];
  if (meaningful) for (const candidate of fuzzyCandidates(index, query)) if (!pool.some((other) => other.quote === 1 && overlaps(other, candidate))) pool.push(candidate);
  return result(choose(pool, query), query);
}

/**
 * Through the diff with the revision the selector was made on, when it still holds the quote at the
 * stored offsets there: certain where the characters survived, null (selectors decide) otherwise.
 */
function placeAligned(index: TextIndex, previous: NonNullable<TextIndex["previous"]>, query: Query): AnchorResult | null {
  const { start, end, exact } = query.selector;
  if (start < 0 || end > previous.text.length || previous.text.slice(start, end) !== exact) return null;
  const placed = placeThroughAlignment({ alignment: previous.alignment, text: index.text, normalised: index.normalised, start, end, exact, quote: query.quote, boundaries: query.boundaries, quoteMinimum: ANCHOR_THRESHOLDS.quoteMinimum });
  if (!placed) return null;
  // Deleted where it stood: a look-alike elsewhere is not where it went (a moved copy would have been paired).
  if ("deleted" in placed) return { status: "orphaned" };
  if (placed.verbatim) return placed.start === start ? { status: "exact", start, end, score: 1 } : { status: "moved", start: placed.start, end: placed.end, score: 1 };
  return { status: "fuzzy", start: placed.start, end: placed.end, score: Math.round(1000 * placed.quote) / 1000 };
}

/**
 * Prepares `text` once (normal form, trigram index) and anchors any number of selectors in it.
 * With `previousText`, the text the selectors were made on, claims follow the diff between the two
 * first (text-alignment.ts) and fall back to their selectors where it cannot place them.
 */
export function createAnchorer(text: string, options: { previousText?: string } = {}): Anchorer {
  const normalised = normaliseForMatching(text);
  const { previousText } = options;
  const previous = previousText === undefined ? undefined : { text: previousText, alignment: alignTexts(previousText, text, normaliseString) };
  const index: TextIndex = { text, normalised, shingles: indexWordShingles(normalised.text), previous };
  return (selector) => anchorIn(index, selector);
}

export function anchor(text: string, selector: TextSelector): AnchorResult {
  return createAnchorer(text)(selector);
}
