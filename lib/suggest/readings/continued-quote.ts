import type { Sentence } from "../sentences";
import type { Speaker } from "../speaker";
import { trimStatement } from "../statement-span";
import type { Reading } from "./reading";

/** A sentence that is wholly a quotation, right after a sentence whose quote had a speaker: the same speaker goes on. */
export function continuedQuote(text: string, sentence: Sentence, previous: { sentence: Sentence; speaker: Speaker } | undefined): Reading[] | undefined {
  if (!previous || previous.sentence.paragraph !== sentence.paragraph || !/^["“«]/.test(sentence.text)) return undefined;
  const span = trimStatement(text, sentence);
  if (!span.quoted) return undefined;
  return [{ speaker: previous.speaker, statement: span, attributionWords: previous.speaker.surface, pattern: "continued" }];
}
