// Sealed evaluation text (set E): two governments trading statements over a week (Georgia's foreign agents
// law and Moscow's praise for it), written up day by day at the end of the week. Opposition MPs, NGOs and
// the EU are third parties; Georgia's security service makes arrests, Moscow dismisses them.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Tbilisi rebuffs Moscow's praise as row over foreign agents law runs all week

TBILISI, June 14 - Georgia's government and Russia's Foreign Ministry spent the week trading statements over Tbilisi's new law on foreign agents, with Moscow saying the law showed Georgia was "freeing itself from Western tutelage" and Georgian officials insisting it had nothing to do with Russia.

The exchange began on Monday, a day after the law came into force. At her weekly briefing, Russian Foreign Ministry spokeswoman Margarita Sheveleva said Western embassies had spent "hundreds of millions of dollars" on "so-called NGOs" in Georgia. "Georgia has every right to protect itself from foreign interference. Every sovereign state does this, including the United States," she said.

Tbilisi answered within hours. "Georgia does not need assessments from a country that occupies 20 percent of its territory," the Georgian Foreign Ministry said in a statement. The law, the ministry added, was modelled on the US Foreign Agents Registration Act and had "nothing in common" with Russian legislation.

Critics of the law do not accept that comparison. Opposition lawmakers, who boycotted the final vote, say it copies a 2012 Russian law almost word for word, and several rights groups have said they will refuse to register.

On Tuesday, Sheveleva returned to the subject on Telegram. "Our Georgian colleagues have misread us. We praised no one; we stated facts," she wrote, adding that Moscow "respects Georgia's choices, whatever they are".

The European Union's foreign policy chief said on the same day that the law was incompatible with Georgia's bid to join the bloc. Tbilisi has not answered that statement in detail.

On Thursday, Georgia's State Security Service said it had detained two Georgian citizens suspected of working for Russian military intelligence, who it said had been paid to stage "provocations" during protests against the law. A spokesman for the service said both men had travelled to Moscow twice this year.

Sheveleva dismissed the arrests as "a spy show for Western audiences". Kremlin spokesman Andrei Vesnin, asked about the case on Friday, told reporters that Moscow "has never interfered and does not interfere" in Georgia's internal affairs and that the law was "purely a Georgian matter".

Georgia's Prime Minister Levan Abashidze closed the week with the sharpest words yet. Georgia would not restore diplomatic relations with Russia "while Russian troops stand in Tskhinvali and Sukhumi", he told a news conference on Friday, and Moscow's praise was "unwanted and unhelpful".

"We adopted this law for Georgia, not for the Kremlin and not for Brussels," Abashidze said.

Russia's deputy foreign minister, Oleg Rudnev, said later that Moscow was ready to lift its remaining restrictions on imports of Georgian wine and mineral water. "The ball is in Tbilisi's court," he told the RIA Novosti news agency.

Georgia and Russia have had no diplomatic relations since the 2008 war, after which Moscow recognised the breakaway regions of Abkhazia and South Ossetia as independent states. Direct flights resumed in 2023.

A Georgian official, speaking on condition of anonymity because he was not authorised to discuss the matter, said the government had "no interest" in Russian approval and feared it would be used against Tbilisi in Brussels. "Every kind word from Moscow costs us twice in Europe," he said.`;

export const gold: GoldText = {
  name: "sealed-e/07-foreign-agents-law-exchange",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  // Left out of gold: opposition lawmakers and rights groups, the EU's foreign policy chief, RIA Novosti as
  // such, the narration of the week ("The exchange began on Monday", "Tbilisi answered within hours",
  // "Critics of the law do not accept that comparison", "Tbilisi has not answered that statement in
  // detail", the 2008 war and the flights).
  // Judgment calls: the lead's two sides are one claim each and the Georgian one rebuts the Russian one;
  // "The law, the ministry added, was ... and had ..." is one claim with the parenthetical attribution
  // inside; Sheveleva's Telegram quote answers the Georgian statement and is linked to it; "dismissed the
  // arrests as B" gives B; the relative clause "who it said had been paid to stage ..." is the service's
  // claim, kept with the detention in one span (it says who the detained men are); the anonymous
  // Georgian official's compound "had ... and feared ..." is one claim; "Moscow was ready to lift ..." is a
  // stated readiness with content (gold, like a stated intention), not a bare offer.
  claims: [
    /* 0 */ { quote: 'the law showed Georgia was "freeing itself from Western tutelage"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "it had nothing to do with Russia", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'Western embassies had spent "hundreds of millions of dollars" on "so-called NGOs" in Georgia', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Georgia has every right to protect itself from foreign interference. Every sovereign state does this, including the United States", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "Georgia does not need assessments from a country that occupies 20 percent of its territory", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'The law, the ministry added, was modelled on the US Foreign Agents Registration Act and had "nothing in common" with Russian legislation', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Our Georgian colleagues have misread us. We praised no one; we stated facts", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: 'Moscow "respects Georgia\'s choices, whatever they are"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'it had detained two Georgian citizens suspected of working for Russian military intelligence, who it said had been paid to stage "provocations" during protests against the law', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "both men had travelled to Moscow twice this year", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "a spy show for Western audiences", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: 'Moscow "has never interfered and does not interfere" in Georgia\'s internal affairs', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'the law was "purely a Georgian matter"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'Georgia would not restore diplomatic relations with Russia "while Russian troops stand in Tskhinvali and Sukhumi"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Moscow\'s praise was "unwanted and unhelpful"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "We adopted this law for Georgia, not for the Kremlin and not for Brussels", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: "Moscow was ready to lift its remaining restrictions on imports of Georgian wine and mineral water", actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "The ball is in Tbilisi's court", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 18 */ { quote: 'the government had "no interest" in Russian approval and feared it would be used against Tbilisi in Brussels', actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 19 */ { quote: "Every kind word from Moscow costs us twice in Europe", actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[1, 0], [6, 4], [10, 8], [11, 8]],
};
