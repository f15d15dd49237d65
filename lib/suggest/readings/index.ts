// The readings of one sentence, one module each, tried in this order: the first that finds an attributed
// statement wins. Trailing before leading, so that "Azerbaijani units crossed the line, the Kremlin said"
// is the Kremlin's, not Azerbaijan's.
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
    if (readings) return readings;
  }
  return undefined;
}
