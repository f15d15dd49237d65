// Blind evaluation text: invented incident, AFP-like; most statements are by third parties (EUMM, UN, Amnesty, OSCE,
// analysts, de facto authorities, EU), only a few by the actor states.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `TBILISI, Aug 19 (AFP) - New barbed-wire fences have appeared overnight along the de facto border of Georgia's Russian-backed breakaway region of South Ossetia, cutting off a farming family from its orchards, the European Union's monitoring mission said on Monday.

"Our patrols observed approximately 400 metres of new fencing and two new surveillance masts near the village of Gugutiantkari," the EU Monitoring Mission (EUMM) said in a statement, adding that such activities "negatively affect the lives and livelihoods of the conflict-affected population".

The mission called on "all relevant actors" to refrain from steps that could raise tensions, and said its hotline with the Russian border guards had been activated.

Georgia's State Security Service said the fence had been erected by "occupation forces", and that Georgian police had been deployed to the area to prevent further advances.

"This is yet another step in Russia's policy of creeping annexation, carried out in front of the international community," the Georgian Foreign Ministry said in a short statement.

The practice, known in Georgia as "borderisation", has been documented by international observers for more than a decade. According to the UN human rights office, dozens of villages along the line have been divided since 2011, and residents are regularly detained for "illegal border crossing" when they try to reach their fields or family graves.

"Families are being separated from their land, their water and their dead," said Natia Gelashvili, a researcher with Amnesty International in Tbilisi. "The people living along the line are paying the price of a frozen conflict."

The OSCE's special representative for the South Caucasus said the issue would be raised at the next round of the Geneva International Discussions, the only forum in which Georgia, Russia and representatives of the breakaway regions sit at the same table.

The de facto authorities in Tskhinvali said the fence marked the "state border of the Republic of South Ossetia" and accused Georgian farmers of repeated violations.

In Moscow, Deputy Foreign Minister Mikhail Korzun told reporters that Russian border guards were acting "in strict accordance" with bilateral agreements with South Ossetia, and that talk of annexation was "groundless".

Analysts see little prospect of change. "Moscow does not need to say anything. The fences speak for themselves," said Davit Lomidze, a security analyst at the Caucasus Security Institute in Tbilisi. "Tbilisi complains, Brussels expresses concern, and next year the fence moves again."

A spokesperson for the EU's foreign service reiterated the bloc's "firm support for Georgia's sovereignty and territorial integrity within its internationally recognised borders".

Russia recognised South Ossetia and Abkhazia as independent states after a five-day war with Georgia in August 2008 and keeps thousands of troops in both regions.`;

export const gold: GoldText = {
  name: "blind/05-borderisation-third-parties",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: 'the fence had been erected by "occupation forces"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Georgian police had been deployed to the area to prevent further advances", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "This is yet another step in Russia's policy of creeping annexation, carried out in front of the international community", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: 'Russian border guards were acting "in strict accordance" with bilateral agreements with South Ossetia', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'talk of annexation was "groundless"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[4, 2]],
};
