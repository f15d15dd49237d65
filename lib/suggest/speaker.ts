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
  /** context: an official the words do not place, placed by the office or the state named before them. */
  via: "named" | "back-reference" | "place" | "context";
};

/** What the walk through the text remembers: the last speaker, for "he said", and where the sentence being read starts. */
export type SpeakerMemory = {
  last?: Speaker;
  sentenceStart?: number;
  /** The last speaker named with each office noun: "the ministry" is the last ministry heard, not whoever spoke last. */
  byNoun?: Map<string, Speaker>;
};

const REMEMBERED_NOUN = /\b(ministry|army|military|government|presidency|agency|source|sources|spokes(?:man|woman|person))\b/i;

/** Remembers `speaker` as the last speaker, and as the last one of its office noun. */
export function rememberSpeaker(memory: SpeakerMemory, speaker: Speaker): void {
  memory.last = speaker;
  // The head noun is the last one: "an Armenian Defence Ministry source" is a source.
  const noun = [...speaker.surface.matchAll(new RegExp(REMEMBERED_NOUN, "gi"))].pop()?.[1].toLowerCase();
  if (noun && speaker.via !== "back-reference") (memory.byNoun ??= new Map()).set(noun.replace(/s$/, ""), speaker);
}

// A subject holds no clause of its own: "this is the first time that Moscow has accused" is narration.
// Auxiliaries are allowed only right before the verb ("Russia has accused"), where they are trimmed first.
const NOT_A_SUBJECT = /\b(?:that|which|what|when|but|because|if|since|while|where|is|are|was|were|be|been|being|not|never|did|does|do|had|has|have|would|will|could|should|might|must|can|didn't|doesn't)\b|n't\b/i;
const TRAILING_CIRCUMSTANCE = /\s+(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|for its part|later|also|again|has|have|had|would|will|then|earlier|previously|now|today|yesterday|repeatedly|once again|in (?:a|its) statement|overnight|long|often|always|in the past)$/;
const CLAIM_NOUN_FIRST = /^\s*(?:a|an|the|this|that|which)\s+(?:charge|claim|accusation|allegation|assertion|version|account|report)s?\b/i;
// "governor Oleh Kravets says", "with host Iran warning": a lower-case role word before a name.
const ROLE_BEFORE_NAME = /^(?:governor|mayor|spokes(?:man|woman|person)|minister|president|commander|ombuds(?:man|woman)|host|neighbouring|neighboring|fellow)\s+[A-Z]/;
const DETERMINER_OR_PRONOUN = /^(?:the|a|an|its|his|her|their|he|she|it|they|one|two|three|several|some)$/;
const SPOKESPERSON_WITHOUT_COUNTRY = /^(?:(?:[Tt]he|[Aa]|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|[Ee]mergencies|[Ee]mbassy|[Pp]residential)\s+)?(?:[Mm]inistry\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)(?:,?\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3}))?,?$/u;
// "Prime Minister Giorgi Beridze", "Brigadier General Masoud Rezaei, commander of the army's ground
// forces", "a senior commander": an official of a state the words do not name. News writing names the
// country just before ("Iran's army began exercises, with a senior commander warning …") or the
// official speaks for the side last heard ("Georgia's Foreign Ministry …. Prime Minister Giorgi Beridze went further").
const OFFICIAL_WITHOUT_COUNTRY = /^(?:(?:a|the)\s+senior\s+(?:commander|military official|officer)|(?:the\s+)?(?:deputy\s+)?governor\s+of\s+[A-Z][\p{L}-]+(?:\s+(?:province|region|oblast))?(?:,\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3}))?|(?:(?:Deputy|First Deputy|Vice)\s+)?(?:Prime Minister|President|(?:[A-Z][\p{Ll}]+\s+){0,2}Minister|Minister of [A-Z][\p{L} ]{2,30}|(?:Brigadier |Major |Lieutenant )?General|Colonel|(?:Rear |Vice )?Admiral)\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3})(?:,\s*[^,]{3,80})?|(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:senior\s+)?(?:official|aide|adviser|source)\s+(?:in|at|from)\s+the\s+(?:prime minister['’]s|president['’]s|presidential|foreign minister['’]s)\s+(?:office|administration|staff)|(?:[Tt]he\s+)?(?:(?:State|National|Federal|Foreign|Border|Security|Intelligence|Investigative|Customs|Migration|Emergency|Emergencies)\s+){1,3}(?:Service|Committee|Guard)|[Tt]he\s+(?!(?:International|European|United|World|Interstate|Global|Joint)\b)(?:[A-Z][\p{Ll}]+\s+){1,2}(?:Headquarters|Directorate|Inspectorate)),?$/u;
// Speakers for themselves: parliaments' members, the opposition, companies, trade bodies, citizens.
const NON_STATE_SPEAKER = /\b(?:lawmakers?|MPs?|parliamentarians|commentators?|opposition|bloc|alliance|part(?:y|ies)|drivers?|engineers?|compan(?:y|ies)|firms?|operators?|associations?|Association|unions?|Union|farmers?|residents?|citizens?|villagers?|workers?|doctors?|shipowners?|carriers?|traders?|bloggers?|activists?|students?|veterans?|clergy|economists?|historians?|scholars?|academics?|professors?|lawyers?|campaigners?|pollsters?)\b/;
// Moscow-installed or separatist authorities: neither the state whose territory they hold nor (by the gold's convention) the one that installed them.
const DE_FACTO = /(?:\p{L}+-(?:appointed|installed|backed|controlled)|\boccupied\b|\bde facto\b|\bself-(?:proclaimed|declared)\b|\bseparatists?\b)/u;
// "A ministry official, who asked not to be named, said": the ministry last heard.
const UNNAMED_OFFICIAL = /^(?:a|an|one)\s+(?:senior\s+)?(ministry|government|army|military|presidency)\s+(?:official|source|spokes(?:man|woman|person)|aide)$/i;
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
    .replace(/^(\s*)(?:(?:Instead|However|Meanwhile|Separately|Later|Earlier|Also|But|And|Yet|Still|Then)(?:\s+(?:on|in|that|this|last)\s+[^,]{1,30}?)?|On\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?),?\s+/, blank)
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
    return relayed({ actor: memory.last.actor, surface: cleaned.trim(), anonymous, via: "back-reference" });
  }
  const words = cleaned.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || NOT_A_SUBJECT.test(cleaned)) return undefined;
  // "Some Armenian commentators", "Georgia's main opposition alliance", "a driver from Gyumri": people
  // and bodies that speak for themselves, whatever state their words name.
  const headPhrase = cleaned.trim().split(/,|\s+(?:of|from|in|at|for|with|near)\s+/)[0];
  if (NON_STATE_SPEAKER.test(headPhrase) || DE_FACTO.test(cleaned)) return { actor: null, surface: cleaned.trim(), anonymous, via: "named" };
  const official = place ? null : cleaned.trim().match(OFFICIAL_WITHOUT_COUNTRY);
  const officialPlaces = official ? finder.find(text, start, end) : [];
  if (official && officialPlaces.every((referent) => referent.kind === "place")) {
    // "the deputy governor of Gilan province": a place of the state places its official.
    const actor = officialPlaces[0]?.actor ?? officeHolderOf(text, start, official[0], finder) ?? contextActor(text, start, finder, memory);
    if (actor) {
      const name = official[1] ?? official[2];
      if (name) finder.learnName(name, actor);
      return relayed({ actor, surface: cleaned.trim(), anonymous, via: "context" });
    }
  }
  if (/^[a-z]/.test(words[0]) && !DETERMINER_OR_PRONOUN.test(words[0]) && !ROLE_BEFORE_NAME.test(cleaned.trim())) return undefined;
  // "…, a charge Ukraine denies": the words name what is denied, not who speaks.
  if (CLAIM_NOUN_FIRST.test(cleaned)) return undefined;

  const head = cleaned.trim().split(",")[0].trim();
  const surface = cleaned.trim();
  const unnamed = head.match(UNNAMED_OFFICIAL);
  if (unnamed) {
    const last = memory.byNoun?.get(unnamed[1].toLowerCase()) ?? memory.last;
    if (last?.actor) return { actor: last.actor, surface, anonymous, via: "back-reference" };
  }
  if (BACK_REFERENCE.test(head)) {
    const noun = head.match(REMEMBERED_NOUN)?.[1].toLowerCase().replace(/s$/, "");
    const last = (noun ? memory.byNoun?.get(noun) : undefined) ?? memory.last;
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
    const citedNoun = text.slice(citing.start, citing.end).match(/citing\s+(?:the|its)\s+(ministry|army|military|government|presidency)\b/i)?.[1].toLowerCase();
    const citedBack = citedNoun ? memory.byNoun?.get(citedNoun) : undefined;
    const source = finder.find(text, citing.start, citing.end).find((referent) => referent.actor) ?? (citedBack?.actor ? { actor: citedBack.actor } : undefined);
    const citingAnonymous = ANONYMOUS.test(text.slice(citing.start, citing.end));
    if (!source?.actor || source.actor === speaker.actor) return speaker;
    return { ...speaker, actor: source.actor, relayedBy: speaker.actor ?? undefined, anonymous: speaker.anonymous || citingAnonymous };
  }
}

/**
 * The state an official the words do not place belongs to: the nearest state named as an owner before
 * them in the sentence ("Iran's army", "the Armenian government"), else the side last heard.
 */
function contextActor(text: string, start: number, finder: ReferentFinder, memory: SpeakerMemory): string | null | undefined {
  const sentenceStart = memory.sentenceStart ?? start;
  const owners = finder
    .find(text, sentenceStart, start)
    .filter((referent) => referent.actor && (referent.kind === "adjective" || /^['’]s\b/.test(text.slice(referent.end, referent.end + 3))));
  return owners.length ? owners[owners.length - 1].actor : memory.last?.actor;
}

// With its "Deputy": a deputy foreign minister is not the foreign minister named earlier.
const OFFICE = /\b(?:(?:Deputy|First Deputy|Vice)\s+)?(?:Prime Minister|President|(?:Foreign|Defen[cs]e|Interior|Economy|Energy) Minister)\b/i;

/** "Turkey's foreign minister … said" earlier, "Foreign Minister Hakan Yilmazer" now: the same office of the same state. */
function officeHolderOf(text: string, start: number, words: string, finder: ReferentFinder): string | undefined {
  const office = words.match(OFFICE)?.[0];
  if (!office) return undefined;
  const deputy = /^(?:Deputy|First Deputy|Vice)\s/i.test(office);
  const after = new RegExp(`^(?:['’]s)?\\s+(?:new\\s+|acting\\s+)?${deputy ? "" : "(?!deputy\\s|vice\\s)"}${office.replace(/\s+/g, "\\s+")}\\b`, "i");
  const holders = finder.find(text, 0, start).filter((referent) => referent.actor && after.test(text.slice(referent.end, referent.end + 40)));
  return holders.length ? (holders[holders.length - 1].actor ?? undefined) : undefined;
}
