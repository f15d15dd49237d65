// Finding who a phrase names: the given actors (by name, alias, capital, metonym, "Russian …",
// officials named once with their country and later by surname) and third parties (other states,
// international bodies, media, analysts), so that "the EU envoy" or "Romania's ministry" is never
// mistaken for an actor.
import { findState, STATES, type StateEntry } from "./gazetteer";
import { INSTITUTION_WORD } from "./subject-words";
import type { ActorRef } from "./types";

export type ReferentKind = "name" | "alias" | "capital" | "metonym" | "adjective" | "official" | "place" | "third-party";
/** actor null: a third party. */
export type Referent = { actor: string | null; kind: ReferentKind; start: number; end: number; surface: string };

// International bodies, media and others whose statements are never an actor's.
const THIRD_PARTIES = [
  "European Union", "EU", "European Parliament", "European Commission", "Council of Europe", "United Nations", "UN", "U.N.", "Security Council",
  "OSCE", "Organization for Security and Co-operation in Europe", "NATO", "ICRC", "International Committee of the Red Cross", "Red Cross",
  "Human Rights Watch", "Amnesty International", "Transparency International", "International Crisis Group", "Crisis Group", "Chatham House", "Carnegie", "Institute for the Study of War", "IAEA", "World Bank", "IMF",
  "TASS", "RIA Novosti", "Interfax", "AFP", "Reuters", "AP", "BBC", "Al Jazeera",
];
const THIRD_PARTY_NOUNS = /^(?:analysts?|experts?|observers?|monitors?|witnesses|residents|activists|protesters|journalists|rights groups?|think tank|researchers?|(?:Nagorno-|Nagorny-)?Karabakh(?: authorities| officials| leaders?| forces)?|separatists?)$/i;
// "Russian media" speak for themselves, not for Russia.
const MEDIA_NOUN = /^\s+(?:[\p{L}-]+\s+)?(?:media|news|press|newspapers?|agency|television|TV|channels?|outlets?|bloggers?|analysts?|experts?|opposition|human rights)\b/u;
// Words between a state's adjective and an official's title: "Armenian Deputy Foreign Minister …".
// Written out case by case rather than with the "i" flag, which would let [A-Z] match "called".
const TITLE_WORDS = `(?:(?:${anyCase("deputy|foreign|defence|defense|security|council|ministry|interior|presidential|military|intelligence|national|prime|first|vice|general|of|the|staff|chief|armed|forces|human|rights|regional")})\\s+){0,4}`;
const TITLES = `(?:${anyCase("president|prime minister|minister|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|secretary|ambassador|envoy|commander|chief|head|leader|commissioner|ombudsman|ombudswoman|governor|mayor|chairman|chairwoman|counterpart")})`;
const PERSON_NAME = "([A-Z][\\p{Ll}’'-]+(?:\\s+[A-Z][\\p{Ll}’'-]+){1,2})";
const OFFICIAL_AFTER_REFERENT = new RegExp(`^(?:['’]s)?\\s+${TITLE_WORDS}${TITLES},?\\s+${PERSON_NAME}`, "u");

// "Farid Karimli, a foreign policy aide to …,": a person (not "Foreign Ministry, Minister X told his Russian
// counterpart,"), then an apposition that opens like one.
const NAME_THEN_OFFICE = new RegExp(`(?<![\\p{L}])((?!(?:Foreign|Defen[cs]e|Interior|State|National|Prime|Deputy|Minister)\\b)[A-Z][\\p{Ll}’'-]+(?:\\s+(?!${INSTITUTION_WORD}\\b)[A-Z][\\p{Ll}’'-]+){1,2}),\\s+((?:an?|the|[A-Z][\\p{L}’'-]+['’]s|[a-z][\\p{L}-]*)\\s[^,.;"“”]{3,90}),`, "gu");
const OFFICE_IN_APPOSITION = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|official|ambassador|envoy|deputy|commander|general|officer|diplomat|secretary|commissioner|president|chief|head)\b/i;

/** "deputy|prime minister" -> "[dD]eputy|[pP]rime [mM]inister": lower or capitalised, as news writes titles. */
function anyCase(alternatives: string): string {
  return alternatives.replace(/\b([a-z])/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

type Surface = { text: string; actor: string | null; kind: ReferentKind };

export type ReferentFinder = {
  /** Referents inside text.slice(start, end), in order, offsets into the whole text. */
  find: (text: string, start?: number, end?: number) => Referent[];
  /** Remembers officials introduced with their country ("Russian Foreign Minister Sergei Lavrov") so that "Lavrov" alone is Russia. */
  learnOfficials: (text: string) => void;
  /** Remembers one person's name for an actor (from a subject already resolved to that actor). */
  learnName: (name: string, actor: string) => void;
};

export function createReferentFinder(actors: ActorRef[]): ReferentFinder {
  const surfaces = new Map<string, Surface>();
  const add = (text: string, actor: string | null, kind: ReferentKind): void => {
    const trimmed = text.trim();
    // A given actor's own forms win over a third party's: first come, first kept, actors added first.
    if (trimmed && !surfaces.has(trimmed)) surfaces.set(trimmed, { text: trimmed, actor, kind });
  };
  const actorStates = new Set<StateEntry>();
  for (const actor of actors) {
    add(actor.name, actor.name, "name");
    for (const alias of actor.aliases) add(alias, actor.name, "alias");
    const state = findState([actor.name, ...actor.aliases]);
    if (!state) continue;
    actorStates.add(state);
    for (const name of state.names) add(name, actor.name, "name");
    for (const capital of state.capital) add(capital, actor.name, "capital");
    for (const metonym of state.metonyms) add(metonym, actor.name, "metonym");
    for (const adjective of state.adjectives) add(adjective, actor.name, "adjective");
  }
  // After every actor's own forms, so that a given name or alias always wins over a place.
  for (const actor of actors) for (const place of findState([actor.name, ...actor.aliases])?.places ?? []) add(place, actor.name, "place");
  for (const state of STATES) {
    if (actorStates.has(state)) continue;
    for (const form of [...state.names, ...state.capital, ...state.metonyms, ...state.adjectives, ...(state.places ?? [])]) add(form, null, "third-party");
  }
  for (const body of THIRD_PARTIES) add(body, null, "third-party");

  let pattern = compile(surfaces);

  const find = (text: string, start = 0, end = text.length): Referent[] => {
    const found: Referent[] = [];
    const slice = text.slice(start, end);
    for (const match of slice.matchAll(pattern)) {
      const surface = surfaces.get(match[1]);
      if (!surface) continue;
      const at = start + (match.index ?? 0) + match[0].indexOf(match[1]);
      const after = text.slice(at + match[1].length, at + match[1].length + 40);
      const isMedia = surface.kind === "adjective" && MEDIA_NOUN.test(after);
      found.push({ actor: isMedia ? null : surface.actor, kind: isMedia ? "third-party" : surface.kind, start: at, end: at + match[1].length, surface: match[1] });
    }
    for (const word of slice.matchAll(/[A-Za-z-]+(?: (?:authorities|officials|leaders?|forces|groups?|tank))?/g)) {
      if (!THIRD_PARTY_NOUNS.test(word[0])) continue;
      const at = start + (word.index ?? 0);
      if (!found.some((referent) => referent.start <= at && at < referent.end)) found.push({ actor: null, kind: "third-party", start: at, end: at + word[0].length, surface: word[0] });
    }
    return found.sort((a, b) => a.start - b.start);
  };

  const learnName = (name: string, actor: string): void => {
    const parts = name.trim().split(/\s+/);
    const surname = parts[parts.length - 1];
    let changed = false;
    for (const form of [name.trim(), surname]) {
      if (form.length > 2 && !surfaces.has(form)) {
        surfaces.set(form, { text: form, actor, kind: "official" });
        changed = true;
      }
    }
    if (changed) pattern = compile(surfaces);
  };

  const learnOfficials = (text: string): void => {
    for (const referent of find(text)) {
      if (!referent.actor) continue;
      const introduced = text.slice(referent.end, referent.end + 120).match(OFFICIAL_AFTER_REFERENT);
      if (introduced) learnName(introduced[1], referent.actor);
    }
    // "Vladyslav Kovalenko, Ukraine's presidential commissioner for sanctions policy, said …",
    // "Farid Karimli, a foreign policy adviser to the Azerbaijani president, …": the apposition gives the country.
    for (const apposition of text.matchAll(NAME_THEN_OFFICE)) {
      if (!OFFICE_IN_APPOSITION.test(apposition[2])) continue;
      const at = (apposition.index ?? 0) + apposition[0].indexOf(apposition[2], apposition[1].length);
      const state = find(text, at, at + apposition[2].length)[0];
      if (state?.actor) learnName(apposition[1], state.actor);
    }
  };

  return { find, learnOfficials, learnName };
}

function compile(surfaces: Map<string, Surface>): RegExp {
  const alternatives = [...surfaces.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Proper nouns are matched case-sensitively: "US" is the United States, "us" is not. Not inside a
  // hyphenated word: a "pro-Armenian territory" or a "Russian-brokered ceasefire" is not Armenia or Russia speaking.
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives.join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`, "gu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
