// suggestClaims: walks the sentences of an article and proposes, for each statement attributed to one
// of the given actors, the span of the statement itself (not the attribution words) and its actor.
// A pattern grammar over one sentence at a time, in this order: "according to X, …", "…, X said."
// (tried before "X said …" so that "Azerbaijani units crossed the line, the Kremlin said" is the
// Kremlin's), "X said (that) …", and a quotation continuing the previous sentence's quote.
import { createReferentFinder, type ReferentFinder } from "./referents";
import { splitSentences, type Sentence } from "./sentences";
import { rememberSpeaker, resolveSpeaker, type Speaker, type SpeakerMemory } from "./speaker";
import { APPEAL_AFTER_VERB, onlyCircumstances, SPEECH_VERB, statementStart } from "./speech-verbs";
import { splitCoordinated, trimStatement, type Span } from "./statement-span";
import type { ActorRef, Attribution, Suggestion } from "./types";

type Reading = { speaker: Speaker; statement: Span; attributionWords: string; pattern: "leading" | "trailing" | "according" | "continued" | "headline" };

// A statement of one word, or one that only points at another ("Yerevan denies this"), is no claim to tag.
const EMPTY_STATEMENT = /^(?:this|it|that|so|these|those|the (?:report|reports|claim|claims|account|allegations?|accusations?|statement))$/i;

export function suggestClaims(text: string, actors: ActorRef[]): Suggestion[] {
  const finder = createReferentFinder(actors);
  finder.learnOfficials(text);
  const memory: SpeakerMemory = {};
  const suggestions: Suggestion[] = [];
  let previous: { sentence: Sentence; speaker: Speaker } | undefined;

  // A paragraph that opens a quotation and leaves it open goes on into the next one, whose closing
  // attribution names the speaker of both (news style: no closing mark until the quote ends).
  let openQuote: { paragraph: number; start: number; end: number } | undefined;

  for (const sentence of splitSentences(text).flatMap((whole) => splitClauses(withoutDateline(whole)))) {
    memory.sentenceStart = sentence.start;
    const readings = readSentence(text, sentence, finder, memory) ?? continuedQuote(text, sentence, previous);
    previous = undefined;
    if (openQuote && sentence.paragraph > openQuote.paragraph + 1) openQuote = undefined;
    if (!readings) {
      if (openQuote?.paragraph === sentence.paragraph) openQuote.end = sentence.end;
      else if (opensUnclosedQuote(text, sentence)) openQuote = { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end };
      rememberActingBody(text, sentence, finder, memory);
      continue;
    }
    if (openQuote && openQuote.paragraph === sentence.paragraph - 1 && /^["“«]/.test(sentence.text) && readings[0]) {
      // Past the opening mark: the quotation has no closing one to trim it by.
      const carried = toSuggestion(text, { ...readings[0], statement: { start: openQuote.start + 1, end: openQuote.end }, pattern: "continued" });
      if (carried) suggestions.push(carried);
    }
    openQuote = undefined;
    for (const reading of readings) {
      rememberSpeaker(memory, reading.speaker);
      previous = { sentence, speaker: reading.speaker };
      const suggestion = toSuggestion(text, reading);
      if (suggestion) suggestions.push(suggestion);
    }
  }
  return deduplicate(suggestions);
}

// A live blog's "08:47 - " and a wire's "BAKU, March 3 (Reuters) - " are not part of the sentence's grammar.
const DATELINE = /^(?:UPDATE\s+\d+\s*-\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|EET|MSK)?\s*[-–—:]\s*|[A-Z][A-Z .'’/-]{1,40},\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s*)?/;

function withoutDateline(sentence: Sentence): Sentence {
  const dateline = sentence.text.match(DATELINE);
  if (!dateline || dateline[0].length === 0) return sentence;
  const cut = dateline[0].length;
  return { ...sentence, start: sentence.start + cut, text: sentence.text.slice(cut) };
}

// "…, a Ukrainian security source said, while Russia's military insisted that …", "Azerbaijan says …;
// Kremlin points to …": two speakers, two statements. Cut only where the second part has a speech verb
// of its own, so "said the units withdrew while talks went on" stays whole.
const CLAUSE_BREAK = /(?:,\s+(?:while|whereas)\s+|;\s+)/g;

function splitClauses(sentence: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const cut of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = cut.index ?? 0;
    const rest = sentence.text.slice(at + cut[0].length);
    // After ", while" both parts must attribute; after ";" the second must (the first may be a headline's news).
    const bothAttribute = !cut[0].includes(";");
    if (/["“”«»]/.test(sentence.text.slice(from, at).replace(/["“][^"”]*["”]/g, "")) || !firstSpeechVerb(rest, 0) || (bothAttribute && !firstSpeechVerb(sentence.text.slice(from, at), 0))) continue;
    parts.push({ ...sentence, start: sentence.start + from, end: sentence.start + at, text: sentence.text.slice(from, at) });
    from = at + cut[0].length;
  }
  if (from === 0) return [sentence];
  parts.push({ ...sentence, start: sentence.start + from, text: sentence.text.slice(from) });
  return parts;
}

/**
 * A sentence that states nothing but names who speaks next: "The Russian Defence Ministry made no
 * mention of the ship. Instead it said …", "Kremlin spokesman Anatoly Zverev has been speaking to
 * reporters.", "Farid Karimli, a foreign policy aide to Azerbaijan's president, was unmoved.",
 * "Foreign Ministry spokeswoman Yelena Sorokina was blunter." (her ministry is the one last heard),
 * "Asked about her remarks, Movsisyan was unapologetic.": the next "it", "he" or "she" is them.
 */
function rememberActingBody(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): void {
  const remember = (actor: string | null, surface: string): void => rememberSpeaker(memory, { actor, surface, anonymous: false, via: "named" });
  const opening = sentence.text.match(/^(?:The\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:ministry|government|presidency|command|army|spokes(?:man|woman|person)|minister|Ministry|Government|Presidency|Command|Army|Minister)\b(?:\s+(?:source|official)s?\b)?/u);
  const referent = opening && finder.find(text, sentence.start, sentence.start + opening[0].length)[0];
  if (opening && referent) return remember(referent.actor, opening[0]);
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
  if (opener && opener.start === sentence.start && opener.actor && opener.kind !== "adjective" && /^(?:,|\s+(?:was|is|has|had|appeared|seemed|remained|struck|took|went)\b)/.test(text.slice(opener.end, opener.end + 12))) {
    return remember(opener.actor, opener.surface);
  }
  // "Asked about her remarks, Movsisyan was …": an official already known, as the subject.
  const subjectAt = sentence.text.match(/^(?:(?:Asked|Speaking|Pressed|Later|Meanwhile|However|In|At|On|After)\b[^,]{0,60},\s+)?/u)?.[0].length ?? 0;
  const subject = finder.find(text, sentence.start + subjectAt, Math.min(sentence.end, sentence.start + subjectAt + 40))[0];
  if (subject && subject.start === sentence.start + subjectAt && subject.kind === "official" && subject.actor) remember(subject.actor, subject.surface);
}

// "Foreign Ministry spokeswoman Yelena Sorokina was blunter.": a spokesperson named without a country.
const SPOKESPERSON_OPENING = /^(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+)?(?:[Mm]inistry\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3})\b/u;
// "Farid Karimli, a foreign policy aide to Azerbaijan's president, …".
const NAME_WITH_APPOSITION = /^([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2}),\s+((?:a|an|the)\s+[^,]{3,80}),/u;
const OFFICE_TITLE = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|official|ambassador|envoy|deputy|commander|general|officer|diplomat|secretary)\b/i;

/** The statements one sentence attributes, or undefined when it attributes nothing we can read. */
function readSentence(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  return (
    headline(text, sentence, finder, memory) ??
    quotedAsSaying(text, sentence, finder, memory) ??
    accordingTo(text, sentence, finder, memory) ??
    interruptedQuote(text, sentence, finder, memory) ??
    trailingSpeaker(text, sentence, finder, memory) ??
    leadingSpeaker(text, sentence, finder, memory) ??
    participle(text, sentence, finder, memory)
  );
}

// A live blog's or a headline's "Kremlin: “only military targets”", "Ukrainian army: Novoivanivka claim “false”".
const COLON_HEADLINE = /^([^:"“”«»]{2,50}):\s+[^"“”«»]{0,60}["“«]([^"“”«»]{2,200})["”»]\s*$/u;

function headline(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(COLON_HEADLINE);
  if (!found) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + found[1].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const at = sentence.text.lastIndexOf(found[2]);
  return [{ speaker, statement: { start: sentence.start + at, end: sentence.start + at + found[2].length }, attributionWords: found[1], pattern: "headline" }];
}

// "Iran's official news agency IRNA quoted the deputy governor of Gilan province, Mehdi Rastegar, as saying …".
const QUOTED_AS_SAYING = /\bquoted\s+([^"“”«»]{3,120}?),?\s+as\s+saying\s+(?:that\s+)?/u;

function quotedAsSaying(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(QUOTED_AS_SAYING);
  if (!found) return undefined;
  const at = sentence.start + (found.index ?? 0) + found[0].indexOf(found[1]);
  const speaker = resolveSpeaker(text, at, at + found[1].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const start = sentence.start + (found.index ?? 0) + found[0].length;
  return statements(text, { start, end: sentence.end }, speaker, `quoted ${found[1]} as saying`, "leading");
}

// "X issued a statement on …, accusing Y of …", "X weighed in on Telegram, dismissing A as B": the
// statement hangs on a participle after the clause whose subject speaks.
const PARTICIPLE = /,\s+(accusing|dismissing|describing|calling|denying|saying|insisting|claiming|warning|alleging|blaming)\s+/u;
// Where the subject stops: its verb or a circumstance ("on Thursday").
const SUBJECT_END = /\s+(?:has|have|had|is|was|were|are|on|in|at|issued|made|gave|released|published|posted|weighed|went|took|also|later|again|sharply|responded|reacted|hit|lashed|struck|pushed|declined|refused)\b/u;

// "Iran's army began exercises, with a senior commander warning that …".
const WITH_PARTICIPLE = /\bwith\s+([^,"“”]{3,80}?)\s+(warning|saying|insisting|claiming|accusing|alleging|denying)\s+/u;

function participle(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const withSubject = sentence.text.match(WITH_PARTICIPLE);
  if (withSubject) {
    const at = (withSubject.index ?? 0) + withSubject[0].indexOf(withSubject[1]);
    const speaker = resolveSpeaker(text, sentence.start + at, sentence.start + at + withSubject[1].length, finder, memory);
    if (speaker?.actor) {
      const after = (withSubject.index ?? 0) + withSubject[0].length;
      const that = sentence.text.slice(after).match(/^that\s+/);
      return statements(text, { start: sentence.start + after + (that ? that[0].length : 0), end: sentence.end }, speaker, `with ${withSubject[1]} ${withSubject[2]}`, "leading");
    }
  }
  const found = sentence.text.match(PARTICIPLE);
  if (!found) return undefined;
  const subjectEnd = sentence.text.search(SUBJECT_END);
  if (subjectEnd <= 0 || subjectEnd > (found.index ?? 0)) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + subjectEnd, finder, memory);
  if (!speaker?.actor) return undefined;
  const word = found[1];
  const after = (found.index ?? 0) + found[0].length;
  // "saying that …" / "insisting that …": the that-clause; the object of "accusing Y of …", "dismissing A as B".
  const that = sentence.text.slice(after).match(/^that\s+/);
  const start = after + (that ? that[0].length : 0);
  const words = `${text.slice(sentence.start, sentence.start + subjectEnd).trim()} … ${word}`;
  return statements(text, { start: sentence.start + start, end: sentence.end }, speaker, words, "leading");
}

/** "According to X, …" and "…, according to X." */
function accordingTo(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const leading = sentence.text.match(/^According to\s+([^,]{2,120}?),\s+/);
  if (leading) {
    const speaker = resolveSpeaker(text, sentence.start + 13, sentence.start + 13 + leading[1].length, finder, memory);
    if (!speaker) return undefined;
    return statements(text, { start: sentence.start + leading[0].length, end: sentence.end }, speaker, `according to ${leading[1]}`, "according");
  }
  const trailing = sentence.text.match(/,\s+according to\s+([^,]{2,120}?)\s*[.!?]?$/);
  if (trailing) {
    const at = sentence.start + (trailing.index ?? 0);
    const subjectStart = at + trailing[0].indexOf(trailing[1]);
    const speaker = resolveSpeaker(text, subjectStart, subjectStart + trailing[1].length, finder, memory);
    if (!speaker) return undefined;
    return statements(text, { start: sentence.start, end: at }, speaker, `according to ${trailing[1]}`, "according");
  }
  return undefined;
}

/** "X said (that) …", "X accused Y of …", "X, citing Y, said …": the speaker opens the sentence. */
function leadingSpeaker(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const verb = firstSpeechVerb(sentence.text, 0);
  if (!verb) return undefined;
  // A relative clause about the speaker ("The sources, who asked not to be named because …,") is no clause of the sentence's own.
  const subordinate = SUBORDINATOR.test(sentence.text.slice(0, verb.start).replace(/,\s*(?:who|which)\b[^,]*,/g, ","));
  const speaker = subordinate
    ? subordinateSpeaker(text, sentence, verb.start, finder, memory)
    : (resolveSpeaker(text, sentence.start, sentence.start + verb.start, finder, memory) ??
      coordinatedSubject(text, sentence, verb.start, finder, memory) ??
      subordinateSpeaker(text, sentence, verb.start, finder, memory));
  if (!speaker) return undefined;
  const afterVerb = sentence.text.slice(verb.end);
  if ((verb.word === "called" || verb.word === "calls") && APPEAL_AFTER_VERB.test(afterVerb)) return [];
  // "Yerevan insists on the opposite": what follows names a position, it does not state it.
  if (/^insist/.test(verb.word) && /^\s+on\b/.test(afterVerb)) return [];
  const start = statementStart(sentence.text, verb.end, verb.word);
  if (start < 0) return [];
  const words = `${text.slice(sentence.start, sentence.start + verb.start).trim()} ${verb.word}`;
  // A headline's "…, Yerevan denies": the other side's denial closes the line, it is not part of the charge.
  const denied = sentence.text.match(/,\s+[^,]{2,40}\s+den(?:ies|ied|y)$/);
  const end = denied && (denied.index ?? 0) > start ? sentence.start + (denied.index ?? 0) : sentence.end;
  return statements(text, { start: sentence.start + start, end }, speaker, words, "leading");
}

// "Georgia summoned the envoy after a senior Ukrainian official accused …", "relations soured since Prime
// Minister Armen Tadevosyan said …": the speaker is the subject of a clause inside the sentence.
const CLAUSE_OPENING = /(?:,\s+|\b(?:after|since|when|because|while|before|until|although|though|but)\s+)/g;
const SUBORDINATOR = /\b(?:after|since|when|because|while|before|until|although|though)\s+/;

function subordinateSpeaker(text: string, sentence: Sentence, verbStart: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const before = sentence.text.slice(0, verbStart);
  const openings = [...before.matchAll(CLAUSE_OPENING)];
  const last = openings[openings.length - 1];
  if (!last || /["“”«»]/.test(before)) return undefined;
  const subjectStart = (last.index ?? 0) + last[0].length;
  const speaker = resolveSpeaker(text, sentence.start + subjectStart, sentence.start + verbStart, finder, memory);
  return speaker?.actor ? speaker : undefined;
}

// "Pylypenko did not confirm the attack but said …", "Azerbaijan has raised the issue at the UN and says …":
// the verb shares the subject of the sentence's first verb. The subject ends where that verb begins.
const FIRST_PREDICATE = /\s+(?:did|does|do|has|have|had|is|was|were|are|would|will|could|declined|refused|made|gave|raised|rejected|welcomed|confirmed|acknowledged|summoned|met|visited|urged)\b/;

function coordinatedSubject(text: string, sentence: Sentence, verbStart: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const before = sentence.text.slice(0, verbStart);
  if (!/\s(?:and|but)\s+(?:also\s+)?$/.test(before) || /["“”«»]/.test(before)) return undefined;
  const subjectEnd = before.search(FIRST_PREDICATE);
  if (subjectEnd <= 0) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + subjectEnd, finder, memory);
  return speaker?.actor ? speaker : undefined;
}

/** "“…,” the ministry said.", "“…,” said the ministry.": the speaker closes the sentence. */
function trailingSpeaker(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const cuts = [...sentence.text.matchAll(/(?:[,!?]["”»’']?|["”»])\s+/g)].reverse();
  for (const cut of cuts) {
    const tailStart = (cut.index ?? 0) + cut[0].length;
    const tail = sentence.text.slice(tailStart).replace(/[.!?]+["”»]?$/, "");
    const verb = firstSpeechVerb(tail, 0);
    if (!verb) continue;
    let afterVerb = tail.slice(verb.end);
    // "…,” X wrote on Facebook, adding that …": a second statement after the attribution.
    const adding = afterVerb.match(/,\s+adding\s+(?:that\s+)?/);
    const added = adding ? { start: sentence.start + tailStart + verb.end + (adding.index ?? 0) + adding[0].length, end: sentence.end } : undefined;
    if (adding) afterVerb = afterVerb.slice(0, adding.index);
    let speaker: Speaker | undefined;
    if (verb.start === 0) {
      // "said the ministry", "said Olesya Vartanyan, a regional analyst". Not "Name, an official of X,
      // said the talks failed": there the words before the cut are the subject and its apposition.
      const subject = afterVerb.match(/^\s+([^,]{2,80})/);
      if (!subject || NAME_AND_APPOSITION.test(sentence.text.slice(0, cut.index ?? 0))) continue;
      const at = sentence.start + tailStart + verb.end + subject[0].indexOf(subject[1]);
      speaker = resolveSpeaker(text, at, at + subject[1].length, finder, memory);
    } else {
      // "…, Yerevan denies" in a headline: the denial of what precedes it, not its attribution.
      if (/^den(?:y|ies|ied)$/.test(verb.word) && afterVerb.trim() === "") continue;
      // "…, the ministry said in a statement on Telegram": after the verb, only when, where and to whom.
      // "told state television from the exercise area", "told Reuters, in what would be …", "said on
      // Thursday, dampening hopes …": the hearer or a circumstance, then at most an aside after a comma.
      if (verb.word === "told" || verb.word === "tells") afterVerb = afterVerb.split(",")[0];
      const aside = afterVerb.match(/,\s+(?:where|when|which|as|in what|[a-z]+ing)\b/);
      if (aside) afterVerb = afterVerb.slice(0, aside.index);
      const toldSomeone = (verb.word === "told" || verb.word === "tells") && afterVerb.trim().split(/\s+/).length <= 7;
      if (/["“”«»]/.test(afterVerb) || afterVerb.trim().split(/\s+/).filter(Boolean).length > 8 || !(toldSomeone || onlyCircumstances(afterVerb))) continue;
      speaker = resolveSpeaker(text, sentence.start + tailStart, sentence.start + tailStart + verb.start, finder, memory);
    }
    if (!speaker) continue;
    const words = tail.slice(0, verb.end + afterVerb.length).trim();
    // The statement runs to the cut, closing quote mark included, so a whole quotation is recognised as one.
    let statementEnd = (cut.index ?? 0) + cut[0].trimEnd().length;
    // "“…,” Rauf Guliyev, a foreign policy aide to the Azerbaijani president, wrote": the cut fell after
    // the name, and the apposition named the state; the quote ends before the name, which is theirs now.
    const named = sentence.text.slice(0, cut.index ?? 0).match(QUOTE_THEN_NAME);
    if (named) {
      statementEnd = (named.index ?? 0) + named[1].length;
      if (speaker.actor) finder.learnName(named[2], speaker.actor);
    }
    // "“…,” Ukraine's human rights commissioner, Dmytro Lysenko, said": the cut fell after the title,
    // and the name alone places nobody; the title before it does.
    const titled = /^["“«]/.test(sentence.text) ? sentence.text.slice(0, cut.index ?? 0).match(QUOTE_THEN_TITLE) : null;
    if (titled) {
      const at = sentence.start + (titled.index ?? 0) + titled[0].indexOf(titled[2], titled[1].length);
      const state = finder.find(text, at, at + titled[2].length).find((referent) => referent.actor);
      if (state?.actor && !speaker.actor) {
        const name = text.slice(sentence.start + tailStart, sentence.start + tailStart + verb.start).replace(/[\s,]+$/, "");
        if (/^(?:[A-Z][\p{Ll}’'-]+\s*){2,3}$/u.test(name)) finder.learnName(name, state.actor);
        speaker = { actor: state.actor, surface: `${titled[2]}, ${name}`, anonymous: false, via: "named" };
      }
      if (state?.actor) statementEnd = (titled.index ?? 0) + titled[1].length;
    }
    const readings = statements(text, { start: sentence.start, end: sentence.start + statementEnd }, speaker, words, "trailing");
    return added ? [...readings, ...statements(text, added, speaker, `${words}, adding`, "leading")] : readings;
  }
  return undefined;
}

const QUOTE_THEN_TITLE = /(,?["”»])\s+([^"“”«»,]{3,80})$/u;
const NAME_AND_APPOSITION = /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2},\s+[^,"“”«»]+$/u;
const QUOTE_THEN_NAME = /(,?["”»])\s+([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2})$/u;

/** Whether `sentence` begins its paragraph with a quotation mark that the paragraph never closes. */
function opensUnclosedQuote(text: string, sentence: Sentence): boolean {
  if (!/^["“«]/.test(sentence.text) || (sentence.start > 0 && text[sentence.start - 1] !== "\n")) return false;
  const lineEnd = text.indexOf("\n", sentence.start);
  const paragraph = text.slice(sentence.start, lineEnd < 0 ? text.length : lineEnd);
  const straight = (paragraph.match(/"/g) ?? []).length;
  const opening = (paragraph.match(/[“«]/g) ?? []).length;
  const closing = (paragraph.match(/[”»]/g) ?? []).length;
  return paragraph.startsWith('"') ? straight % 2 === 1 : opening > closing;
}

// "“Nobody has any interest in a quarrel,” he said, “but our waters are our waters.”": one speaker,
// two statements around the attribution.
const INTERRUPTED_QUOTE = /^(["“«])([^"“”«»]{3,400}?)[,.!?]?["”»],?\s+([^"“”«»]{2,80}?),\s+["“«]([^"“”«»]{3,400}?)[.!?]?["”»]$/u;

function interruptedQuote(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(INTERRUPTED_QUOTE);
  if (!found) return undefined;
  const middleAt = sentence.text.indexOf(found[3], found[1].length + found[2].length);
  const verb = firstSpeechVerb(found[3], 0);
  if (!verb) return undefined;
  const subject = verb.start === 0 ? found[3].slice(verb.end).trim() : found[3].slice(0, verb.start);
  const subjectAt = sentence.start + middleAt + (verb.start === 0 ? found[3].indexOf(subject, verb.end) : 0);
  const speaker = resolveSpeaker(text, subjectAt, subjectAt + subject.length, finder, memory);
  if (!speaker?.actor) return undefined;
  const firstAt = sentence.start + found[1].length;
  const secondAt = sentence.start + sentence.text.lastIndexOf(found[4]);
  return [
    { speaker, statement: { start: firstAt, end: firstAt + found[2].length }, attributionWords: found[3], pattern: "trailing" },
    { speaker, statement: { start: secondAt, end: secondAt + found[4].length }, attributionWords: found[3], pattern: "trailing" },
  ];
}

/** A sentence that is wholly a quotation, right after a sentence whose quote had a speaker: the same speaker goes on. */
function continuedQuote(text: string, sentence: Sentence, previous: { sentence: Sentence; speaker: Speaker } | undefined): Reading[] | undefined {
  if (!previous || previous.sentence.paragraph !== sentence.paragraph || !/^["“«]/.test(sentence.text)) return undefined;
  const span = trimStatement(text, sentence);
  if (!span.quoted) return undefined;
  return [{ speaker: previous.speaker, statement: span, attributionWords: previous.speaker.surface, pattern: "continued" }];
}

function statements(text: string, span: Span, speaker: Speaker, attributionWords: string, pattern: Reading["pattern"]): Reading[] {
  const readings: Reading[] = [];
  for (const part of splitCoordinated(text, span)) {
    let statement = part;
    // ", and denounced a situation …": the coordinated verb is not part of the statement.
    const verb = firstSpeechVerb(text.slice(part.start, part.end), 0);
    if (verb && verb.start === 0) {
      // "… and called on the EU to …": an appeal, not a statement.
      if (/^call/.test(verb.word) && APPEAL_AFTER_VERB.test(text.slice(part.start + verb.end, part.end))) continue;
      const start = statementStart(text.slice(part.start, part.end), verb.end, verb.word);
      if (start < 0) continue;
      statement = { start: part.start + start, end: part.end };
    }
    readings.push({ speaker, statement, attributionWords, pattern });
  }
  return readings;
}

// "the Russian claim", "such reports": a verb form that is a noun here.
const NOUN_FORMS = new Set(["claim", "claims", "reports", "calls"]);
const BEFORE_A_NOUN = /\b(?:the|a|an|this|that|these|those|such|its|their|his|her|our|any|no)\s+(?:[\p{L}-]+\s+)?$/iu;

function firstSpeechVerb(sentence: string, from: number): { word: string; start: number; end: number } | undefined {
  SPEECH_VERB.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = SPEECH_VERB.exec(sentence))) {
    if (NOUN_FORMS.has(match[1]) && BEFORE_A_NOUN.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    break;
  }
  SPEECH_VERB.lastIndex = 0;
  if (!match) return undefined;
  return { word: match[1], start: match.index, end: match.index + match[0].length };
}

function toSuggestion(text: string, reading: Reading): Suggestion | undefined {
  const { speaker } = reading;
  if (!speaker.actor) return undefined;
  const span = trimStatement(text, reading.statement);
  const words = text.slice(span.start, span.end);
  // One word is no statement ("Yerevan denies this"), except a headline's quoted verdict: Kyiv: claim “false”.
  if (span.end - span.start < 3 || EMPTY_STATEMENT.test(words.trim()) || (!/\s/.test(words.trim()) && reading.pattern !== "headline")) return undefined;
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
function deduplicate(suggestions: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const suggestion of suggestions) {
    const key = `${suggestion.start}:${suggestion.end}:${suggestion.actor}`;
    const kept = best.get(key);
    if (!kept || kept.confidence < suggestion.confidence) best.set(key, suggestion);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
