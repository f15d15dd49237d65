// A question-and-answer interview: after its introduction ("In an interview in Astana, Transport Minister
// Nurlan Seitkali said …"), paragraphs ending in "?" are the journalist's and the paragraph after each is
// the interviewee's answer, a direct quote with no quotation marks and no attribution of its own.
import type { Speaker } from "./speaker";
import type { Suggestion } from "./types";

type Line = { start: number; end: number; text: string };

function linesOf(text: string): Line[] {
  return [...text.matchAll(/[^\n]+/g)].map((line) => ({ start: line.index ?? 0, end: (line.index ?? 0) + line[0].length, text: line[0] })).filter((line) => line.text.trim() !== "");
}

const QUESTION = /\?\s*$/;

function isQuestion(line: string): boolean {
  return QUESTION.test(line) && /\p{Ll}/u.test(line) && !/^\s*["“«]/.test(line);
}

/** The answers of an interview as suggestions; none unless the text reads as one (two answered questions at least). */
export function interviewAnswers(text: string, interviewee: { speaker: Speaker; at: number } | undefined, found: Suggestion[]): Suggestion[] {
  if (!interviewee?.speaker.actor) return [];
  const { actor, surface, relayedBy } = interviewee.speaker;
  const lines = linesOf(text);
  // The introduction names the interviewee before the first question; an explainer's "WHAT IS METSAMOR?" is a heading, not a question.
  const firstQuestion = lines.find((line) => isQuestion(line.text));
  if (!firstQuestion || firstQuestion.start < interviewee.at) return [];
  const answers: Suggestion[] = [];
  for (let index = 1; index < lines.length; index++) {
    const question = lines[index - 1];
    const answer = lines[index];
    if (!isQuestion(question.text) || QUESTION.test(answer.text) || /^\s*["“«]/.test(answer.text)) continue;
    if (found.some((suggestion) => suggestion.start < answer.end && suggestion.end > answer.start)) continue;
    const start = answer.start + (answer.text.length - answer.text.trimStart().length);
    let end = answer.end;
    while (end > start && /[\s.!]/.test(text[end - 1])) end--;
    answers.push({
      start,
      end,
      actor,
      confidence: 0.6,
      reason: `Answer in the interview with ${surface}`,
      attribution: "DIRECT_QUOTE",
      ...(relayedBy ? { relayedBy } : {}),
    });
  }
  return answers.length >= 2 ? answers : [];
}
