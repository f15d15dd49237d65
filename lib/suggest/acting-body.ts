// Sentences that attribute nothing but name who will speak next, so a following "it" or "he" is theirs.
import type { ReferentFinder } from "./referents";
import type { Sentence } from "./sentences";
import { rememberSpeaker, resolveSpeaker, type Speaker, type SpeakerMemory } from "./speaker";
import { NON_STATE_SPEAKER } from "./subject-words";

/**
 * A sentence that states nothing but names who speaks next: "The Russian Defence Ministry made no
 * mention of the ship. Instead it said …", "Kremlin spokesman Anatoly Zverev has been speaking to
 * reporters.", "Farid Karimli, a foreign policy aide to Azerbaijan's president, was unmoved.",
 * "Foreign Ministry spokeswoman Yelena Sorokina was blunter." (her ministry is the one last heard),
 * "Asked about her remarks, Movsisyan was unapologetic.": the next "it", "he" or "she" is them. The
 * cues below are tried in order; the first that names someone wins.
 */
export function rememberActingBody(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): void {
  for (const cue of CUES) {
    const speaker = cue(text, sentence, finder, memory);
    if (speaker) return rememberSpeaker(memory, speaker);
  }
}

type Cue = (text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory) => Speaker | undefined;

const named = (actor: string | null, surface: string): Speaker => ({ actor, surface, anonymous: false, via: "named" });

// "The Ministry of Foreign Affairs of the Republic of Moldova on Tuesday summoned …", "Ukraine's General Staff gave a different account."
const BODY_OPENING = /^(?:The\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:ministry|government|presidency|command|army|navy|military|forces|diplomacy|spokes(?:man|woman|person)|minister|Ministry|Government|Presidency|Command|Army|Navy|Forces|Staff|Service|Embassy|Headquarters|Guard|Agency|Office|Minister|version|read-out|readout|statement)\b(?:\s+(?:source|official)s?\b)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}]+(?:\s+(?=[A-Z]))?){1,4}){0,3}/u;

const bodyOpening: Cue = (text, sentence, finder) => {
  const opening = sentence.text.match(BODY_OPENING);
  const referent = opening && finder.find(text, sentence.start, sentence.start + opening[0].length)[0];
  return opening && referent ? named(referent.actor, opening[0]) : undefined;
};

// "That drew a quick response from Moscow.": the state answering speaks next.
const answeringState: Cue = (text, sentence, finder) => {
  const answering = sentence.text.match(/\b(?:response|reaction|reply|rebuttal|denial|answer)\s+from\s+([^,.;]{2,60})/);
  if (!answering) return undefined;
  const at = sentence.start + (answering.index ?? 0) + answering[0].lastIndexOf(answering[1]);
  const state = finder.find(text, at, at + answering[1].length).find((candidate) => candidate.actor);
  return state ? named(state.actor, answering[1]) : undefined;
};

const spokespersonOpening: Cue = (_text, sentence, finder, memory) => {
  const spokesperson = sentence.text.match(SPOKESPERSON_OPENING);
  if (!spokesperson || !memory.last?.actor) return undefined;
  finder.learnName(spokesperson[1], memory.last.actor);
  return named(memory.last.actor, spokesperson[0]);
};

const appositionOpening: Cue = (text, sentence, finder) => {
  const apposition = sentence.text.match(NAME_WITH_APPOSITION);
  if (!apposition || !OFFICE_TITLE.test(apposition[2])) return undefined;
  const at = sentence.start + apposition[0].indexOf(apposition[2]);
  const state = finder.find(text, at, at + apposition[2].length).find((candidate) => candidate.actor !== undefined);
  if (!state) return undefined;
  if (state.actor) finder.learnName(apposition[1], state.actor);
  return named(state.actor, apposition[1]);
};

// "Iran, which has long opposed …, appeared reassured.", "Baku was not reassured.", "Russia weighs in.":
// the state itself as the subject (of a short sentence, or before a comma or a linking verb).
const stateAsSubject: Cue = (text, sentence, finder) => {
  const opener = finder.find(text, sentence.start, Math.min(sentence.end, sentence.start + 40))[0];
  const short = sentence.text.trim().split(/\s+/).length <= 6;
  if (!opener || opener.start !== sentence.start || !opener.actor || opener.kind === "adjective") return undefined;
  return short || /^(?:,|\s+(?:was|is|has|had|appeared|seemed|remained|struck|took|went)\b)/.test(text.slice(opener.end, opener.end + 12)) ? named(opener.actor, opener.surface) : undefined;
};

// Where the subject starts after an opening circumstance ("Asked about her remarks, ").
function subjectStart(sentence: Sentence): number {
  return sentence.text.match(/^(?:(?:Asked|Speaking|Pressed|Later|Meanwhile|However|In|At|On|After)\b[^,]{0,60},\s+)?/u)?.[0].length ?? 0;
}

// "Asked about her remarks, Movsisyan was …": an official already known, as the subject.
const knownOfficial: Cue = (text, sentence, finder) => {
  const at = sentence.start + subjectStart(sentence);
  const subject = finder.find(text, at, Math.min(sentence.end, at + 40))[0];
  return subject && subject.start === at && subject.kind === "official" && subject.actor ? named(subject.actor, subject.surface) : undefined;
};

// "Deputy Foreign Minister Selim Karaduman has spent the year flying between …": an official of the side last
// heard (or of the dateline's state) comes in, named for later ("Karaduman said").
const officialComingIn: Cue = (text, sentence, finder, memory) => {
  const at = sentence.start + subjectStart(sentence);
  const official = text.slice(at, sentence.end).match(OFFICIAL_OPENING);
  if (!official) return undefined;
  const speaker = resolveSpeaker(text, at, at + official[1].length, finder, memory);
  return speaker?.actor ? speaker : undefined;
};

// "Economist Aigerim Sultanbekova believes …", "Ozkan's colleague Deniz Aydin had a simpler explanation.":
// someone who speaks for no state comes in, and the next "she said" is hers, not the last official's.
const newcomer: Cue = (text, sentence, finder) => {
  const found = sentence.text.slice(subjectStart(sentence)).match(NEWCOMER);
  if (!found || finder.find(found[0]).some((referent) => referent.actor)) return undefined;
  return NON_STATE_SPEAKER.test(found[0]) || !OFFICE_TITLE.test(found[0]) ? named(null, found[0]) : undefined;
};

const CUES: Cue[] = [bodyOpening, answeringState, spokespersonOpening, appositionOpening, stateAsSubject, knownOfficial, officialComingIn, newcomer];

const OFFICIAL_OPENING = /^((?:(?:Deputy|First Deputy|Vice)\s+)?(?:Prime Minister|President|(?:[A-Z][\p{Ll}]+\s+){0,2}Minister)\s+[A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2})\s+(?:has|had|was|is|spent|arrived|met|visited|flew|travelled|traveled)\b/u;

// A person as the subject: an optional role ("Economist", "Ozkan's colleague"), then a first name and surname.
const NEWCOMER = /^(?:(?:[A-Z][\p{Ll}]+['’]s\s+)?[A-Za-z][\p{Ll}]+\s+)?[A-Z][\p{Ll}’'-]+\s+[A-Z][\p{Ll}’'-]+(?=\s+(?:had|has|was|is|believes|thinks|gave|offered|sees|saw|took|put|spent|works|worked|said)\b)/u;

// "Foreign Ministry spokeswoman Yelena Sorokina was blunter.": a spokesperson named without a country.
const SPOKESPERSON_OPENING = /^(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+)?(?:[Mm]inistry\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3})\b/u;
// "Farid Karimli, a foreign policy aide to Azerbaijan's president, …".
const NAME_WITH_APPOSITION = /^([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2}),\s+((?:a|an|the)\s+[^,]{3,80}),/u;
const OFFICE_TITLE = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|official|ambassador|envoy|deputy|commander|general|officer|diplomat|secretary)\b/i;
