// Sealed evaluation text (set sealed-a): a press review, grain corridor talks. Invented talks and
// officials; newspapers' own views are not gold, the officials and anonymous sources they quote are.
// Papers quoting officials ("quotes X as saying", "tells the paper", "cites an unnamed diplomat").
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `PRESS REVIEW: Moscow's papers see no hurry on a Black Sea grain deal, Kyiv's press sees blackmail

The talks in Istanbul on new rules for merchant shipping in the Black Sea dominate Wednesday's front pages in Moscow, where most papers argue that Russia can afford to wait, while Kyiv's press accuses the Kremlin of using food as leverage. Turkish papers, as usual, are more hopeful than either.

MOSCOW

Kommersant devotes two pages to the talks and says the Russian delegation arrived with "a short list and a long memory". The business daily quotes a source in the Russian Foreign Ministry as saying Moscow would not discuss any shipping arrangement until the Russian Agricultural Bank was reconnected to the SWIFT payment system. "We signed one deal in 2022 and kept our side of it. The other side did not. We will not make the same mistake twice," the source is quoted as saying.

Izvestia leads with an interview with Deputy Foreign Minister Sergei Veresov, who tells the paper that Ukraine has been using its shipping route "to carry not only grain" and that Russia "reserves the right to inspect" vessels heading for Ukrainian ports. Veresov says Turkey's role as a mediator is "valued in Moscow", but adds: "Ankara knows our conditions. They have not changed."

Nezavisimaya Gazeta is more sceptical. Its commentator writes that the Kremlin's position looks strong only on paper, because Russian exporters themselves need calm waters and cheaper insurance, and that "the longer the talks drag on, the more Novorossiysk pays for them".

Rossiyskaya Gazeta, the government's official newspaper, carries an Agriculture Ministry statement that Russia expects a record wheat harvest and "does not need any corridor" to sell it.

KYIV

Dzerkalo Tyzhnia calls the Russian conditions "blackmail with bread". It quotes Ukraine's deputy infrastructure minister, Taras Hrytsenko, as saying Ukrainian ports handled more than 8 million tonnes of cargo last month "without any Russian permission and without any Russian inspectors".

"Every claim that we carry weapons on grain ships is a lie repeated so often that Moscow now believes it," Hrytsenko tells the weekly.

The online outlet Ukrainska Pravda cites an unnamed Ukrainian diplomat as saying Kyiv has told the Turkish mediators that it will not accept inspections by Russian officers, "not in Istanbul, not at sea, not anywhere". An opposition MP, Iryna Sobol, tells the site that the government should not have sent a delegation at all.

ISTANBUL

Hürriyet, in a report from the talks venue at Dolmabahçe, quotes Foreign Ministry spokesman Ekrem Tuncel as saying the two delegations had "sat at the same table for six hours" and that a technical working group would meet again next week. The paper's columnist argues that Turkish mediation is "the only bridge still standing" between Moscow and Kyiv.

Pro-government Sabah goes further, predicting an agreement "before the spring sowing", while the opposition daily Sözcü warns that Ankara risks being blamed by both sides if the talks fail.

Late on Tuesday, asked about the newspaper reports, Kremlin spokesman Pavel Ostrovsky told reporters only that Moscow "has always been open to dialogue" and that he would not comment on anonymous sources.

Russia withdrew from the original U.N.-brokered Black Sea Grain Initiative in July 2023. Since then Ukraine has exported grain through its own corridor along the western coast, under regular Russian missile and drone attacks on its ports.`;

export const gold: GoldText = {
  name: "sealed-a/04-grain-talks-press-review",
  actors: actorsWithoutAliases("Russia", "Ukraine", "Turkey"),
  text,
  // Left out of gold: every newspaper speaking for itself (Kommersant's "a short list and a long memory",
  // Nezavisimaya Gazeta's commentator, Dzerkalo Tyzhnia's "blackmail with bread", Hürriyet's columnist,
  // Sabah, Sözcü), the opposition MP Iryna Sobol, the headline and lead (the papers' views), the
  // background paragraph, and Ostrovsky's "would not comment on anonymous sources" (no claimed content).
  // Judgment calls: a paper quoting an official or an unnamed source of a state gives that state's claim
  // with no relayedBy (papers are not actors); "Rossiyskaya Gazeta ... carries an Agriculture Ministry
  // statement that ..." is the ministry's claim.
  claims: [
    /* 0 */ { quote: "Moscow would not discuss any shipping arrangement until the Russian Agricultural Bank was reconnected to the SWIFT payment system", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 1 */ { quote: "We signed one deal in 2022 and kept our side of it. The other side did not. We will not make the same mistake twice", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 2 */ { quote: 'Ukraine has been using its shipping route "to carry not only grain"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'Russia "reserves the right to inspect" vessels heading for Ukrainian ports', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Turkey's role as a mediator is "valued in Moscow"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Ankara knows our conditions. They have not changed", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: 'Russia expects a record wheat harvest and "does not need any corridor" to sell it', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'Ukrainian ports handled more than 8 million tonnes of cargo last month "without any Russian permission and without any Russian inspectors"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Every claim that we carry weapons on grain ships is a lie repeated so often that Moscow now believes it", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: 'Kyiv has told the Turkish mediators that it will not accept inspections by Russian officers, "not in Istanbul, not at sea, not anywhere"', actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: 'the two delegations had "sat at the same table for six hours"', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "a technical working group would meet again next week", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Moscow "has always been open to dialogue"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[8, 2], [9, 3]],
};
