// Who is speaking: resolving the words before (or after) a speech verb to a given actor, a third
// party, or the last speaker ("he", "the ministry"), with "X, citing Y" and anonymous sources.
import { officialState } from "./official-state";
import type { ReferentFinder } from "./referents";
import { ANONYMOUS, BACK_REFERENCE, OFFICE_NOUN } from "./speech-verbs";
import {
  CLAIM_NOUN_FIRST,
  DETERMINER_OR_PRONOUN,
  DE_FACTO,
  INSTITUTION_WORD,
  INSTITUTION,
  NOBODY,
  NON_STATE_SPEAKER,
  NOT_A_SUBJECT,
  OFFICIAL_BEFORE_NAME,
  OFFICIAL_WITHOUT_COUNTRY,
  ROLE_BEFORE_NAME,
  SPOKESPERSON_WITHOUT_COUNTRY,
  THIRD_PARTY_PERSON,
  TRAILING_CIRCUMSTANCE,
  UNNAMED_OFFICIAL,
} from "./subject-words";

export type Speaker = {
  /** null: a third party, or nobody we can name. */
  actor: string | null;
  /** The words naming the speaker, for the reason shown to the journalist. */
  surface: string;
  anonymous: boolean;
  /** "X, citing Y": actor is Y, relayedBy X. */
  relayedBy?: string;
  /** context: an official the words do not place, placed by the office or the state named before them. */
  via: "named" | "back-reference" | "place" | "context";
};

/** What the walk through the text remembers: the last speaker, for "he said", and where the sentence being read starts. */
export type SpeakerMemory = {
  last?: Speaker;
  sentenceStart?: number;
  /** The paragraph being read, and the one where the last person ("person" in byNoun) was heard. */
  paragraph?: number;
  personParagraph?: number;
  /** The state of the dateline's city ("ASTANA, Oct 7 (Reuters) -"): where the reporter is, whose officials go unnamed. */
  home?: string;
  /** The last speaker named with each office noun: "the ministry" is the last ministry heard, not whoever spoke last. */
  byNoun?: Map<string, Speaker>;
};

const REMEMBERED_NOUN = /\b(ministry|army|navy|military|police|government|presidency|agency|service|committee|headquarters|embassy|mission|source|sources|spokes(?:man|woman|person))\b/i;
// A speaker who is a person, for a later "he" or "she": a title, or a first name and surname.
const PERSON = new RegExp(`\\b(?:spokes(?:man|woman|person)|[Mm]inister|[Pp]resident|official|[Gg]overnor|[Cc]ommander|[Aa]mbassador|envoy|adviser|advisor|aide|[Ss]ecretary|chief|general|[Cc]olonel|[Mm]ayor|diplomat|ombuds(?:man|woman)|he|she|Mr|Ms|Mrs)\\b|\\b[A-Z][\\p{Ll}’'-]+\\s+(?!${INSTITUTION_WORD}\\b)[A-Z][\\p{Ll}’'-]+$`, "u");

/** Remembers `speaker` as the last speaker, and as the last one of its office noun. */
export function rememberSpeaker(memory: SpeakerMemory, speaker: Speaker): void {
  memory.last = speaker;
  // The head noun is the last one: "an Armenian Defence Ministry source" is a source.
  const noun = [...speaker.surface.matchAll(new RegExp(REMEMBERED_NOUN, "gi"))].pop()?.[1].toLowerCase();
  if (noun && speaker.via !== "back-reference") (memory.byNoun ??= new Map()).set(noun.replace(/s$/, ""), speaker);
  if (PERSON.test(speaker.surface) && !/^(?:it|they)$/i.test(speaker.surface)) {
    (memory.byNoun ??= new Map()).set("person", speaker);
    memory.personParagraph = memory.paragraph;
  }
}

type Stretch = { start: number; end: number };
/** A subject's words with its asides blanked out (offsets kept), and where its opening place and its "citing …" are. */
type Subject = { cleaned: string; anonymous: boolean; place?: Stretch; citing?: Stretch };

function readSubject(text: string, start: number, end: number): Subject | undefined {
  let raw = text.slice(start, end);
  if (/["“”«»‘]/.test(raw) || raw.trim() === "") return undefined;
  const anonymous = ANONYMOUS.test(raw);

  let place: Stretch | undefined;
  // "In Ankara,", "Speaking at a press conference in Chișinău,", "Asked about the embassy's position,": where or when, first.
  const intro = raw.match(/^\s*(?:(?:In|From|On|At)\s+[^,]{1,70}|(?:Speaking|Writing|Asked|Talking|Addressing)\s+[^,]{1,80}),\s*/);
  if (intro) {
    place = { start, end: start + intro[0].length };
    raw = " ".repeat(intro[0].length) + raw.slice(intro[0].length);
  }
  let citing: Stretch | undefined;
  const cited = raw.match(/,\s*citing\s+[^,]+,/);
  if (cited) citing = { start: start + (cited.index ?? 0), end: start + (cited.index ?? 0) + cited[0].length };

  // Blank out asides, keeping offsets: ", citing …,", ", speaking at …,", "(March 26)", "who asked not to be named".
  const blank = (match: string): string => " ".repeat(match.length);
  let cleaned = raw
    .replace(/^(\s*)(?:(?:Instead|However|Meanwhile|Separately|Later|Earlier|Also|But|And|Yet|Still|Then)(?:\s+(?:on|in|that|this|last)\s+[^,]{1,30}?)?|On\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?),?\s+/, blank)
    .replace(/,\s*(?:however|meanwhile|for (?:its|his|her|their) part|in turn|too),/g, blank)
    .replace(/,\s*(?:citing|speaking|writing|quoted|who|which|whose|as reported|in a (?:statement|commentary|comment|post|message|letter|reply)|in remarks)\b[^,]*,/g, blank)
    .replace(/\s*\([^)]*\)/g, blank)
    .replace(/\s+who\b.*$/s, blank)
    .replace(/,\s*$/, blank);
  for (let guard = 0; guard < 4; guard++) {
    const trimmed = cleaned.trimEnd().replace(TRAILING_CIRCUMSTANCE, "");
    if (trimmed === cleaned.trimEnd()) break;
    cleaned = trimmed;
  }
  return { cleaned, anonymous, place, citing };
}

/**
 * The speaker named by text.slice(start, end), or undefined when those words cannot be a subject at
 * all (so another reading of the sentence may be tried).
 */
export function resolveSpeaker(text: string, start: number, end: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const subject = readSubject(text, start, end);
  if (!subject) return undefined;
  const { cleaned, anonymous, place, citing } = subject;
  // "ministry spokesman Kamran Huseynli", "spokeswoman Irina Volkova": a spokesperson named without a country
  // speaks for the body that spoke last (the sentence before named it), and is that body's from now on.
  const spokesperson = cleaned.trim().match(SPOKESPERSON_WITHOUT_COUNTRY);
  // The navy's spokesman speaks for the navy last heard, whoever spoke since. Not so a "ministry
  // spokesman": every state has ministries, and the side last heard is the better guess.
  const bodyNoun = spokesperson?.[1]?.trim().toLowerCase();
  const body = bodyNoun && bodyNoun !== "ministry" ? memory.byNoun?.get(bodyNoun.split(/\s+/).pop() ?? bodyNoun) : undefined;
  const spokenFor = body?.actor ?? memory.last?.actor;
  const placeNamesState = place !== undefined && finder.find(text, place.start, place.end).some((referent) => referent.actor);
  if (spokesperson && !placeNamesState && spokenFor) {
    const named = spokesperson[2];
    if (named) finder.learnName(named, spokenFor);
    return relayed({ actor: spokenFor, surface: cleaned.trim(), anonymous, via: "back-reference" });
  }
  const words = cleaned.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 16 || NOT_A_SUBJECT.test(cleaned) || NOBODY.test(cleaned.trim())) return undefined;
  const official = place ? null : cleaned.trim().match(OFFICIAL_WITHOUT_COUNTRY);
  const officialPlaces = official ? finder.find(text, start, end) : [];
  if (official && officialPlaces.every((referent) => referent.kind === "place")) {
    // "the deputy governor of Gilan province": a place of the state places its official.
    const actor = officialPlaces[0]?.actor ?? officialState(text, start, end, official[0], finder, memory);
    if (actor) {
      const name = official.slice(1).find(Boolean);
      if (name) finder.learnName(name, actor);
      return relayed({ actor, surface: cleaned.trim(), anonymous, via: "context" });
    }
  }
  if (/^[a-z]/.test(words[0]) && !DETERMINER_OR_PRONOUN.test(words[0]) && !ROLE_BEFORE_NAME.test(cleaned.trim())) return undefined;
  // "Some Armenian commentators", "Georgia's main opposition alliance", "a driver from Gyumri": people
  // and bodies that speak for themselves, whatever state their words name.
  const headPhrase = cleaned.trim().split(/,|\s+(?:of|from|in|at|for|with|near)\s+/)[0];
  // "SOCAR, Azerbaijan's state oil company,": the apposition says what the head is.
  const apposition = cleaned.trim().match(/^[^,]{2,40},\s+(?:an?\s+|the\s+|[^,\s]+['’]s\s+)([^,]{2,60})/)?.[1].split(/\s+(?:of|from|in|at|for|with|near)\s+/)[0];
  const forThemselves = NON_STATE_SPEAKER.test(headPhrase) || (apposition !== undefined && !OFFICE_NOUN.test(headPhrase) && NON_STATE_SPEAKER.test(apposition));
  if (forThemselves || DE_FACTO.test(cleaned) || THIRD_PARTY_PERSON.test(headPhrase)) return relayed({ actor: null, surface: cleaned.trim(), anonymous, via: "named" });
  // "…, a charge Ukraine denies": the words name what is denied, not who speaks.
  if (CLAIM_NOUN_FIRST.test(cleaned)) return undefined;

  const head = cleaned.trim().split(",")[0].trim();
  const surface = cleaned.trim();
  // "the country's foreign minister said": the state the sentence named last.
  if (/^the country['’]s\s+/i.test(head)) {
    const named = finder.find(text, memory.sentenceStart ?? start, start).filter((referent) => referent.actor);
    const actor = named[named.length - 1]?.actor ?? memory.last?.actor;
    if (actor) return { actor, surface, anonymous, via: "context" };
  }
  // "A spokesman for the committee": whoever "the committee" is.
  const forBody = head.match(/^(?:an?|the)\s+(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at)\s+(the\s+[\p{L}\s-]{3,40})$/iu);
  if (forBody && BACK_REFERENCE.test(forBody[1])) {
    const noun = forBody[1].match(REMEMBERED_NOUN)?.[1].toLowerCase().replace(/s$/, "");
    const body = (noun ? memory.byNoun?.get(noun) : undefined) ?? memory.last;
    if (body?.actor) return { actor: body.actor, surface, anonymous, via: "back-reference" };
  }
  const unnamed = head.match(UNNAMED_OFFICIAL);
  if (unnamed) {
    const last = memory.byNoun?.get(unnamed[1].toLowerCase()) ?? memory.last;
    if (last?.actor) return { actor: last.actor, surface, anonymous, via: "back-reference" };
  }
  if (BACK_REFERENCE.test(head)) {
    // "In Moscow, the Defence Ministry said": the place names whose ministry, whoever spoke last.
    const placeActor = place ? finder.find(text, place.start, place.end).find((referent) => referent.actor)?.actor : undefined;
    if (placeActor && (OFFICE_NOUN.test(head) || !memory.last)) return { actor: placeActor, surface, anonymous, via: "place" };
    // "he" and "she" are the last person heard, not the last body ("Moscow blames …. He said …").
    // Only a person heard in this paragraph or the one before: further back, "he" is the writer's loose "it".
    const personNear = memory.personParagraph !== undefined && memory.paragraph !== undefined && memory.paragraph - memory.personParagraph <= 1;
    const noun = /^(?:he|she)$/i.test(head) && personNear && memory.last && isBody(memory.last.surface, finder) ? "person" : head.match(REMEMBERED_NOUN)?.[1].toLowerCase().replace(/s$/, "");
    // "its Foreign Ministry": the ministry of whoever was last the subject, not the last ministry heard.
    const owned = /^(?:its|their)\s/i.test(head);
    const last = (noun && !owned ? memory.byNoun?.get(noun) : undefined) ?? memory.last;
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
  // "Russia and Ukraine accused each other", "Armenian and Azerbaijani officials said": no single speaker.
  const second = outsideAsides.find((referent) => referent.actor && first?.actor && referent.actor !== first.actor);
  if (first && second && /\band\b/.test(text.slice(first.end, second.start))) return { actor: null, surface, anonymous, via: "named" };
  let speaker: Speaker;
  if (first) {
    speaker = { actor: first.actor, surface, anonymous, via: "named" };
    // "Armenia's deputy prime minister …, Gevorg Sahakyan,": the name is Armenia's from now on ("Sahakyan said").
    const person = cleaned.match(PERSON_IN_SUBJECT)?.[1];
    if (person && first.actor && !finder.find(person).some((referent) => referent.kind !== "official")) finder.learnName(person, first.actor);
  } else {
    const placeActor = place ? finder.find(text, place.start, place.end).find((referent) => referent.actor)?.actor : undefined;
    if (!placeActor || !OFFICE_NOUN.test(cleaned)) return relayed({ actor: null, surface, anonymous, via: "named" });
    speaker = { actor: placeActor, surface, anonymous, via: "place" };
    const official = cleaned.match(OFFICIAL_BEFORE_NAME);
    if (official) finder.learnName(official[1], placeActor);
  }
  return relayed(speaker);

  /** "X, citing Y, said": the statement is Y's, relayed by X (a medium or third party relays none of its own). */
  function relayed(speaker: Speaker): Speaker {
    if (!citing) return speaker;
    const citedNoun = text.slice(citing.start, citing.end).match(/citing\s+(?:the|its)\s+(ministry|army|navy|military|government|presidency|command|service)(?:['’]s)?\b/i)?.[1].toLowerCase();
    const citedBack = citedNoun ? memory.byNoun?.get(citedNoun) : undefined;
    // "Iran's state broadcaster IRIB, citing the navy's northern command": a body the medium's own state has.
    const mediumState = citedNoun ? finder.find(text, start, citing.start).find((referent) => referent.actor)?.actor : undefined;
    const source =
      finder.find(text, citing.start, citing.end).find((referent) => referent.actor) ??
      (citedBack?.actor ? { actor: citedBack.actor } : undefined) ??
      (mediumState && speaker.actor === null ? { actor: mediumState } : undefined);
    const citingAnonymous = ANONYMOUS.test(text.slice(citing.start, citing.end));
    if (!source?.actor || source.actor === speaker.actor) return speaker;
    return { ...speaker, actor: source.actor, relayedBy: speaker.actor ?? undefined, anonymous: speaker.anonymous || citingAnonymous };
  }
}

// A first name and surname standing alone in a subject, not an institution's two capitalised words.
const PERSON_IN_SUBJECT = new RegExp(`(?:^|,\\s+|\\s)((?!(?:Foreign|Defen[cs]e|Interior|State|National|Prime|Deputy|General|Security|Border|Federal|Presidential)\\b)[A-Z][\\p{Ll}’'-]+\\s+(?!${INSTITUTION_WORD}\\b)[A-Z][\\p{Ll}’'-]+)\\s*,?\\s*$`, "u");

const BODY = /\b(?:ministry|government|army|military|command|service|office|embassy|presidency|headquarters|agency|forces|Ministry|Government|Army|Command|Service|Office|Embassy|Presidency|Headquarters|Agency|Forces)\b/u;

/** Whether a speaker's words name a body ("the Russian Defence Ministry", "Moscow"), which no "he" or "she" refers to. */
function isBody(surface: string, finder: ReferentFinder): boolean {
  if (BODY.test(surface) && !PERSON.test(surface)) return true;
  const [only] = finder.find(surface);
  return only !== undefined && only.kind !== "official" && only.kind !== "adjective" && surface.trim().replace(/^the\s+/i, "") === only.surface;
}
