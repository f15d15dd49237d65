// Sentences that attribute nothing but name who will speak next, so a following "it" or "he" is theirs.
import type { ReferentFinder } from "./referents";
import type { Sentence } from "./sentences";
import { rememberSpeaker, resolveSpeaker, type SpeakerMemory } from "./speaker";
import { NON_STATE_SPEAKER } from "./subject-words";

/**
 * A sentence that states nothing but names who speaks next: "The Russian Defence Ministry made no
 * mention of the ship. Instead it said …", "Kremlin spokesman Anatoly Zverev has been speaking to
 * reporters.", "Farid Karimli, a foreign policy aide to Azerbaijan's president, was unmoved.",
 * "Foreign Ministry spokeswoman Yelena Sorokina was blunter." (her ministry is the one last heard),
 * "Asked about her remarks, Movsisyan was unapologetic.": the next "it", "he" or "she" is them.
 */
export function rememberActingBody(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): void {
  const remember = (actor: string | null, surface: string): void => rememberSpeaker(memory, { actor, surface, anonymous: false, via: "named" });
  const opening = sentence.text.match(/^(?:The\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:ministry|government|presidency|command|army|navy|military|forces|diplomacy|spokes(?:man|woman|person)|minister|Ministry|Government|Presidency|Command|Army|Navy|Forces|Staff|Service|Embassy|Headquarters|Guard|Agency|Office|Minister|version|read-out|readout|statement)\b(?:\s+(?:source|official)s?\b)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}]+(?:\s+(?=[A-Z]))?){1,4}){0,3}/u);
  const referent = opening && finder.find(text, sentence.start, sentence.start + opening[0].length)[0];
  if (opening && referent) return remember(referent.actor, opening[0]);
  // "That drew a quick response from Moscow.": the state answering speaks next.
  const answering = sentence.text.match(/\b(?:response|reaction|reply|rebuttal|denial|answer)\s+from\s+([^,.;]{2,60})/);
  if (answering) {
    const at = sentence.start + (answering.index ?? 0) + answering[0].lastIndexOf(answering[1]);
    const state = finder.find(text, at, at + answering[1].length).find((candidate) => candidate.actor);
    if (state) return remember(state.actor, answering[1]);
  }
  const spokesperson = sentence.text.match(SPOKESPERSON_OPENING);
  if (spokesperson && memory.last?.actor) {
    finder.learnName(spokesperson[1], memory.last.actor);
    return remember(memory.last.actor, spokesperson[0]);
  }
  const apposition = sentence.text.match(NAME_WITH_APPOSITION);
  if (apposition && OFFICE_TITLE.test(apposition[2])) {
    const at = sentence.start + apposition[0].indexOf(apposition[2]);
    const state = finder.find(text, at, at + apposition[2].length).find((candidate) => candidate.actor !== undefined);
    if (state) {
      if (state.actor) finder.learnName(apposition[1], state.actor);
      return remember(state.actor, apposition[1]);
    }
  }
  // "Iran, which has long opposed …, appeared reassured.", "Baku was not reassured.": the state itself, as the subject.
  const opener = finder.find(text, sentence.start, Math.min(sentence.end, sentence.start + 40))[0];
  // "Russia weighs in.", "Baku hit back.": a short sentence whose subject is the state.
  const short = sentence.text.trim().split(/\s+/).length <= 6;
  if (opener && opener.start === sentence.start && opener.actor && opener.kind !== "adjective" && (short || /^(?:,|\s+(?:was|is|has|had|appeared|seemed|remained|struck|took|went)\b)/.test(text.slice(opener.end, opener.end + 12)))) {
    return remember(opener.actor, opener.surface);
  }
  // "Asked about her remarks, Movsisyan was …": an official already known, as the subject.
  const subjectAt = sentence.text.match(/^(?:(?:Asked|Speaking|Pressed|Later|Meanwhile|However|In|At|On|After)\b[^,]{0,60},\s+)?/u)?.[0].length ?? 0;
  const subject = finder.find(text, sentence.start + subjectAt, Math.min(sentence.end, sentence.start + subjectAt + 40))[0];
  if (subject && subject.start === sentence.start + subjectAt && subject.kind === "official" && subject.actor) return remember(subject.actor, subject.surface);
  // "Deputy Foreign Minister Selim Karaduman has spent the year flying between …": an official of the side last
  // heard (or of the dateline's state) comes in, named for later ("Karaduman said").
  const official = sentence.text.slice(subjectAt).match(OFFICIAL_OPENING);
  if (official) {
    const at = sentence.start + subjectAt;
    const speaker = resolveSpeaker(text, at, at + official[1].length, finder, memory);
    if (speaker?.actor) return rememberSpeaker(memory, speaker);
  }
  // "Economist Aigerim Sultanbekova believes …", "Ozkan's colleague Deniz Aydin had a simpler explanation.":
  // someone who speaks for no state comes in, and the next "she said" is hers, not the last official's.
  const newcomer = sentence.text.slice(subjectAt).match(NEWCOMER);
  if (newcomer && !finder.find(newcomer[0]).some((referent) => referent.actor) && (NON_STATE_SPEAKER.test(newcomer[0]) || !OFFICE_TITLE.test(newcomer[0]))) remember(null, newcomer[0]);
}

const OFFICIAL_OPENING = /^((?:(?:Deputy|First Deputy|Vice)\s+)?(?:Prime Minister|President|(?:[A-Z][\p{Ll}]+\s+){0,2}Minister)\s+[A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2})\s+(?:has|had|was|is|spent|arrived|met|visited|flew|travelled|traveled)\b/u;

// A person as the subject: an optional role ("Economist", "Ozkan's colleague"), then a first name and surname.
const NEWCOMER = /^(?:(?:[A-Z][\p{Ll}]+['’]s\s+)?[A-Za-z][\p{Ll}]+\s+)?[A-Z][\p{Ll}’'-]+\s+[A-Z][\p{Ll}’'-]+(?=\s+(?:had|has|was|is|believes|thinks|gave|offered|sees|saw|took|put|spent|works|worked|said)\b)/u;

// "Foreign Ministry spokeswoman Yelena Sorokina was blunter.": a spokesperson named without a country.
const SPOKESPERSON_OPENING = /^(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+)?(?:[Mm]inistry\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3})\b/u;
// "Farid Karimli, a foreign policy aide to Azerbaijan's president, …".
const NAME_WITH_APPOSITION = /^([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2}),\s+((?:a|an|the)\s+[^,]{3,80}),/u;
const OFFICE_TITLE = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|official|ambassador|envoy|deputy|commander|general|officer|diplomat|secretary)\b/i;
