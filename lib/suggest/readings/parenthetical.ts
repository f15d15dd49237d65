import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import type { Reading } from "./reading";

// "The base, he said, had “not been of any use” to Armenia", "Talks, the ministry added, would resume":
// the attribution sits inside the statement, which is the whole sentence (the gold's smallest stretch
// holding the whole statement, parenthesis included). "No vessels had been affected, its Foreign Ministry
// said in a statement, and traffic was running normally": the attribution between two statements, each
// its own.
const PARENTHETICAL = /^([^"“”«»,]{3,150}?),\s+([^"“”«»,]{2,60}?)\s+(said|says|added|adds|insisted|insists|argued|argues|noted|notes|warned|warns|claimed|claims|stressed|stresses|believes|believed|told|tells)((?:\s+(?:in|on|at|to)\s+[^,"“”«»]{1,40}|\s+(?:an?|the|reporters|journalists|parliament)\b[^,"“”«»]{0,40})?),\s+(and\s+)?\S/u;

const JOURNALIST_ASIDE = /^(?:[a-z]+ing|an?|which|where|when|as|in what)\b/;

export function parenthetical(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const found = sentence.text.match(PARENTHETICAL);
  if (!found) return undefined;
  // "…, the minister said on Thursday, dampening hopes of a deal": the journalist's aside follows, not the statement.
  if (JOURNALIST_ASIDE.test(sentence.text.slice(found[0].length - 1))) return undefined;
  const at = sentence.start + found[1].length + found[0].slice(found[1].length).indexOf(found[2]);
  const speaker = resolveSpeaker(text, at, at + found[2].length, finder, memory);
  if (!speaker?.actor) return undefined;
  const attributionWords = `${found[2]} ${found[3]}`;
  // "…, he told reporters, and none would …": an elliptical second half belongs to the first statement.
  const elliptical = /^(?:none|neither|nor|so|it|that|this)\b/i.test(sentence.text.slice(found[0].length - 1));
  if (!found[5] || elliptical) return [{ speaker, statement: { start: sentence.start, end: sentence.end }, attributionWords, pattern: "leading" }];
  const secondAt = sentence.start + found[0].length - 1;
  return [
    { speaker, statement: { start: sentence.start, end: sentence.start + found[1].length }, attributionWords, pattern: "leading" },
    { speaker, statement: { start: secondAt, end: sentence.end }, attributionWords, pattern: "leading" },
  ];
}
