import type { ReferentFinder } from "../referents";
import type { Sentence } from "../sentences";
import { resolveSpeaker, type Speaker, type SpeakerMemory } from "../speaker";
import { firstSpeechVerb, OBJECT_VERBS, onlyCircumstances, TELLING } from "../speech-verbs";
import { statements, type Reading } from "./reading";

/** "“…,” the ministry said.", "“…,” said the ministry.": the speaker closes the sentence. */
export function trailingSpeaker(text: string, sentence: Sentence, finder: ReferentFinder, memory: SpeakerMemory): Reading[] | undefined {
  const cuts = [...sentence.text.matchAll(/(?:[,!?]["”»’']?|["”»])\s+/g)].reverse();
  for (const cut of cuts) {
    const tailStart = (cut.index ?? 0) + cut[0].length;
    const tail = sentence.text.slice(tailStart).replace(/[.!?]+["”»]?$/, "");
    const verb = firstSpeechVerb(tail, 0);
    if (!verb) continue;
    let afterVerb = tail.slice(verb.end);
    // "…,” X wrote on Facebook, adding that …": a second statement after the attribution.
    const adding = afterVerb.match(/,\s+adding\s+(?:that\s+)?/);
    const added = adding ? { start: sentence.start + tailStart + verb.end + (adding.index ?? 0) + adding[0].length, end: sentence.end } : undefined;
    if (adding) afterVerb = afterVerb.slice(0, adding.index);
    let speaker: Speaker | undefined;
    if (verb.start === 0) {
      // "said the ministry", "said Olesya Vartanyan, a regional analyst". Not "Name, an official of X,
      // said the talks failed": there the words before the cut are the subject and its apposition.
      // "…, rejected the Russian claim": an object verb is never inverted.
      if (OBJECT_VERBS.has(verb.word)) continue;
      const subject = afterVerb.match(/^\s+([^,]{2,80})/);
      if (!subject || NAME_AND_APPOSITION.test(sentence.text.slice(0, cut.index ?? 0))) continue;
      // "The governor …, Vyacheslav Gorin, says Ukrainian drones hit a substation": a clause follows, not a speaker.
      if (subject[1].trim().split(/\s+/).length > 7) continue;
      const at = sentence.start + tailStart + verb.end + subject[0].indexOf(subject[1]);
      speaker = resolveSpeaker(text, at, at + subject[1].length, finder, memory);
    } else {
      // "…, Yerevan denies" in a headline: the denial of what precedes it, not its attribution.
      if (/^den(?:y|ies|ied)$/.test(verb.word) && afterVerb.trim() === "") continue;
      // "…, the ministry said in a statement on Telegram": after the verb, only when, where and to whom.
      // "told state television from the exercise area", "told Reuters, in what would be …", "said on
      // Thursday, dampening hopes …": the hearer or a circumstance, then at most an aside after a comma.
      if (TELLING.test(verb.word)) afterVerb = afterVerb.split(",")[0];
      // "said as he opened the meeting", "…, he said, a condition Turkish officials have set": when, or the
      // journalist's comment on the statement.
      const aside = afterVerb.match(/,\s+(?:where|when|which|as|in what|an?|[a-z]+ing)\b|\s+(?:as|while|when|after|before)\s+(?:he|she|it|they|the|a|an|his|her|its|their)\b/);
      if (aside) afterVerb = afterVerb.slice(0, aside.index);
      // "told state television from the exercise area", not "told reporters that …" (a statement follows, not the end of one).
      const toldSomeone = TELLING.test(verb.word) && afterVerb.trim().split(/\s+/).length <= 7 && !/\bthat\b/.test(afterVerb);
      if (/["“”«»]/.test(afterVerb) || afterVerb.trim().split(/\s+/).filter(Boolean).length > 12 || !(toldSomeone || onlyCircumstances(afterVerb))) continue;
      speaker = resolveSpeaker(text, sentence.start + tailStart, sentence.start + tailStart + verb.start, finder, memory);
    }
    if (!speaker) continue;
    const words = tail.slice(0, verb.end + afterVerb.length).trim();
    // The statement runs to the cut, closing quote mark included, so a whole quotation is recognised as one.
    let statementEnd = (cut.index ?? 0) + cut[0].trimEnd().length;
    // "“…,” Rauf Guliyev, a foreign policy aide to the Azerbaijani president, wrote": the cut fell after
    // the name, and the apposition named the state; the quote ends before the name, which is theirs now.
    const named = sentence.text.slice(0, cut.index ?? 0).match(QUOTE_THEN_NAME);
    if (named) {
      statementEnd = (named.index ?? 0) + named[1].length;
      if (speaker.actor) finder.learnName(named[2], speaker.actor);
    }
    // "“…,” Ukraine's human rights commissioner, Dmytro Lysenko, said": the cut fell after the title,
    // and the name alone places nobody; the title before it does.
    const titled = /^["“«]/.test(sentence.text) ? sentence.text.slice(0, cut.index ?? 0).match(QUOTE_THEN_TITLE) : null;
    if (titled) {
      const at = sentence.start + (titled.index ?? 0) + titled[0].indexOf(titled[2], titled[1].length);
      const state = finder.find(text, at, at + titled[2].length).find((referent) => referent.actor);
      if (state?.actor && !speaker.actor) {
        const name = text.slice(sentence.start + tailStart, sentence.start + tailStart + verb.start).replace(/[\s,]+$/, "");
        if (/^(?:[A-Z][\p{Ll}’'-]+\s*){2,3}$/u.test(name)) finder.learnName(name, state.actor);
        speaker = { actor: state.actor, surface: `${titled[2]}, ${name}`, anonymous: false, via: "named" };
      }
      if (state?.actor) statementEnd = (titled.index ?? 0) + titled[1].length;
    }
    const readings = statements(text, { start: sentence.start, end: sentence.start + statementEnd }, speaker, words, "trailing");
    return added ? [...readings, ...statements(text, added, speaker, `${words}, adding`, "leading")] : readings;
  }
  return undefined;
}

const QUOTE_THEN_TITLE = /(,?["”»])\s+([^"“”«»,]{3,80})$/u;
const NAME_AND_APPOSITION = /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2},\s+[^,"“”«»]+$/u;
const QUOTE_THEN_NAME = /(,?["”»])\s+([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{Ll}’'-]+){1,2})$/u;
