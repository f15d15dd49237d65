// Blind evaluation text: invented incident; "X, citing Y" relays (Turkey relaying Azerbaijan, Iran relaying Armenia,
// state media relaying an anonymous Armenian source), metonyms, anonymous official.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `ANKARA, Nov 14 (Reuters) - Turkey's foreign minister, citing his Azerbaijani counterpart, said on Thursday that Baku was ready to sign a transit agreement with Armenia "within weeks", as regional powers jostled over a planned road and rail route across southern Armenia.

"The technical work is almost complete. There is no obstacle left on Baku's side," Foreign Minister Hakan Yilmazer told reporters in Ankara after meeting Armenian officials. "Now it is up to Yerevan to show political will."

Azerbaijan's Foreign Ministry did not confirm a timeline. Its spokesman, Tural Mammadli, said only that "the process is moving in a positive direction".

The route, known in Azerbaijan as the Zangezur corridor, would link mainland Azerbaijan with its Nakhchivan exclave through Armenia's Syunik province, which borders Iran.

A senior Azerbaijani official, speaking on condition of anonymity, said Baku expected "unimpeded" passage for its cargo and citizens, without inspections by Armenian border guards.

Yerevan insists on the opposite. Armenian Deputy Prime Minister Tigran Avetisyan said Armenia had not agreed to any "extraterritorial" arrangement and that its own border and customs officers would check all goods and passengers, as on any other border.

Iran, which has long opposed any change to its border with Armenia, appeared reassured. Foreign Ministry spokesman Nasser Rahimi, citing Armenian officials, told a weekly news conference in Tehran that the route would remain under Armenian sovereignty and jurisdiction.

"The Islamic Republic will not accept any change to the internationally recognised borders of the region. This is a red line, and our Armenian and Azerbaijani friends know it," Rahimi said.

Russia's state news agency TASS, citing an unnamed source in the Armenian government, reported that Russian border guards would play no role in securing the route.

Regional analysts said the competing versions reflected unresolved questions rather than bad faith. "Everyone is describing the part of the deal they like," said Emre Kaya, a researcher at an Istanbul-based think tank. "The hard part is the customs regime, and nobody has agreed on that yet."

Turkey, which has no diplomatic relations with Armenia, has tied full normalisation with Yerevan to a peace deal between Armenia and Azerbaijan. Ankara and Yerevan agreed in 2022 to open their land border to third-country nationals, but it remains closed.`;

export const gold: GoldText = {
  name: "blind/06-transit-route-citing",
  actors: actorsWithoutAliases("Turkey", "Azerbaijan", "Armenia", "Iran"),
  text,
  claims: [
    /* 0 */ { quote: 'Baku was ready to sign a transit agreement with Armenia "within weeks"', actor: "Azerbaijan", attribution: "PARAPHRASE", relayedBy: "Turkey" },
    /* 1 */ { quote: "The technical work is almost complete. There is no obstacle left on Baku's side", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "Now it is up to Yerevan to show political will", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "the process is moving in a positive direction", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: 'Baku expected "unimpeded" passage for its cargo and citizens, without inspections by Armenian border guards', actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: 'Armenia had not agreed to any "extraterritorial" arrangement', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "its own border and customs officers would check all goods and passengers, as on any other border", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the route would remain under Armenian sovereignty and jurisdiction", actor: "Armenia", attribution: "PARAPHRASE", relayedBy: "Iran" },
    /* 8 */ { quote: "The Islamic Republic will not accept any change to the internationally recognised borders of the region. This is a red line, and our Armenian and Azerbaijani friends know it", actor: "Iran", attribution: "DIRECT_QUOTE" },
    // TASS is a news agency, not an actor: the claim is the Armenian source's, with no relayedBy.
    /* 9 */ { quote: "Russian border guards would play no role in securing the route", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[6, 4]],
};
