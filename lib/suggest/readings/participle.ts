import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type SpeakerMemory } from "../speaker";
import { statements, type Reading } from "./reading";

// "X issued a statement on …, accusing Y of …", "X weighed in on Telegram, dismissing A as B": the
// statement hangs on a participle after the clause whose subject speaks.
const PARTICIPLE = /,\s+(accusing|dismissing|describing|calling|denying|saying|insisting|claiming|warning|alleging|blaming)\s+/u;
// Where the subject stops: its verb or a circumstance ("on Thursday").
const SUBJECT_END = /\s+(?:[a-z]{3,}ed|has|have|had|is|was|were|are|on|in|at|issued|made|gave|released|published|posted|weighed|went|took|also|later|again|sharply|responded|reacted|hit|lashed|struck|pushed|declined|refused)\b/u;

// "Iran's army began exercises, with a senior commander warning that …".
const WITH_PARTICIPLE = /\bwith\s+([^,"“”]{3,80}?)\s+(warning|saying|insisting|claiming|accusing|alleging|denying)\s+/u;

export const SECOND_PARTICIPLE = /,?\s+and\s+([A-Z][^,"“”]{1,60}?)\s+(warning|saying|insisting|claiming|accusing|alleging|denying)\s+/u;

export function participle(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const withSubject = sentence.text.match(WITH_PARTICIPLE);
  if (withSubject) {
    const at = (withSubject.index ?? 0) + withSubject[0].indexOf(withSubject[1]);
    const speaker = resolveSpeaker(text, sentence.start + at, sentence.start + at + withSubject[1].length, finder, memory);
    if (speaker?.actor) {
      const after = (withSubject.index ?? 0) + withSubject[0].length;
      const that = sentence.text.slice(after).match(/^that\s+/);
      // "with Yerevan saying …, and Baku insisting …": the second side, its own statement.
      const second = sentence.text.slice(after).match(SECOND_PARTICIPLE);
      const firstEnd = second ? sentence.start + after + (second.index ?? 0) : sentence.end;
      const readings = statements(text, { start: sentence.start + after + (that ? that[0].length : 0), end: firstEnd }, speaker, `with ${withSubject[1]} ${withSubject[2]}`, "leading");
      if (!second) return readings;
      const otherAt = firstEnd + second[0].indexOf(second[1]);
      const other = resolveSpeaker(text, otherAt, otherAt + second[1].length, finder, memory);
      if (!other?.actor) return readings;
      const secondStart = firstEnd + second[0].length + (text.slice(firstEnd + second[0].length).match(/^that\s+/)?.[0].length ?? 0);
      return [...readings, ...statements(text, { start: secondStart, end: sentence.end }, other, `${second[1]} ${second[2]}`, "leading")];
    }
  }
  const found = sentence.text.match(PARTICIPLE);
  if (!found) return undefined;
  const subjectEnd = sentence.text.search(SUBJECT_END);
  if (subjectEnd <= 0 || subjectEnd > (found.index ?? 0)) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + subjectEnd, finder, memory);
  if (!speaker?.actor) return undefined;
  const word = found[1];
  const after = (found.index ?? 0) + found[0].length;
  // "saying that …" / "insisting that …": the that-clause; the object of "accusing Y of …", "dismissing A as B".
  const that = sentence.text.slice(after).match(/^that\s+/);
  const start = after + (that ? that[0].length : 0);
  const words = `${text.slice(sentence.start, sentence.start + subjectEnd).trim()} … ${word}`;
  return statements(text, { start: sentence.start + start, end: sentence.end }, speaker, words, "leading");
}
