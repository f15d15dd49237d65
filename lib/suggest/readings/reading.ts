// What every reading of a sentence gives: who speaks, the statement's span, the words that attribute it
// and which reading found it. `statements` cuts one attributed stretch into its coordinated statements.
import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import type { Speaker, SpeakerMemory } from "../speaker";
import { APPEAL_AFTER_VERB, firstSpeechVerb, statementStart } from "../speech-verbs";
import { splitCoordinated, type Span } from "../statement-span";

export type Reading = { speaker: Speaker; statement: Span; attributionWords: string; pattern: "leading" | "trailing" | "according" | "continued" | "headline" };

/** One reading of a sentence: the statements it attributes, or undefined when this shape is not there. */
export type SentenceReader = (text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory) => Reading[] | undefined;

export function statements(text: string, span: Span, speaker: Speaker, attributionWords: string, pattern: Reading["pattern"]): Reading[] {
  const readings: Reading[] = [];
  for (const part of splitCoordinated(text, span)) {
    let statement = part;
    // ", and denounced a situation …": the coordinated verb is not part of the statement.
    const verb = firstSpeechVerb(text.slice(part.start, part.end), 0);
    if (verb && verb.start === 0) {
      // "… and called on the EU to …": an appeal, not a statement.
      if (/^call/.test(verb.word) && APPEAL_AFTER_VERB.test(text.slice(part.start + verb.end, part.end))) continue;
      const start = statementStart(text.slice(part.start, part.end), verb.end, verb.word);
      if (start < 0) continue;
      statement = { start: part.start + start, end: part.end };
    }
    readings.push({ speaker, statement, attributionWords, pattern });
  }
  return readings;
}
