// Re-anchoring a stored selector in a changed text (issue 8's contract). `exact`: the stored offsets
// still hold the quote. `moved`: the quote is verbatim elsewhere and its context (or, between
// identical contexts, a much smaller distance from the old place) picks the occurrence. `fuzzy`: the
// quote was edited and an approximate match clears the floors below; the result covers the edited
// span, trimmed to words. `orphaned`: nothing clears them, or two places are about as good; start/end
// absent. Candidates are ranked by cost in edits (quote edits + context edits, each side capped at
// what unrelated prose costs, + a small distance term), so a long verbatim quote outweighs a
// look-alike with one matching side. Precision first: unlike annotators that keep the best guess,
// every result must clear a floor and beat the runner-up. Pure; `createAnchorer` prepares a text once.
import { anchoredDistance, editDistance, findApproximate, similarity } from "./fuzzy-match";
import { normaliseForMatching, normaliseString, type NormalisedText } from "./text-normalise";
import type { TextSelector } from "./text-selector";
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
  /** The winner must cost this many edits less than any other place, or the claim is a tie. */
  marginEdits: 3,
  /** A move across half the text (or 2,000 units) costs this many edits: a tie-breaker only. */
  distanceEdits: 3,
  /** Quotes with fewer non-space units than this match unchanged only: too little to judge edits. */
  fuzzyMinimumUnits: 4,
} as const;

// Occurrences of the quote whose context is compared in full; the rest lose on a cheap pre-check.
const MAX_OCCURRENCES = 24;
const MAX_REGIONS = 12;
const ANCHOR_LENGTH = 16;

type TextIndex = { text: string; normalised: NormalisedText; shingles: WordShingleIndex };
type Query = { selector: TextSelector; quote: string; prefix: string; suffix: string; boundaries: { start: boolean; end: boolean } };
type Side = { similarity: number; cost: number } | null;
type Candidate = { start: number; end: number; verbatim: boolean; quote: number; prefix: Side; suffix: Side; cost: number };

function occurrences(text: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** How well a stored context side matches the normalised text beside a candidate; null when none was stored. */
function side(context: string, text: string, at: number, direction: 1 | -1): Side {
  if (context.length === 0) return null;
  const aligned = anchoredDistance(context, text, at, direction, context.length + Math.ceil(context.length / 2));
  const distance = aligned ? aligned.distance : context.length;
  return { similarity: similarity(distance, context.length), cost: Math.min(distance, ANCHOR_THRESHOLDS.contextChanceCost * context.length) };
}

function score(index: TextIndex, query: Query, start: number, end: number, quoteEdits: number, verbatim: boolean): Candidate {
  const { normalised } = index;
  const prefix = side(query.prefix, normalised.text, normalised.fromOriginal[start], -1);
  const suffix = side(query.suffix, normalised.text, normalised.fromOriginal[end], 1);
  const scale = Math.max(2000, index.text.length / 2);
  const distance = ANCHOR_THRESHOLDS.distanceEdits * Math.min(1, Math.abs(start - query.selector.start) / scale);
  const cost = quoteEdits + (prefix?.cost ?? 0) + (suffix?.cost ?? 0) + distance;
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
function passes(candidate: Candidate, query: Query): boolean {
  const sides = [candidate.prefix, candidate.suffix].filter((known): known is NonNullable<Side> => known !== null);
  // An edited quote elsewhere needs closer context than an unchanged one: look-alike sentences share
  // their wording around the quote too, the true place of an edit usually keeps its context intact.
  const needed = candidate.quote === 1 ? ANCHOR_THRESHOLDS.contextAgreement : ANCHOR_THRESHOLDS.editedContextAgreement;
  const agreeing = sides.filter((known) => known.similarity >= needed);
  const length = query.quote.length;
  if (sides.length === 0) return candidate.quote === 1 || candidate.quote >= ANCHOR_THRESHOLDS.quoteAlone;
  if (candidate.quote < ANCHOR_THRESHOLDS.quoteMinimum) return false;
  if (agreeing.length === 0) return candidate.quote === 1 && length >= ANCHOR_THRESHOLDS.quoteAloneLength;
  if (agreeing.length === sides.length) return true;
  const matched = length * candidate.quote + agreeing.reduce((sum, known) => sum + known.similarity * (known === candidate.prefix ? query.prefix.length : query.suffix.length), 0);
  return matched >= ANCHOR_THRESHOLDS.oneSidedEvidence;
}

function isConvincing(candidate: Candidate): boolean {
  return knownSides(candidate).every((known) => known >= ANCHOR_THRESHOLDS.contextConvincing);
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
    hits = ranked.slice(0, MAX_OCCURRENCES).map((entry) => entry.hit);
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
  return passes(best, query) ? best : null;
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
  const query: Query = { selector, quote: normaliseString(exact), prefix: normaliseString(prefix), suffix: normaliseString(suffix), boundaries: quoteBoundaries(exact, prefix, suffix) };
  const { start, end } = selector;
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

/** Prepares `text` once (normal form, trigram index) and anchors any number of selectors in it. */
export function createAnchorer(text: string): Anchorer {
  const normalised = normaliseForMatching(text);
  const index: TextIndex = { text, normalised, shingles: indexWordShingles(normalised.text) };
  return (selector) => anchorIn(index, selector);
}

export function anchor(text: string, selector: TextSelector): AnchorResult {
  return createAnchorer(text)(selector);
}
