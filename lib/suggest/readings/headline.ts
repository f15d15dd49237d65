import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import type { Reading } from "./reading";

// A live blog's or a headline's "Kremlin: “only military targets”", "Ukrainian army: Novoivanivka claim “false”".
const COLON_HEADLINE = /^([^:"“”«»]{2,50}):\s+[^"“”«»]{0,60}["“«]([^"“”«»]{2,200})["”»]\s*$/u;

// An interview's headline: "'We carry lists, not conditions': Turkey's envoy on brokering prisoner swaps".
const QUOTE_COLON_HEADLINE = /^["'“‘«]([^"'“”‘’«»]{2,200})["'”’»]:\s+([^:,"“”]{2,60}?)(?:\s+(?:on|about|says|tells|warns|insists)\b[^"“”]*)?$/u;

export function headline(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const quoteFirst = sentence.text.match(QUOTE_COLON_HEADLINE);
  if (quoteFirst) {
    const at = sentence.start + sentence.text.indexOf(quoteFirst[2], quoteFirst[1].length + 2);
    const speaker = resolveSpeaker(text, at, at + quoteFirst[2].length, finder, memory);
    if (speaker?.actor) return [{ speaker, statement: { start: sentence.start + 1, end: sentence.start + 1 + quoteFirst[1].length }, attributionWords: quoteFirst[2], pattern: "headline" }];
  }
  const found = sentence.text.match(COLON_HEADLINE);
  if (!found) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + found[1].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const at = sentence.text.lastIndexOf(found[2]);
  return [{ speaker, statement: { start: sentence.start + at, end: sentence.start + at + found[2].length }, attributionWords: found[1], pattern: "headline" }];
}
