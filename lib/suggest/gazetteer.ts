// How news writing names a state besides its name: capital, seat-of-government metonyms, adjectives and
// demonyms. Lets an actor given with no aliases at all be recognised, and lets a state that is NOT one of
// the given actors (Romania, the United States …) be recognised as a third party rather than ignored.

export type StateEntry = {
  /** The names a desk might give the actor, first the usual one. */
  names: string[];
  capital: string[];
  /** Seats of government and institutions standing for the state ("the Kremlin said"). */
  metonyms: string[];
  /** Adjectives and demonyms: "the Russian Defense Ministry", "Azeri officials", "Armenians". */
  adjectives: string[];
};

export const STATES: StateEntry[] = [
  { names: ["Russia", "Russian Federation"], capital: ["Moscow"], metonyms: ["Kremlin"], adjectives: ["Russian", "Russians"] },
  { names: ["Azerbaijan"], capital: ["Baku"], metonyms: [], adjectives: ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"] },
  { names: ["Armenia"], capital: ["Yerevan"], metonyms: [], adjectives: ["Armenian", "Armenians"] },
  { names: ["Ukraine"], capital: ["Kyiv", "Kiev"], metonyms: [], adjectives: ["Ukrainian", "Ukrainians"] },
  { names: ["Georgia"], capital: ["Tbilisi"], metonyms: [], adjectives: ["Georgian", "Georgians"] },
  { names: ["Turkey", "Türkiye"], capital: ["Ankara"], metonyms: [], adjectives: ["Turkish", "Turks"] },
  { names: ["Iran"], capital: ["Tehran"], metonyms: [], adjectives: ["Iranian", "Iranians"] },
  { names: ["United States", "USA", "US", "U.S.", "America"], capital: ["Washington"], metonyms: ["White House", "Pentagon", "State Department"], adjectives: ["American", "Americans", "US", "U.S."] },
  { names: ["France"], capital: ["Paris"], metonyms: ["Elysee", "Élysée", "Quai d'Orsay"], adjectives: ["French"] },
  { names: ["United Kingdom", "UK", "Britain", "Great Britain"], capital: ["London"], metonyms: ["Downing Street", "Foreign Office", "Whitehall"], adjectives: ["British", "Britons"] },
  { names: ["Germany"], capital: ["Berlin"], metonyms: [], adjectives: ["German", "Germans"] },
  { names: ["Belarus"], capital: ["Minsk"], metonyms: [], adjectives: ["Belarusian", "Belarusians"] },
  { names: ["Moldova"], capital: ["Chisinau", "Chișinău"], metonyms: [], adjectives: ["Moldovan", "Moldovans"] },
  { names: ["Romania"], capital: ["Bucharest"], metonyms: [], adjectives: ["Romanian", "Romanians"] },
  { names: ["Poland"], capital: ["Warsaw"], metonyms: [], adjectives: ["Polish", "Poles"] },
  { names: ["Kazakhstan"], capital: ["Astana"], metonyms: ["Akorda"], adjectives: ["Kazakh", "Kazakhs"] },
  { names: ["China"], capital: ["Beijing"], metonyms: [], adjectives: ["Chinese"] },
  { names: ["Israel"], capital: ["Jerusalem"], metonyms: [], adjectives: ["Israeli", "Israelis"] },
  { names: ["Syria"], capital: ["Damascus"], metonyms: [], adjectives: ["Syrian", "Syrians"] },
  { names: ["India"], capital: ["New Delhi"], metonyms: [], adjectives: ["Indian", "Indians"] },
  { names: ["Pakistan"], capital: ["Islamabad"], metonyms: [], adjectives: ["Pakistani", "Pakistanis"] },
];

/** The gazetteer entry a given actor name (or one of its aliases) stands for, if any. */
export function findState(names: string[]): StateEntry | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return STATES.find((state) => state.names.some((name) => wanted.includes(name.toLowerCase())));
}
