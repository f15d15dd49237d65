import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import { statements, type Reading } from "./reading";

// "Iran's official news agency IRNA quoted the deputy governor of Gilan province, Mehdi Rastegar, as saying …".
const QUOTED_AS_SAYING = /\b(?:quoted|quotes|cited|cites)\s+([^"“”«»]{3,120}?),?\s+as\s+saying\s+(?:that\s+)?/u;

export function quotedAsSaying(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(QUOTED_AS_SAYING);
  if (!found) return undefined;
  const at = sentence.start + (found.index ?? 0) + found[0].indexOf(found[1]);
  const speaker = resolveSpeaker(text, at, at + found[1].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const start = sentence.start + (found.index ?? 0) + found[0].length;
  return statements(text, { start, end: sentence.end }, speaker, `quoted ${found[1]} as saying`, "leading");
}
