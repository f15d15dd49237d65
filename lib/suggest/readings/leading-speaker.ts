import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type Speaker, type SpeakerMemory } from "../speaker";
import { APPEAL_AFTER_VERB, firstSpeechVerb, REJECTED_CLAIM, statementStart } from "../speech-verbs";
import { statements, type Reading } from "./reading";

/** "X said (that) …", "X accused Y of …", "X, citing Y, said …": the speaker opens the sentence. */
export function leadingSpeaker(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  // Not a verb inside a relative clause about the speaker: "the source, who spoke on condition of
  // anonymity because the operation had not been acknowledged, said …".
  const masked = sentence.text.replace(RELATIVE_CLAUSE, (clause) => " ".repeat(clause.length));
  const verb = firstSpeechVerb(masked, 0);
  if (!verb) return undefined;
  // A relative clause about the speaker ("The sources, who asked not to be named because …,") is no clause of the sentence's own.
  const subordinate = SUBORDINATOR.test(masked.slice(0, verb.start));
  const speaker =
    relativeSpeaker(text, sentence, verb.start, finder, memory) ??
    (subordinate
      ? subordinateSpeaker(text, sentence, verb.start, finder, memory)
      : (resolveSpeaker(text, sentence.start, sentence.start + verb.start, finder, memory) ??
        coordinatedSubject(text, sentence, verb.start, finder, memory) ??
        subordinateSpeaker(text, sentence, verb.start, finder, memory)));
  if (!speaker) return undefined;
  const afterVerb = sentence.text.slice(verb.end);
  if ((verb.word === "called" || verb.word === "calls") && APPEAL_AFTER_VERB.test(afterVerb)) return [];
  // "Yerevan insists on the opposite": what follows names a position, it does not state it.
  if (/^insist/.test(verb.word) && /^\s+on\b/.test(afterVerb)) return [];
  // "Baku rejected the proposal": a decision, not a statement.
  // Undefined, not none: the sentence still names who speaks next ("… rejected that reading. “…,” the source said").
  if (/^(?:reject|disput)/.test(verb.word) && !REJECTED_CLAIM.test(afterVerb)) return undefined;
  const start = statementStart(sentence.text, verb.end, verb.word);
  if (start < 0) return [];
  const words = `${text.slice(sentence.start, sentence.start + verb.start).trim()} ${verb.word}`;
  // A headline's "…, Yerevan denies": the other side's denial closes the line, it is not part of the charge.
  const denied = sentence.text.match(/,\s+[^,]{2,40}\s+den(?:ies|ied|y)$/);
  const end = denied && (denied.index ?? 0) > start ? sentence.start + (denied.index ?? 0) : sentence.end;
  return statements(text, { start: sentence.start + start, end }, speaker, words, "leading");
}

// "… an interview with Deputy Foreign Minister Sergei Veresov, who tells the paper that …", "It was repeated
// by spokeswoman Yulia Markelova, who told a briefing that …": the speaker is the relative clause's antecedent.
// "… a sharp reply from Yerevan, which said …": a state's "which", too.
const RELATIVE_SPEAKER = /^.*(?:^|,\s+|\b(?:with|by|from|to|of)\s+)((?:[A-Z]|the\s|a\s|an\s)[^,"“”«»]{2,80}?),\s+(?:who|which)\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?$/su;

function relativeSpeaker(text: string, sentence: Sentence, verbStart: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const found = sentence.text.slice(0, verbStart).match(RELATIVE_SPEAKER);
  if (!found) return undefined;
  const at = sentence.start + found[0].lastIndexOf(found[1]);
  const speaker = resolveSpeaker(text, at, at + found[1].length, finder, memory);
  return speaker?.actor ? speaker : undefined;
}

const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|as reported|as quoted|as cited)\b[^,"“”«»]*,/g;

// "Georgia summoned the envoy after a senior Ukrainian official accused …", "relations soured since Prime
// Minister Armen Tadevosyan said …": the speaker is the subject of a clause inside the sentence.
// "as Moscow says", not "as reported by …" or "as usual": an aside, no clause.
const CONJUNCTIONS = "after|since|when|because|while|before|until|although|though|as(?!\\s+(?:reported|quoted|cited|well|such|usual|expected|part|a result)\\b)";
const CLAUSE_OPENING = new RegExp(`(?:,\\s+(?:and|but)\\s+|,\\s+|\\b(?:${CONJUNCTIONS}|but)\\s+)`, "g");
const SUBORDINATOR = new RegExp(`\\b(?:${CONJUNCTIONS})\\s+`);

const SUBJECT_ASIDE = /,\s*(?:citing|quoting|speaking|writing|who|which|as reported)\b[^,"“”«»]*,\s*$/;

function subordinateSpeaker(text: string, sentence: Sentence, verbStart: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const before = sentence.text.slice(0, verbStart);
  // "after the Russian daily Izvestia, citing a source in the ministry, reported": the aside opens no clause.
  const withoutAsides = before.replace(SUBJECT_ASIDE, (aside) => " ".repeat(aside.length));
  const openings = [...withoutAsides.matchAll(CLAUSE_OPENING)];
  const last = openings[openings.length - 1];
  if (!last || /["“”«»]/.test(before)) return undefined;
  const subjectStart = (last.index ?? 0) + last[0].length;
  const speaker = resolveSpeaker(text, sentence.start + subjectStart, sentence.start + verbStart, finder, memory);
  return speaker?.actor ? speaker : undefined;
}

// "Pylypenko did not confirm the attack but said …", "Azerbaijan has raised the issue at the UN and says …":
// the verb shares the subject of the sentence's first verb. The subject ends where that verb begins.
const FIRST_PREDICATE = /\s+(?:did|does|do|has|have|had|is|was|were|are|would|will|could|declined|refused|made|gave|raised|rejected|welcomed|confirmed|acknowledged|summoned|met|visited|urged)\b/;

function coordinatedSubject(text: string, sentence: Sentence, verbStart: number, finder: ReferentFinder, memory: SpeakerMemory): Speaker | undefined {
  const before = sentence.text.slice(0, verbStart);
  if (!/\s(?:and|but)\s+(?:also\s+)?$/.test(before) || /["“”«»]/.test(before)) return undefined;
  const subjectEnd = before.search(FIRST_PREDICATE);
  if (subjectEnd <= 0) return undefined;
  const speaker = resolveSpeaker(text, sentence.start, sentence.start + subjectEnd, finder, memory);
  return speaker?.actor ? speaker : undefined;
}
