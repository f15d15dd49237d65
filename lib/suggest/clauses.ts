// Cutting a sentence into the parts the readings work on: the dateline off, two speakers' clauses apart,
// and whether a paragraph leaves a quotation open.
import type { Sentence } from "./sentences";
import { firstSpeechVerb } from "./speech-verbs";

// A live blog's "08:47 - " and a wire's "BAKU, March 3 (Reuters) - " are not part of the sentence's grammar.
// A fact-check's "THE CLAIM: " label, too.
const DATELINE = /^(?:[A-Z][A-Z ]{2,30}:\s+(?=[A-Z"“«]))?(?:UPDATE\s+\d+\s*-\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|EET|MSK)?\s*(?:[-–—:]\s*|(?=[A-Z]))|[A-Z][A-Z .'’/-]{1,40},\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s*)?/;

/** The dateline's city ("ASTANA, Oct 7 (Reuters) - " gives "ASTANA"), if the sentence opens with one. */
export function datelineCity(sentence: Sentence): string | undefined {
  return sentence.text.match(/^(?:UPDATE\s+\d+\s*-\s*)?([A-Z][A-Z .'’-]{1,30}?)(?:\/[A-Z .'’-]+)?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)/)?.[1];
}

export function withoutDateline(sentence: Sentence): Sentence {
  const dateline = sentence.text.match(DATELINE);
  if (!dateline || dateline[0].length === 0) return sentence;
  const cut = dateline[0].length;
  return { ...sentence, start: sentence.start + cut, text: sentence.text.slice(cut) };
}

// "…, a Ukrainian security source said, while Russia's military insisted that …", "Azerbaijan says …;
// Kremlin points to …": two speakers, two statements. Cut only where the second part has a speech verb
// of its own, so "said the units withdrew while talks went on" stays whole.
// A headline's "Kyiv says …, Minsk denies any build-up": the second speaker's denial after a bare comma.
// "Tehran has hit back: the Iranian foreign ministry accuses …": a colon, like a semicolon.
// "Russia condemned the arrest, prompting a sharp reply from Yerevan, which said …": the reply is the other side's.
const CLAUSE_BREAK = /(?:,\s+(?:while|whereas)\s+|[;:]\s+|,\s+(?=(?:prompting|drawing|sparking|triggering|provoking)\b[^,]*,\s+(?:which|who)\s)|,\s+(?=[A-Z][^,"“”«»]{1,40}\s+(?:denies|rejects|dismisses|denied|rejected|dismissed)\s+\S))/g;

export function splitClauses(sentence: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const cut of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = cut.index ?? 0;
    const rest = sentence.text.slice(at + cut[0].length);
    // After ", while" both parts must attribute; after ";" the second must (the first may be a headline's news).
    const bothAttribute = !/[;:]/.test(cut[0]);
    // "X said: …" introduces its own statement; the colon breaks only after words that attribute nothing.
    // A headline's "Ukrainian army: … “false”" names its speaker before the colon: a clause there has three words at least.
    if (cut[0].includes(":") && (firstSpeechVerb(sentence.text.slice(from, at), 0) || sentence.text.slice(from, at).trim().split(/\s+/).length < 3)) continue;
    // "Chișinău protests …; Moscow: “routine training”": a headline's second half in the colon shape.
    const colonHeadline = !bothAttribute && /^[^:"“”«»]{2,50}:\s+["“«]/u.test(rest);
    if (/["“”«»]/.test(sentence.text.slice(from, at).replace(/["“][^"”]*["”]/g, "")) || !(firstSpeechVerb(rest, 0) || colonHeadline) || (bothAttribute && !firstSpeechVerb(sentence.text.slice(from, at), 0))) continue;
    parts.push({ ...sentence, start: sentence.start + from, end: sentence.start + at, text: sentence.text.slice(from, at) });
    from = at + cut[0].length;
  }
  if (from === 0) return [sentence];
  parts.push({ ...sentence, start: sentence.start + from, text: sentence.text.slice(from) });
  return parts;
}

/** Whether `sentence` begins its paragraph with a quotation mark that the paragraph never closes. */
export function opensUnclosedQuote(text: string, sentence: Sentence): boolean {
  if (!/^["“«]/.test(sentence.text) || (sentence.start > 0 && text[sentence.start - 1] !== "\n")) return false;
  const lineEnd = text.indexOf("\n", sentence.start);
  const paragraph = text.slice(sentence.start, lineEnd < 0 ? text.length : lineEnd);
  const straight = (paragraph.match(/"/g) ?? []).length;
  const opening = (paragraph.match(/[“«]/g) ?? []).length;
  const closing = (paragraph.match(/[”»]/g) ?? []).length;
  return paragraph.startsWith('"') ? straight % 2 === 1 : opening > closing;
}
