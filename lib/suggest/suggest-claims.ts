// suggestClaims: walks the sentences of an article and proposes, for each statement attributed to one
// of the given actors, the span of the statement itself (not the attribution words) and its actor.
// A pattern grammar over one sentence (or clause) at a time: the readings in ./readings, tried in their
// order; a quotation continuing the previous sentence's quote or paragraph; a quotation left open into the
// next paragraph; the journalist's aside carrying the other side's answer; and, after the walk, a Q&A's
// answers (./interview). Sentences that attribute nothing may still name who speaks next (./acting-body);
// the dateline's state stands in for officials named without a country (./official-state).
import { rememberActingBody } from "./acting-body";
import { datelineCity, opensUnclosedQuote, splitClauses, withoutDateline } from "./clauses";
import { asideRejection, continuedQuote, readSentence, type PreviousReading } from "./readings";
import { interviewAnswers } from "./interview";
import { createReferentFinder, type ReferentFinder } from "./referents";
import { splitSentences, type Sentence } from "./sentences";
import { rememberSpeaker, type Speaker, type SpeakerMemory } from "./speaker";
import { deduplicate, toSuggestion } from "./to-suggestion";
import type { ActorRef, Suggestion } from "./types";

export function suggestClaims(text: string, actors: ActorRef[]): Suggestion[] {
  const finder = createReferentFinder(actors);
  finder.learnOfficials(text);
  const memory: SpeakerMemory = {};
  const suggestions: Suggestion[] = [];
  let previous: PreviousReading | undefined;
  // Whoever the text says it interviews ("In an interview in Astana, Transport Minister … said"), for a Q&A's answers.
  let interviewee: { speaker: Speaker; at: number } | undefined;

  // A paragraph that opens a quotation and leaves it open goes on into the next one, whose closing
  // attribution names the speaker of both (news style: no closing mark until the quote ends).
  let openQuote: { paragraph: number; start: number; end: number } | undefined;

  const sentences = splitSentences(text);
  memory.home = homeState(text, sentences, finder);
  for (const sentence of sentences.flatMap((whole) => splitClauses(withoutDateline(whole)))) {
    memory.sentenceStart = sentence.start;
    memory.paragraph = sentence.paragraph;
    const readings = readSentence(text, sentence, finder, memory) ?? continuedQuote(text, sentence, previous);
    for (const answer of asideRejection(text, sentence, finder, memory)) {
      const suggestion = toSuggestion(text, answer);
      if (suggestion) suggestions.push(suggestion);
    }
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
      if (!interviewee && reading.speaker.actor && /\binterview\b/i.test(sentence.text)) interviewee = { speaker: reading.speaker, at: sentence.start };
      const suggestion = toSuggestion(text, reading);
      previous = { sentence, speaker: reading.speaker, quoted: suggestion?.attribution === "DIRECT_QUOTE" };
      if (suggestion) suggestions.push(suggestion);
    }
  }
  return deduplicate([...suggestions, ...interviewAnswers(text, interviewee, suggestions)]);
}

/** The actor whose capital or city the first dateline names, if any ("BAKU, March 3 (Reuters) -"). */
function homeState(text: string, sentences: Sentence[], finder: ReferentFinder): string | undefined {
  for (const sentence of sentences.slice(0, 6)) {
    const city = datelineCity(sentence);
    if (!city) continue;
    const spelled = city.trim().toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
    return finder.find(spelled).find((referent) => referent.actor && (referent.kind === "capital" || referent.kind === "place" || referent.kind === "name"))?.actor ?? undefined;
  }
  return undefined;
}
