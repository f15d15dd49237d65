import type { Sentence } from "../sentences";
import type { Speaker } from "../speaker";
import { trimStatement } from "../statement-span";
import type { Reading } from "./reading";

/** The sentence read just before, with its speaker, and whether what it attributed was a direct quote. */
export type PreviousReading = { sentence: Sentence; speaker: Speaker; quoted: boolean };

/**
 * A sentence that is wholly a quotation, right after a sentence whose quote had a speaker: the same
 * speaker goes on, in the same paragraph or at the start of the next one (a quote that goes on as its
 * own paragraph, with no attribution of its own).
 */
export function continuedQuote(text: string, sentence: Sentence, previous: PreviousReading | undefined): Reading[] | undefined {
  if (!previous || !/^["“«]/.test(sentence.text)) return undefined;
  const sameParagraph = previous.sentence.paragraph === sentence.paragraph;
  const nextParagraph = previous.quoted && previous.sentence.paragraph === sentence.paragraph - 1 && text[sentence.start - 1] === "\n";
  if (!sameParagraph && !nextParagraph) return undefined;
  const span = trimStatement(text, sentence);
  if (!span.quoted) return undefined;
  return [{ speaker: previous.speaker, statement: span, attributionWords: previous.speaker.surface, pattern: "continued" }];
}
