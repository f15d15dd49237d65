import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import type { Reading } from "./reading";

// "The base, he said, had “not been of any use” to Armenia", "Talks, the ministry added, would resume":
// the attribution sits inside the statement, which is the whole sentence (the gold's smallest stretch
// holding the whole statement, parenthesis included).
const PARENTHETICAL = /^([^"“”«»,]{3,150}?),\s+([^"“”«»,]{2,60}?)\s+(said|says|added|adds|insisted|insists|argued|argues|noted|notes|warned|warns|claimed|claims|stressed|stresses|believes|believed),\s+\S/u;

export function parenthetical(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(PARENTHETICAL);
  if (!found) return undefined;
  const at = sentence.start + found[1].length + found[0].slice(found[1].length).indexOf(found[2]);
  const speaker = resolveSpeaker(text, at, at + found[2].length, finder, memory);
  if (!speaker?.actor) return undefined;
  return [{ speaker, statement: { start: sentence.start, end: sentence.end }, attributionWords: `${found[2]} ${found[3]}`, pattern: "leading" }];
}
