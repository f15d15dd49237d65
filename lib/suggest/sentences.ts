// Sentences with their offsets, for the attribution grammar. Hand-written rather than an NLP package:
// news attribution hinges on quote marks (a quote runs across sentences until it closes, « » and “ ” as
// well as straight quotes), and a general-purpose splitter cuts inside quotes or at "(...)"; a small
// splitter that knows quotes is easier to make precise and keeps lib/suggest dependency-free.

export type Sentence = { start: number; end: number; text: string; paragraph: number };

const OPENING_QUOTES = new Set(["“", "«", "„"]);
const CLOSING_QUOTES = new Set(["”", "»"]);
// Abbreviations that end with a full stop without ending the sentence.
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|St|No|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|U\.S|U\.N|[A-Z])\.$/;

/** Splits at sentence ends outside quotes and at line breaks; offsets are UTF-16 offsets into `text`.
 * Every line break starts a new paragraph (headings and "See also" lines are paragraphs of their own). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let typographicDepth = 0;
  let insideStraight = false;

  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed, paragraph });
    start = end;
  };

  /** Ends the sentence after `index` (a terminal mark, or a quote closing right after one) if what follows starts a sentence. */
  const endAfter = (index: number): void => {
    let end = index + 1;
    while (end < text.length && /[”»"’')]/.test(text[end]) && !(text[end] === '"' && !insideStraight && isOpeningStraight(text, end))) end++;
    const rest = text.slice(end);
    const next = rest.match(/^[ \t]+(\S)/);
    if (!next) return; // end of text or of line: the line break ends it
    if (!/[A-Z0-9“«„"‘'(\u00C0-\u024F]/.test(next[1])) return;
    // "wrote on X. “…”": an initial is never followed by a quotation, and X is a platform after "on".
    const initialOnly = /(?:^|[^A-Za-z.])[A-Z]\.$/.test(text.slice(Math.max(0, index - 2), index + 1));
    const platform = /\bon X\.$/.test(text.slice(Math.max(0, index - 5), index + 1));
    const quoteFollows = /[“«„"‘]/.test(next[1]);
    if (text[index] === "." && ABBREVIATION.test(text.slice(Math.max(0, index - 6), index + 1)) && !platform && !(initialOnly && quoteFollows)) return;
    push(end);
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\n") {
      push(index);
      start = index + 1;
      if (sentences.length && sentences[sentences.length - 1].paragraph === paragraph) paragraph++;
      // A line break ends any quote: an unbalanced mark must not swallow the rest of the article.
      typographicDepth = 0;
      insideStraight = false;
      continue;
    }
    const closesAfterTerminal = /[.!?]/.test(text[index - 1] ?? "");
    if (OPENING_QUOTES.has(char)) typographicDepth++;
    else if (CLOSING_QUOTES.has(char)) {
      typographicDepth = Math.max(0, typographicDepth - 1);
      if (typographicDepth === 0 && !insideStraight && closesAfterTerminal) endAfter(index - 1);
      continue;
    } else if (char === '"') {
      insideStraight = !insideStraight;
      if (!insideStraight && typographicDepth === 0 && closesAfterTerminal) endAfter(index - 1);
      continue;
    }
    if (typographicDepth > 0 || insideStraight) continue;
    if (char !== "." && char !== "!" && char !== "?") continue;
    // An ellipsis or "(...)" inside a sentence is not its end.
    if (text[index + 1] === "." || text[index - 1] === "." || text[index + 1] === ")") continue;
    endAfter(index);
  }
  push(text.length);
  return sentences;
}

/** A straight quote that opens (after a space, before a word) rather than closes. */
function isOpeningStraight(text: string, index: number): boolean {
  return /\s/.test(text[index - 1] ?? " ") && /\S/.test(text[index + 1] ?? " ");
}
