// A reading becomes a Suggestion: the span trimmed, its attribution kind, a confidence and a reason a
// journalist can check; then one suggestion per span and actor.
import type { Reading } from "./readings";
import { CLAIM_NOUN_ONLY, CLAIM_NOUN_THEN_CIRCUMSTANCE, DENIAL_VERBS, onlyCircumstances } from "./speech-verbs";
import { trimStatement } from "./statement-span";
import type { Attribution, Suggestion } from "./types";

// A statement that only points at another ("Yerevan denies this") is no claim to tag.
const EMPTY_STATEMENT = /^(?:this|it|that|so|these|those)$/i;
// The verbs after which a bare claim noun ("the accusations") is the statement.
const DENIAL_VERB = new RegExp(`\\b(?:${DENIAL_VERBS})$`);

export function toSuggestion(text: string, reading: Reading): Suggestion | undefined {
  const { speaker } = reading;
  if (!speaker.actor) return undefined;
  const span = trimStatement(text, reading.statement);
  const denial = DENIAL_VERB.test(reading.attributionWords.trim());
  // "rejected the Russian claim on national television": the rejected claim, without when and where.
  const rejected = denial ? text.slice(span.start, span.end).match(CLAIM_NOUN_THEN_CIRCUMSTANCE) : null;
  if (rejected && onlyCircumstances(rejected[2])) span.end = span.start + rejected[1].length;
  const words = text.slice(span.start, span.end);
  // One word is no statement ("Yerevan denies this"), except a headline's quoted verdict: Kyiv: claim “false”.
  if (span.end - span.start < 3 || EMPTY_STATEMENT.test(words.trim()) || (!/\s/.test(words.trim()) && reading.pattern !== "headline")) return undefined;
  // "the accusations", "the AZERTAC report": a claim only as what a denial rejects ("Yerevan rejected the
  // accusations" is Armenia's claim, the one a rebuttal links); "Moscow confirmed the report" states nothing.
  if (CLAIM_NOUN_ONLY.test(words.trim()) && !denial) return undefined;
  // "Moscow responded within hours": when, not what.
  if (!span.quoted && words.trim().split(/\s+/).length <= 4 && onlyCircumstances(words)) return undefined;
  const attribution: Attribution = speaker.anonymous ? "ANONYMOUS_SOURCE" : span.quoted || reading.pattern === "continued" ? "DIRECT_QUOTE" : "PARAPHRASE";
  return {
    start: span.start,
    end: span.end,
    actor: speaker.actor,
    confidence: confidenceOf(reading, attribution),
    reason: reasonOf(reading, attribution),
    attribution,
    ...(speaker.relayedBy ? { relayedBy: speaker.relayedBy } : {}),
  };
}

// How sure each reading is: a named speaker with a speech verb is the surest; a pronoun read as the last
// speaker, a place standing for an office, or a quote continued without attribution, less so.
function confidenceOf(reading: Reading, attribution: Attribution): number {
  let confidence = reading.speaker.via === "named" ? 0.85 : reading.speaker.via === "back-reference" ? 0.7 : 0.55;
  if (reading.pattern === "continued") confidence = Math.min(confidence, 0.65);
  if (attribution === "DIRECT_QUOTE") confidence += 0.05;
  if (attribution === "ANONYMOUS_SOURCE") confidence -= 0.1;
  return Math.round(confidence * 100) / 100;
}

function reasonOf(reading: Reading, attribution: Attribution): string {
  const { speaker } = reading;
  const words = reading.attributionWords.replace(/\s+/g, " ").trim();
  let reason: string;
  if (reading.pattern === "continued") reason = `Quotation continuing ${speaker.actor}'s previous quote`;
  else if (attribution === "ANONYMOUS_SOURCE") reason = `Anonymous source: “${words} …”`;
  else if (attribution === "DIRECT_QUOTE") reason = `Direct quote attributed to ${speaker.surface}`;
  else reason = `Reported speech: “${words} …”`;
  if (speaker.via === "back-reference" && reading.pattern !== "continued") reason += ` (“${speaker.surface}” read as ${speaker.actor}, the last speaker)`;
  if (speaker.via === "place") reason += ` (${speaker.actor} from the place named before it)`;
  if (speaker.via === "context" && reading.pattern !== "continued") reason += ` (“${speaker.surface}” read as ${speaker.actor} from the context)`;
  if (speaker.relayedBy) reason += `, relayed by ${speaker.relayedBy}`;
  return reason;
}

/** Sorted by start; one suggestion per span and actor (the most confident). */
export function deduplicate(suggestions: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const suggestion of suggestions) {
    const key = `${suggestion.start}:${suggestion.end}:${suggestion.actor}`;
    const kept = best.get(key);
    if (!kept || kept.confidence < suggestion.confidence) best.set(key, suggestion);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
