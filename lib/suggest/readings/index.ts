// The readings of one sentence, one module each, tried in this order: the first that finds an attributed
// statement wins. Trailing before leading, so that "Azerbaijani units crossed the line, the Kremlin said"
// is the Kremlin's, not Azerbaijan's. A statement that is itself an attribution is read once more (nested).
import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import type { SpeakerMemory } from "../speaker";
import { accordingTo } from "./according-to";
import { headline } from "./headline";
import { interruptedQuote } from "./interrupted-quote";
import { leadingSpeaker } from "./leading-speaker";
import { parenthetical } from "./parenthetical";
import { participle } from "./participle";
import { quoteThenSource } from "./quote-then-source";
import { quotedAsSaying } from "./quoted-as-saying";
import type { Reading, SentenceReader } from "./reading";
import { trailingSpeaker } from "./trailing-speaker";

export { asideRejection } from "./aside-rejection";
export { continuedQuote, type PreviousReading } from "./continued-quote";
export type { Reading } from "./reading";

const READINGS: SentenceReader[] = [headline, quoteThenSource, quotedAsSaying, accordingTo, interruptedQuote, parenthetical, trailingSpeaker, leadingSpeaker, participle];

/** The statements one sentence attributes, or undefined when it attributes nothing we can read. */
export function readSentence(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  for (const read of READINGS) {
    const readings = read(text, sentence, finder, memory);
    if (readings) return readings.flatMap((reading) => nested(text, sentence, reading, finder, memory));
  }
  return undefined;
}

// "According to the Azerbaijani Foreign Ministry, Minister Elnur Mammadzade told his Russian counterpart
// that …", "The Azerbaijani read-out said Dronov had assured him that …": a statement that is itself an
// attribution is the inner speaker's, relayed by the outer one when they differ.
const INNER_ATTRIBUTION = /^[^"“”«»,]{3,120}?(?:,[^"“”«»,]{3,60},)?\s(?:told|tells|said|says|assured|assures|stressed|insisted|warned)\b(?!,)/u;

function nested(text: string, sentence: Sentence, reading: Reading, finder: ReferentFinder, memory: SpeakerMemory): Reading[] {
  const words = text.slice(reading.statement.start, reading.statement.end);
  if (reading.pattern === "continued" || reading.pattern === "headline" || !INNER_ATTRIBUTION.test(words)) return [reading];
  const inner = leadingSpeaker(text, { ...sentence, start: reading.statement.start, end: reading.statement.end, text: words }, finder, memory);
  if (!inner?.length || !inner.every((candidate) => candidate.speaker.actor)) return [reading];
  const outer = reading.speaker.actor;
  return inner.map((candidate) => (outer && candidate.speaker.actor !== outer ? { ...candidate, speaker: { ...candidate.speaker, relayedBy: outer } } : candidate));
}
