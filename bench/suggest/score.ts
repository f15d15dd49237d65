// Scoring suggestions against gold: one-to-one matching of claims (overlap of at least half of the
// shorter span, same actor unless span-only), and rebuttal pairs whose both ends matched gold claims.
import type { RebuttalSuggestion, Suggestion } from "../../lib/suggest";
import type { ResolvedClaim } from "./gold";

export type Counts = { truePositives: number; falsePositives: number; falseNegatives: number };

export function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.truePositives += more.truePositives;
  into.falsePositives += more.falsePositives;
  into.falseNegatives += more.falseNegatives;
}

export function precisionRecallF1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

type Spanned = { start: number; end: number; actor: string };

function overlapOf(a: Spanned, b: Spanned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** suggestion index -> gold index, one to one, largest overlaps first. */
export function matchClaims(suggestions: Spanned[], gold: ResolvedClaim[], requireActor: boolean): Map<number, number> {
  const pairs: { suggestion: number; gold: number; overlap: number }[] = [];
  suggestions.forEach((suggestion, s) => {
    gold.forEach((claim, g) => {
      const overlap = overlapOf(suggestion, claim);
      const shorter = Math.min(suggestion.end - suggestion.start, claim.end - claim.start);
      if (overlap > 0 && overlap >= shorter / 2 && (!requireActor || suggestion.actor === claim.actor)) pairs.push({ suggestion: s, gold: g, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const matched = new Map<number, number>();
  const usedGold = new Set<number>();
  for (const pair of pairs) {
    if (matched.has(pair.suggestion) || usedGold.has(pair.gold)) continue;
    matched.set(pair.suggestion, pair.gold);
    usedGold.add(pair.gold);
  }
  return matched;
}

export function claimCounts(suggestions: Suggestion[], gold: ResolvedClaim[], requireActor: boolean): { counts: Counts; matched: Map<number, number> } {
  const matched = matchClaims(suggestions, gold, requireActor);
  return {
    matched,
    counts: { truePositives: matched.size, falsePositives: suggestions.length - matched.size, falseNegatives: gold.length - matched.size },
  };
}

/** Rebuttals between claims whose ids are indexes into `claimToGold`'s keys. */
export function rebuttalCounts(rebuttals: RebuttalSuggestion[], claimToGold: (id: string) => number | undefined, goldPairs: [number, number][]): Counts {
  const wanted = new Set(goldPairs.map(([rebuttal, target]) => `${rebuttal}>${target}`));
  const found = new Set<string>();
  let falsePositives = 0;
  for (const rebuttal of rebuttals) {
    const from = claimToGold(rebuttal.rebuttalId);
    const to = claimToGold(rebuttal.targetId);
    const key = `${from}>${to}`;
    if (from !== undefined && to !== undefined && wanted.has(key) && !found.has(key)) found.add(key);
    else falsePositives++;
  }
  return { truePositives: found.size, falsePositives, falseNegatives: wanted.size - found.size };
}
