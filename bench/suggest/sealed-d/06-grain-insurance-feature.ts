// Sealed-d evaluation text: magazine-style feature on war-risk insurance for Black Sea grain ships, with
// scene-setting and few quotes. Brokers, a captain, underwriters and Lloyd's as third parties; a Ukrainian
// deputy minister, a Turkish official by title, Russian statements recalled in background.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `The price of a safe passage

In a glass tower above the Bosphorus, the brokers who decide whether Ukrainian wheat leaves port watch three screens: the ship trackers, the air-raid alerts for Odesa, and the premium quotes from London. On a grey Tuesday morning, the third screen was the one that made them wince.

"Point nine, point nine, one point one," said Emre Ozkan, reading out war-risk rates as a percentage of a ship's value for a single voyage. "In spring it was half that. Every time a missile lands near a berth, somebody in London adds a decimal."

For a 30-year-old bulk carrier worth $12 million, one point one percent is $132,000 per voyage, paid before a single tonne is loaded. That is money shipowners pass on to traders, and traders pass on to farmers in the form of lower prices at the silo.

Kyiv has tried to close the gap itself. Since last year a state-backed facility, funded partly by Ukraine's budget and partly by foreign lenders, has covered part of the war risk for ships calling at Odesa, Chornomorsk and Pivdennyi. Deputy Economy Minister Iryna Savchuk said in an interview that the facility had insured more than 1,400 voyages without a single claim being rejected, and that its cover would be raised to $75 million per ship from January.

"The corridor works because ships come, and ships come because somebody pays if things go wrong," she said. "We intend to be that somebody for as long as it takes."

Not everyone is convinced. Underwriters in London say the facility's terms are generous but its reserves are small, and a single large loss could exhaust them. A captain anchored off Istanbul, waiting for a cargo in Chornomorsk, shrugged at the question. "Insurance is paper," he said. "I think about the drones."

Turkey, whose navy has patrolled its own waters along the route since the grain deal collapsed, has offered a different kind of reassurance. A senior official at the Turkish Trade Ministry, speaking on condition of anonymity, said Ankara was discussing with Kyiv a joint reinsurance pool that would let Turkish insurers take part of the risk, and that talks were "at an advanced stage." The ministry said separately that Turkish-owned ships had carried about a fifth of the corridor's grain this year.

Moscow has done little to calm the market. Russia's Foreign Ministry has repeatedly said that ships bound for Ukrainian ports may be carrying military cargo, and its ambassador in Ankara said last month that Russia could not "guarantee the safety" of vessels whose owners ignored its warnings.

Ukraine rejects that. Savchuk called the Russian statements "a deliberate attempt to frighten the insurers," adding that every ship leaving Ukrainian ports had been inspected and that not one had been found carrying weapons.

Back in the tower, Ozkan's colleague Deniz Aydin had a simpler explanation for the rates. "The market does not read statements," she said. "It reads damage reports."

By midday, two ships had been fixed for loading in Odesa. One of them, a Panama-flagged carrier, had its war-risk cover confirmed by the Ukrainian facility just after noon. The other was still waiting for a quote from London when the next air-raid alert sounded on the middle screen.`;

export const gold: GoldText = {
  name: "sealed-d/06-grain-insurance-feature",
  actors: actorsWithoutAliases("Ukraine", "Turkey", "Russia"),
  text,
  // Left out of gold: the brokers Ozkan and Aydin, the unnamed captain, London underwriters (third
  // parties); the scene-setting, the premium arithmetic, the facility's background and the closing scene
  // (narration); "Not everyone is convinced", "Moscow has done little to calm the market" (the writer's
  // judgment); Turkey's "different kind of reassurance" (narration before the official's statement).
  // Judgment calls: "We intend to be that somebody ..." is a stated intention and part of the direct quote;
  // "Ukraine rejects that" has only a pronoun as object and is not gold; "called the Russian statements B"
  // gives "the Russian statements B"; Savchuk's "adding that ... and that ..." gives two claims.
  claims: [
    /* 0 */ { quote: "the facility had insured more than 1,400 voyages without a single claim being rejected", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "its cover would be raised to $75 million per ship from January", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The corridor works because ships come, and ships come because somebody pays if things go wrong", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "We intend to be that somebody for as long as it takes", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "Ankara was discussing with Kyiv a joint reinsurance pool that would let Turkish insurers take part of the risk", actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: 'talks were "at an advanced stage', actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: "Turkish-owned ships had carried about a fifth of the corridor's grain this year", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "ships bound for Ukrainian ports may be carrying military cargo", actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Russia could not "guarantee the safety" of vessels whose owners ignored its warnings', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'the Russian statements "a deliberate attempt to frighten the insurers', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "every ship leaving Ukrainian ports had been inspected", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "not one had been found carrying weapons", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[9, 8], [11, 7]],
};
