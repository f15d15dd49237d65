import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import type { Reading } from "./reading";

// A fact-check's claim line: “The attack … was carried out from Russian territory.” (Georgia's State
// Security Service, 14 October). The source, and perhaps a date, in brackets after the quotation; the
// sentence splitter may have left the brackets to the next sentence.
const WHOLLY_QUOTED = /^["“«]([^"“”«»]{3,600}?)[.!?]?["”»]/u;
const SOURCE_IN_BRACKETS = /^\s*\(([^(),]{2,100})(?:,[^()]*)?\)\.?\s*$/u;

export function quoteThenSource(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const quoted = sentence.text.match(WHOLLY_QUOTED);
  if (!quoted) return undefined;
  const rest = sentence.text.slice(quoted[0].length);
  const lineEnd = text.indexOf("\n", sentence.end);
  const source = (rest.trim() ? rest : text.slice(sentence.end, lineEnd < 0 ? text.length : lineEnd)).match(SOURCE_IN_BRACKETS);
  if (!source) return undefined;
  const restAt = rest.trim() ? sentence.start + quoted[0].length : sentence.end;
  const sourceAt = restAt + source[0].indexOf(source[1]);
  const speaker = resolveSpeaker(text, sourceAt, sourceAt + source[1].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const at = sentence.start + 1;
  return [{ speaker, statement: { start: at, end: at + quoted[1].length }, attributionWords: source[1], pattern: "trailing" }];
}
