// Who is speaking: resolving the words before (or after) a speech verb to a given actor, a third
// party, or the last speaker ("he", "the ministry"), with "X, citing Y" and anonymous sources.
import type { ReferentFinder } from "./referents";
import { ANONYMOUS, BACK_REFERENCE, OFFICE_NOUN } from "./speech-verbs";

export type Speaker = {
  /** null: a third party, or nobody we can name. */
  actor: string | null;
  /** The words naming the speaker, for the reason shown to the journalist. */
  surface: string;
  anonymous: boolean;
  /** "X, citing Y": actor is Y, relayedBy X. */
  relayedBy?: string;
  via: "named" | "back-reference" | "place";
};

/** What the walk through the text remembers: the last speaker, for "he said". */
export type SpeakerMemory = { last?: Speaker };

// A subject holds no clause of its own: "this is the first time that Moscow has accused" is narration.
// Auxiliaries are allowed only right before the verb ("Russia has accused"), where they are trimmed first.
const NOT_A_SUBJECT = /\b(?:that|which|what|when|but|because|if|since|while|where|is|are|was|were|be|been|being|not|never|did|does|do|had|has|have|would|will|could|should|might|must|can|didn't|doesn't)\b|n't\b/i;
const TRAILING_CIRCUMSTANCE = /\s+(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|for its part|later|also|again|has|have|had|would|will|then|earlier|previously|now|today|yesterday|repeatedly|once again|in (?:a|its) statement|overnight)$/;
const CLAIM_NOUN_FIRST = /^\s*(?:a|an|the|this|that|which)\s+(?:charge|claim|accusation|allegation|assertion|version|account|report)s?\b/i;
const DETERMINER_OR_PRONOUN = /^(?:the|a|an|its|his|her|their|he|she|it|they|one|two|three|several|some)$/;
const SPOKESPERSON_WITHOUT_COUNTRY = /^(?:(?:the|a)\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|[Ee]mergencies)\s+)?(?:[Mm]inistry\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)(?:\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3}))?$/u;
const INSTITUTION = /\b(?:Institute|University|Centre|Center|Foundation|School|Academy|think tank|Fund|Observatory|Programme|Program)\b/;
const OFFICIAL_BEFORE_NAME = /\b(?:President|Prime Minister|Minister|[Ss]pokes(?:man|woman|person)|[Aa]ide|[Aa]dviser)\s+([A-Z]\p{Ll}+\s+[A-Z][\p{Ll}-]+)/u;

/**
 * The speaker named by text.slice(start, end), or undefined when those words cannot be a subject at
 * all (so another reading of the sentence may be tried).
 */
export function resolveSpeaker(text: string, start: number, end: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  let raw = text.slice(start, end);
  if (/["“”«»‘]/.test(raw) || raw.trim() === "") return undefined;
  const anonymous = ANONYMOUS.test(raw);

  let place: { start: number; end: number } | undefined;
  const intro = raw.match(/^\s*(?:In|From|On|At)\s+[^,]{1,40},\s*/);
  if (intro) {
    place = { start, end: start + intro[0].length };
    raw = " ".repeat(intro[0].length) + raw.slice(intro[0].length);
  }
  let citing: { start: number; end: number } | undefined;
  const cited = raw.match(/,\s*citing\s+[^,]+,/);
  if (cited) citing = { start: start + (cited.index ?? 0), end: start + (cited.index ?? 0) + cited[0].length };

  // Blank out asides, keeping offsets: ", citing …,", ", speaking at …,", "(March 26)", "who asked not to be named".
  const blank = (match: string): string => " ".repeat(match.length);
  let cleaned = raw
    .replace(/^(\s*)(?:Instead|However|Meanwhile|Separately|Later|Earlier|Also|But|And|Yet|Still|Then),?\s+/, blank)
    .replace(/,\s*(?:however|meanwhile|for (?:its|his|her|their) part|in turn|too),/g, blank)
    .replace(/,\s*(?:citing|speaking|writing|quoted|who|which|whose)\b[^,]*,/g, blank)
    .replace(/\s*\([^)]*\)/g, blank)
    .replace(/\s+who\b.*$/s, blank)
    .replace(/,\s*$/, blank);
  for (let guard = 0; guard < 4; guard++) {
    const trimmed = cleaned.trimEnd().replace(TRAILING_CIRCUMSTANCE, "");
    if (trimmed === cleaned.trimEnd()) break;
    cleaned = trimmed;
  }
  // "ministry spokesman Kamran Huseynli", "spokeswoman Irina Volkova": a spokesperson named without a country
  // speaks for the body that spoke last (the sentence before named it), and is that body's from now on.
  const spokesperson = cleaned.trim().match(SPOKESPERSON_WITHOUT_COUNTRY);
  if (spokesperson && !place && memory.last?.actor) {
    const named = spokesperson[1];
    if (named) finder.learnName(named, memory.last.actor);
    return { actor: memory.last.actor, surface: cleaned.trim(), anonymous, via: "back-reference" };
  }
  const words = cleaned.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || NOT_A_SUBJECT.test(cleaned)) return undefined;
  if (/^[a-z]/.test(words[0]) && !DETERMINER_OR_PRONOUN.test(words[0])) return undefined;
  // "…, a charge Ukraine denies": the words name what is denied, not who speaks.
  if (CLAIM_NOUN_FIRST.test(cleaned)) return undefined;

  const head = cleaned.trim().split(",")[0].trim();
  const surface = cleaned.trim();
  if (BACK_REFERENCE.test(head)) {
    const last = memory.last;
    if (!last) return { actor: null, surface, anonymous, via: "back-reference" };
    return { actor: last.actor, surface, anonymous: anonymous || last.anonymous, relayedBy: last.relayedBy, via: "back-reference" };
  }

  // "Hayk Melkonyan of the Caucasus Policy Institute in Yerevan": an institution's person speaks for it, not for the place.
  if (INSTITUTION.test(cleaned) && !OFFICE_NOUN.test(cleaned)) return { actor: null, surface, anonymous, via: "named" };
  const outsideAsides = finder
    .find(text, start, start + cleaned.length)
    .filter((referent) => !(place && referent.start < place.end) && !(citing && referent.start >= citing.start && referent.end <= citing.end))
    .filter((referent) => cleaned.slice(referent.start - start, referent.end - start).trim() !== "");
  const first = outsideAsides[0];
  let speaker: Speaker;
  if (first) {
    speaker = { actor: first.actor, surface, anonymous, via: "named" };
  } else {
    const placeActor = place ? finder.find(text, place.start, place.end).find((referent) => referent.actor)?.actor : undefined;
    if (!placeActor || !OFFICE_NOUN.test(cleaned)) return { actor: null, surface, anonymous, via: "named" };
    speaker = { actor: placeActor, surface, anonymous, via: "place" };
    const official = cleaned.match(OFFICIAL_BEFORE_NAME);
    if (official) finder.learnName(official[1], placeActor);
  }
  if (citing && speaker.actor) {
    const source = finder.find(text, citing.start, citing.end).find((referent) => referent.actor);
    const citingAnonymous = ANONYMOUS.test(text.slice(citing.start, citing.end));
    if (source?.actor && source.actor !== speaker.actor) {
      return { ...speaker, actor: source.actor, relayedBy: speaker.actor, anonymous: speaker.anonymous || citingAnonymous };
    }
  }
  return speaker;
}
