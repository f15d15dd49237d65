// Content words for comparing two statements: lower-cased, crudely stemmed ("violated", "violating",
// "violation" -> "violat"), without function words and without the names of states, so that two claims
// match on the event and the place, not on both mentioning Azerbaijan.
import { STATES } from "./gazetteer";

const FUNCTION_WORDS = new Set(
  `a an the of in on at to for from by with and or but that this these those it its their his her our we they he she them us is are was
  were be been being has have had do does did not no never any all some one two there here as than then so such which who whom what when
  where while also only very more most into over under after before about against between during since until would will could should may
  might must can shall just even yet side said says say`.split(/\s+/),
);
const STATE_WORDS = new Set(STATES.flatMap((state) => [...state.names, ...state.capital, ...state.metonyms, ...state.adjectives]).map((word) => word.toLowerCase()));

export function stem(word: string): string {
  const lower = word.toLowerCase();
  const stemmed = lower.replace(/(?:ations?|ions?|ings?|ed|es|s|e)$/, "");
  return stemmed.length >= 3 ? stemmed : lower;
}

/** The stems of the content words of `text`, leaving out the given actor names too. */
export function contentStems(text: string, actorNames: string[] = []): Set<string> {
  const names = new Set(actorNames.map((name) => name.toLowerCase()));
  const stems = new Set<string>();
  for (const match of text.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = match[0].toLowerCase().replace(/['’]s$/, "");
    if (word.length < 3 || FUNCTION_WORDS.has(word) || STATE_WORDS.has(word) || names.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

export function sharedStems(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((word) => b.has(word));
}
