import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import { firstSpeechVerb } from "../speech-verbs";
import type { Reading } from "./reading";

// "“Nobody has any interest in a quarrel,” he said, “but our waters are our waters.”": one speaker,
// two statements around the attribution.
const INTERRUPTED_QUOTE = /^(["“«])([^"“”«»]{3,400}?)[,.!?]?["”»],?\s+([^"“”«»]{2,80}?),\s+["“«]([^"“”«»]{3,400}?)[.!?]?["”»]$/u;

export function interruptedQuote(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
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
