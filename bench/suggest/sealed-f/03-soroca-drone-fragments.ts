// Sealed-f evaluation text: AFP-style wire; invented find of drone fragments in northern Moldova. Headline statement
// before "says", a long lead that-clause, a defence minister quoted across two sentences, an embassy speaking for its
// state, "rejected the accusation", "calling A B", "suggested", a state's air force, an EU statement and an
// opposition lawmaker as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Moldova says drone debris found near Ukrainian border came from Russian attack

CHISINAU, Sept 19, 2025 (AFP) - Moldova said on Friday that fragments of a drone found in a sunflower field near the Ukrainian border were from a Russian Geran-type attack drone that had strayed into its airspace during a night strike on Ukraine's Vinnytsia region.

The defence ministry said army sappers had recovered part of the engine and a warhead casing near the village of Cosauti, in the Soroca district, and that no one had been hurt. Border police said villagers had heard a loud bang at around 3:00 am and alerted officers at a nearby post.

"This is the fourth time since January that Russian drones have violated Moldovan airspace," Defence Minister Andrei Cebotaru told reporters in Chisinau, standing beside a table with the blackened pieces of metal. "We have informed our partners and we will summon the Russian ambassador."

By the afternoon the foreign ministry said the Russian ambassador had been handed a note of protest.

Moldova, a former Soviet republic of 2.4 million people that is a candidate to join the European Union, has no air defence systems capable of stopping such drones. It has installed a network of radar stations along its border with Ukraine since 2023, largely with European money.

The Russian embassy in Chisinau rejected the accusation. "There is no evidence whatsoever that this object is Russian," the embassy said in a statement, calling the claim "yet another attempt to drag Moldova into the conflict".

In Moscow, foreign ministry spokeswoman Yelena Sobolevskaya suggested the drone could have been a Ukrainian decoy. "Kyiv launches such decoys by the hundreds, and they fly wherever the wind takes them," she said.

Ukraine's air force rejected the Russian version, saying it had tracked 62 Russian Shahed-type drones over the country overnight, one of which crashed after crossing into Moldovan airspace.

Ukraine's foreign minister wrote on X: "Russia's war does not stop at Ukraine's borders. Moldova knows this better than anyone."

The European Union condemned what it called "a reckless violation of Moldova's sovereignty" and said it would speed up the delivery of a second radar package promised in the spring.

In Cosauti, a village of stone houses above the Dniester river, residents said the explosion had shaken windows across the valley. "We thought the war had come here," said Maria Lungu, 67, who keeps cows on the edge of the field where the debris fell.

Not everyone in Moldovan politics accepted the government's account. Petru Grigoras, a lawmaker from the pro-Russian Party of Socialists, accused the government of "using a piece of scrap to frighten voters" before parliamentary elections at the end of the month.

Security analysts in Chisinau said the markings on the engine, photographed by AFP, were consistent with drones assembled in Russia's Alabuga plant, but cautioned that Ukraine also fields decoys built on similar airframes.

Moldova's prosecutor's office said it had opened a criminal case for the violation of the state border and had sent the fragments to a laboratory for expert analysis. Results are expected next week.`;

export const gold: GoldText = {
  name: "sealed-f/03-soroca-drone-fragments",
  actors: actorsWithoutAliases("Moldova", "Russia", "Ukraine"),
  text,
  // Left out of gold: the EU, villagers, the Socialist lawmaker (an opposition MP speaking for himself), security
  // analysts, and the journalist's background on Moldova's radars ("It has installed ..."). Judgment calls: the
  // defence ministry's coordinated that-clauses are two claims; border police and the prosecutor's office speak for
  // Moldova; the Russian embassy speaks for Russia; "calling the claim B" gives "the claim B" like "called A a B";
  // "suggested the drone could have been ..." has claimed content and is gold; the foreign minister's two quoted
  // sentences after "wrote on X:" are one claim. Sobolevskaya's decoy suggestion contradicts Moldova's
  // identification and is linked to it.
  claims: [
    /* 0 */ { quote: "drone debris found near Ukrainian border came from Russian attack", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "fragments of a drone found in a sunflower field near the Ukrainian border were from a Russian Geran-type attack drone that had strayed into its airspace during a night strike on Ukraine's Vinnytsia region", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "army sappers had recovered part of the engine and a warhead casing near the village of Cosauti, in the Soroca district", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "no one had been hurt", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "villagers had heard a loud bang at around 3:00 am and alerted officers at a nearby post", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "This is the fourth time since January that Russian drones have violated Moldovan airspace", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "We have informed our partners and we will summon the Russian ambassador", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "the Russian ambassador had been handed a note of protest", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the accusation", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "There is no evidence whatsoever that this object is Russian", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: 'the claim "yet another attempt to drag Moldova into the conflict"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the drone could have been a Ukrainian decoy", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Kyiv launches such decoys by the hundreds, and they fly wherever the wind takes them", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "the Russian version", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "it had tracked 62 Russian Shahed-type drones over the country overnight, one of which crashed after crossing into Moldovan airspace", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Russia's war does not stop at Ukraine's borders. Moldova knows this better than anyone", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: "it had opened a criminal case for the violation of the state border and had sent the fragments to a laboratory for expert analysis", actor: "Moldova", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [8, 1],
    [9, 1],
    [11, 1],
    [13, 11],
  ],
};
