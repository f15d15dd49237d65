import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import type { Reading } from "./reading";

// "…, an accusation Moscow dismissed as “Russophobic hysteria”", "…, a claim Azerbaijani officials
// rejected as “an attempt to shift the blame”": the journalist's aside carries the other side's answer,
// a statement of its own beside whatever the sentence attributes.
const ASIDE_REJECTION = /,\s+(?:an?|the)\s+(?:charge|claim|accusation|allegation|version|assertion|account)s?\s+(?:that\s+|which\s+)?([A-Z][^,"“”«»]{1,60}?)\s+(?:has\s+|have\s+)?(?:dismissed|rejected|denied|denies|rejects|dismisses|called|calls|described|describes)\s+as\s+(\S.*?)[.!?]?$/u;

/** The aside's answer, if the sentence ends with one; read in addition to the sentence's own readings. */
export function asideRejection(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] {
  const found = sentence.text.match(ASIDE_REJECTION);
  if (!found) return [];
  const asideAt = sentence.start + (found.index ?? 0);
  const speakerAt = asideAt + found[0].indexOf(found[1]);
  const speaker = resolveSpeaker(text, speakerAt, speakerAt + found[1].length, finder, memory);
  if (!speaker?.actor) return [];
  const statementAt = asideAt + found[0].lastIndexOf(found[2]);
  return [{ speaker, statement: { start: statementAt, end: statementAt + found[2].length }, attributionWords: `${found[1]} … as`, pattern: "leading" }];
}
