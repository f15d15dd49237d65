import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import { statements, type Reading } from "./reading";

/** "According to X, …" and "…, according to X." */
export function accordingTo(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const leading = sentence.text.match(/^According to\s+([^,]{2,120}?),\s+/);
  if (leading) {
    const speaker = resolveSpeaker(text, sentence.start + 13, sentence.start + 13 + leading[1].length, finder, memory);
    if (!speaker) return undefined;
    return statements(text, { start: sentence.start + leading[0].length, end: sentence.end }, speaker, `according to ${leading[1]}`, "according");
  }
  // "…, according to Pavel Marchuk, a Belarusian political scientist now living in Vilnius.": the apposition says who he is.
  const trailing = sentence.text.match(/,\s+according to\s+([^,]{2,120}?(?:,\s+(?:an?|the)\s+[^,]{2,120})?)\s*[.!?]?$/);
  if (trailing) {
    const at = sentence.start + (trailing.index ?? 0);
    const subjectStart = at + trailing[0].indexOf(trailing[1]);
    const speaker = resolveSpeaker(text, subjectStart, subjectStart + trailing[1].length, finder, memory);
    if (!speaker) return undefined;
    return statements(text, { start: sentence.start, end: at }, speaker, `according to ${trailing[1]}`, "according");
  }
  return undefined;
}
