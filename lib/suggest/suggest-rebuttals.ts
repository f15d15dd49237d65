// suggestRebuttals: which claim denies or contradicts which. A claim carrying a denial cue (a denial verb
// in its attribution, "false", "groundless", "does not reflect the truth", or a negated restatement) is
// proposed as rebutting an earlier claim by ANOTHER actor: the one sharing the most content words,
// nearest first; when a plain denial shares none, the first of the other actor's latest run of claims
// (the accusation those claims set out).
import { contentStems, sharedStems } from "./content-words";
import { splitSentences } from "./sentences";
import type { ClaimRef, RebuttalSuggestion } from "./types";

const DENIAL_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\b/i;
// Falsity that stands on its own.
const PLAIN_FALSITY = /\b(?:not true|untrue|(?:does|do|did)(?: not|n[’']t) (?:reflect|correspond to) (?:the )?(?:truth|reality))\b/i;
// Falsity that needs to be said OF something ("these claims are groundless"), unlike "we will not tolerate any provocation".
const FALSITY = /\b(?:false|falsehoods?|groundless|baseless|unfounded|absurd|invented|fabricated|fabrications?|fiction|lies|lie|fake|disinformation|provocation|slander)\b/i;
const REFERENCE_NOUN = /\b(?:claims?|accusations?|allegations?|reports?|statements?|information|account|story|figures?|assertions?|version)\b/i;
const NEGATION = /\b(?:not|no|never|none|didn't|hasn't|hadn't|isn't|wasn't|aren't|weren't)\b/i;

type Cue = { kind: "denial" | "negation"; words: string };

export function suggestRebuttals(text: string, claims: ClaimRef[]): RebuttalSuggestion[] {
  const ordered = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentences = splitSentences(text);
  const actorNames = [...new Set(claims.map((claim) => claim.actor))];
  const stems = new Map(ordered.map((claim) => [claim.id, contentStems(text.slice(claim.start, claim.end), actorNames)]));
  const suggestions: RebuttalSuggestion[] = [];

  ordered.forEach((claim, index) => {
    const cue = findCue(text, claim, ordered[index - 1], sentences);
    if (!cue) return;
    const earlier = ordered.slice(0, index).filter((other) => other.actor !== claim.actor && other.end <= claim.start);
    if (earlier.length === 0) return;
    // For a negated restatement, only the negated words count: "had not opened fire" matches "fired".
    const own = cue.kind === "negation" ? contentStems(negatedPart(text, claim), actorNames) : stems.get(claim.id)!;
    let best: { target: ClaimRef; shared: string[] } | undefined;
    for (const other of [...earlier].reverse()) {
      const shared = sharedStems(own, stems.get(other.id)!);
      if (shared.length > (best?.shared.length ?? 0)) best = { target: other, shared };
    }
    if (best) {
      suggestions.push({
        rebuttalId: claim.id,
        targetId: best.target.id,
        confidence: cue.kind === "denial" ? 0.8 : 0.55,
        reason: `${cue.kind === "denial" ? "denial" : "negated restatement"}: “${cue.words}”, sharing “${best.shared.slice(0, 3).join("”, “")}” with ${best.target.actor}'s claim`,
      });
      return;
    }
    if (cue.kind !== "denial") return;
    const target = answeredClaim(text, ordered, index, claim.actor, findWindow(text, claim, ordered[index - 1], sentences));
    if (target) suggestions.push({ rebuttalId: claim.id, targetId: target.id, confidence: 0.6, reason: `denial: “${cue.words}”, answering ${target.actor}'s account just before` });
  });
  return suggestions;
}

/** The claim with its attribution words: from its sentence's start, or the previous claim's end. */
function findWindow(text: string, claim: ClaimRef, previous: ClaimRef | undefined, sentences: { start: number; end: number }[]): string {
  const sentence = sentences.find((candidate) => candidate.start <= claim.start && claim.start < candidate.end);
  const from = Math.max(sentence?.start ?? claim.start, previous && previous.end <= claim.start ? previous.end : 0);
  return text.slice(from, claim.end);
}

/** The cue in the claim or in its attribution words. */
function findCue(text: string, claim: ClaimRef, previous: ClaimRef | undefined, sentences: { start: number; end: number }[]): Cue | undefined {
  const window = findWindow(text, claim, previous, sentences);
  const span = text.slice(claim.start, claim.end);
  // "This is yet another fabrication": a demonstrative subject points at what was said before, as "these claims" does.
  const saidOfSomething = REFERENCE_NOUN.test(window) || /^(?:this|that|it|these|those)\s+(?:is|was|are|were)\b/i.test(span);
  const denial = window.match(DENIAL_VERB) ?? window.match(PLAIN_FALSITY) ?? (saidOfSomething ? span.match(FALSITY) ?? window.match(FALSITY) : null);
  if (denial) return { kind: "denial", words: denial[0] };
  const negation = span.match(NEGATION);
  if (negation) return { kind: "negation", words: span.slice(negation.index ?? 0).split(/\s+/).slice(0, 4).join(" ") };
  return undefined;
}

function negatedPart(text: string, claim: ClaimRef): string {
  const span = text.slice(claim.start, claim.end);
  const negation = span.match(NEGATION);
  return negation ? span.slice(negation.index ?? 0) : span;
}

const STATEMENT_NOUN = /\b(?:statement|report|communiqué|press release)\b/i;

/**
 * What a denial sharing no words with anything answers: walking back, the nearest claim by another actor,
 * then back to the first of that actor's run of claims (the accusation the run sets out). A denial of
 * "the Russian statement" or "the Azeri report" answers the run's first verbatim quote, if it has one.
 */
function answeredClaim(text: string, ordered: ClaimRef[], index: number, actor: string, window: string): ClaimRef | undefined {
  let at = index - 1;
  while (at >= 0 && ordered[at].actor === actor) at--;
  if (at < 0) return undefined;
  const runActor = ordered[at].actor;
  const last = at;
  while (at > 0 && ordered[at - 1].actor === runActor) at--;
  const run = ordered.slice(at, last + 1);
  if (STATEMENT_NOUN.test(window)) {
    const quoted = run.find((claim) => /["“«]/.test(text[claim.start - 1] ?? "") && /["”»]/.test(text.slice(claim.end, claim.end + 2)));
    if (quoted) return quoted;
  }
  return run[0];
}
