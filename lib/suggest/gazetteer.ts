// How news writing names a state besides its name: capital, seat-of-government metonyms, adjectives and
// demonyms. Lets an actor given with no aliases at all be recognised, and lets a state that is NOT one of
// the given actors (Romania, the United States …) be recognised as a third party rather than ignored.

export type StateEntry = {
  /** The names a desk might give the actor, first the usual one. */
  names: string[];
  capital: string[];
  /** Seats of government and institutions standing for the state ("the Kremlin said", "the SBU said"); not
   *  parliaments, whose members speak for themselves. */
  metonyms: string[];
  /** Adjectives and demonyms: "the Russian Defense Ministry", "Azeri officials", "Armenians". */
  adjectives: string[];
  /** Cities and regions whose officials speak for the state ("the Kharkiv governor"). Contested and
   *  occupied places are left out on purpose: both sides name officials there. */
  places?: string[];
};

export const STATES: StateEntry[] = [
  { names: ["Russia", "Russian Federation"], capital: ["Moscow"], metonyms: ["Kremlin", "FSB", "SVR", "GRU", "Rosgvardia"], adjectives: ["Russian", "Russians"], places: ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Krasnodar", "Novorossiysk", "St Petersburg", "Saint Petersburg", "Yekaterinburg", "Kaliningrad", "Dagestan", "Chechnya"] },
  { names: ["Azerbaijan"], capital: ["Baku"], metonyms: ["DTX"], adjectives: ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], places: ["Ganja", "Sumgait", "Nakhchivan", "Tovuz", "Gazakh", "Shusha", "Fuzuli", "Aghdam", "Lachin", "Kalbajar"] },
  { names: ["Armenia"], capital: ["Yerevan"], metonyms: [], adjectives: ["Armenian", "Armenians"], places: ["Gyumri", "Vanadzor", "Syunik", "Tavush", "Goris", "Kapan", "Jermuk", "Gegharkunik", "Vayots Dzor"] },
  { names: ["Ukraine"], capital: ["Kyiv", "Kiev"], metonyms: ["SBU", "HUR"], adjectives: ["Ukrainian", "Ukrainians"], places: ["Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Sumy", "Chernihiv", "Poltava", "Izmail", "Kryvyi Rih", "Vinnytsia", "Zhytomyr", "Kherson"] },
  { names: ["Georgia"], capital: ["Tbilisi"], metonyms: ["SSG"], adjectives: ["Georgian", "Georgians"], places: ["Batumi", "Kutaisi", "Poti"] },
  { names: ["Turkey", "Türkiye"], capital: ["Ankara"], metonyms: ["MIT"], adjectives: ["Turkish", "Turks"] },
  { names: ["Iran"], capital: ["Tehran"], metonyms: [], adjectives: ["Iranian", "Iranians"], places: ["Tabriz", "Gilan", "Ardabil", "Bandar Anzali"] },
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
