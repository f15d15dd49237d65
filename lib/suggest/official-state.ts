// Which state an official belongs to when the words name none ("Deputy Energy Minister Hakob Vardanyan",
// "the prime minister", "The State Security Service"): the office's holder named earlier, the city they
// speak in, a state named as the owner of a body in the sentence, the side last heard through the same
// ministry, the dateline's state, and last the side last heard.
import type { ReferentFinder } from "./referents";
import type { SpeakerMemory } from "./speaker";

/** The state of the official named by `words` (text.slice(start, end)), if the text around them gives one. */
export function officialState(text: string, start: number, end: number, words: string, finder: ReferentFinder, memory: SpeakerMemory): string | null | undefined {
  return officeHolderOf(text, start, words, finder) ?? placeAfterVerb(text, end, finder) ?? contextActor(text, start, finder, memory, words, GOES_ON.test(text.slice(end, end + 30)));
}

/** "Deputy Minister Elshad Karimli told reporters in Baku": the city the official speaks in, after the verb. */
function placeAfterVerb(text: string, end: number, finder: ReferentFinder): string | undefined {
  const found = text.slice(end, end + 80).match(/^\s*(?:said|told|says|tells|spoke|informed)\b[^,.;"“”]{0,40}?\s(?:in|from)\s+([A-Z][\p{L}-]+)/u);
  if (!found) return undefined;
  const at = end + found[0].lastIndexOf(found[1]);
  return finder.find(text, at, at + found[1].length).find((referent) => referent.actor && (referent.kind === "capital" || referent.kind === "place"))?.actor ?? undefined;
}

// "Deputy Foreign Minister Sergei Avdeyev went further": the same side as the last speaker, going on.
const GOES_ON = /^\s*(?:went further|was (?:blunter|more blunt|harsher|more cautious)|echoed|also)\b/;

/** A state named as an owner before the official in the sentence, else the side last heard or the dateline's. */
function contextActor(text: string, start: number, finder: ReferentFinder, memory: SpeakerMemory, title: string, goesOn: boolean): string | null | undefined {
  const sentenceStart = memory.sentenceStart ?? start;
  // Not inside a quotation before the speaker ("“… political will in Moscow,” Energy Minister Victor Rusu said").
  const quoted = [...text.slice(sentenceStart, start).matchAll(/["“«][^"“”«»]*["”»]/g)].map((quote) => ({ from: sentenceStart + (quote.index ?? 0), to: sentenceStart + (quote.index ?? 0) + quote[0].length }));
  const owners = finder
    .find(text, sentenceStart, start)
    .filter((referent) => !quoted.some((quote) => quote.from <= referent.start && referent.end <= quote.to))
    .filter((referent) => referent.actor && isOwner(text, referent.start, referent.end, referent.kind));
  if (owners.length) return owners[owners.length - 1].actor;
  // The side last heard, when it spoke through the same ministry ("Armenia's Environment Ministry said …. Deputy
  // Environment Minister Lusine Avagyan said"); otherwise the dateline's state, whose officials wire copy names
  // without their country ("ASTANA - … Agriculture Minister Yerlan Abenov told a briefing"); else the side last heard.
  const domain = title.match(/\b(?!Deputy|Vice|First|Prime)([A-Z][\p{Ll}]+)\s+Minister\b/u)?.[1];
  const sameMinistry = goesOn || (domain !== undefined && memory.last !== undefined && memory.last.surface.includes(domain));
  return sameMinistry ? memory.last?.actor : (memory.home ?? memory.last?.actor);
}

// A state named as the owner of a body: "Iran's army", "the Armenian government", "the Ministry of Energy of
// the Republic of Kazakhstan"; not "the Russian side", which only says whose price it was.
const OWNED_BODY = /^\s+(?:[A-Z][\p{Ll}]+\s+){0,2}(?:army|ministry|government|forces|military|navy|president|presidency|leadership|authorities|officials|command|Army|Ministry|Government|Forces|Navy|Command)\b/u;

function isOwner(text: string, start: number, end: number, kind: string): boolean {
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return true;
  if (kind === "adjective") return OWNED_BODY.test(text.slice(end, end + 40));
  return /\b(?:Ministry|Service|Committee|Office|Government)\s+of\s+(?:[A-Z][\p{Ll}]+\s+)*(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?$/u.test(text.slice(Math.max(0, start - 80), start));
}

// With its "Deputy": a deputy foreign minister is not the foreign minister named earlier.
const OFFICE = /\b(?:(?:Deputy|First Deputy|Vice)\s+)?(?:Prime Minister|President|(?:Foreign|Defen[cs]e|Interior|Economy|Energy) Minister)\b/i;

/** "Turkey's foreign minister … said" earlier, "Foreign Minister Hakan Yilmazer" now: the same office of the same state. */
function officeHolderOf(text: string, start: number, words: string, finder: ReferentFinder): string | undefined {
  const office = words.match(OFFICE)?.[0];
  if (!office) return undefined;
  const deputy = /^(?:Deputy|First Deputy|Vice)\s/i.test(office);
  const after = new RegExp(`^(?:['’]s)?\\s+(?:new\\s+|acting\\s+)?${deputy ? "" : "(?!deputy\\s|vice\\s)"}${office.replace(/\s+/g, "\\s+")}\\b`, "i");
  const holders = finder.find(text, 0, start).filter((referent) => referent.actor && after.test(text.slice(referent.end, referent.end + 40)));
  return holders.length ? (holders[holders.length - 1].actor ?? undefined) : undefined;
}
