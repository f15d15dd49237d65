// Fresh evaluation text (wire copy): Georgia and Russia over a naval base in Abkhazia; "according to",
// "accused Y of", a quote split by its attribution, de facto authorities, the EU and the U.S. (third parties).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Georgia protests as Russian warships dock at new Abkhazia base

TBILISI, May 6 (Reuters) - Georgia on Wednesday accused Russia of turning its breakaway region of Abkhazia into a "military outpost" after two Russian Navy corvettes docked at a newly built harbour in Ochamchire, on the Black Sea coast.

Georgian Foreign Minister Nino Lomidze said the deployment was "a blatant violation of Georgia's sovereignty and territorial integrity" and of the ceasefire agreement that ended the 2008 war between the two countries.

"Russia is bringing its war closer to our shores," Lomidze told reporters in Tbilisi. "Every ship that enters Ochamchire makes the whole Black Sea less safe, and our partners understand this."

According to the Georgian State Security Service, at least 1,200 Russian military personnel are now stationed in and around the port, which lies about 30 km (19 miles) from the boundary line with territory controlled by Tbilisi.

Moscow played down the arrival of the ships. Russian Foreign Ministry spokeswoman Irina Zotova said the corvettes were on "a routine visit" and that the harbour was a facility of the Republic of Abkhazia, which Russia recognised as independent after the 2008 war.

"There is no Russian naval base in Ochamchire, and there are no plans to create one," she told a weekly briefing. "Tbilisi should stop looking for enemies where there are none."

Abkhazia's de facto authorities said the port was being built to revive trade and tourism and would be open to "friendly" navies. Most countries consider Abkhazia part of Georgia.

The European Union's foreign policy service said it was "concerned" by the deployment and called on Russia to withdraw its forces to pre-war positions, as required by the 2008 ceasefire. The U.S. State Department said Washington "fully supports" Georgia's territorial integrity.

A senior Georgian government official, speaking on condition of anonymity, said Tbilisi had evidence that the harbour had been dredged to take ships larger than corvettes, including landing vessels.

Georgian Prime Minister Davit Sharashenidze, whose governing party has been accused by the opposition of drifting towards Moscow, struck a more cautious tone. He said Georgia would respond "only by diplomatic means" and would not let itself be "provoked into a new war".

Russian Deputy Foreign Minister Mikhail Gorchakov said Moscow valued what he called the "pragmatic" approach of the Georgian government and accused Western embassies in Tbilisi of stirring up anti-Russian sentiment.

Russia keeps thousands of troops in Abkhazia and in South Ossetia, Georgia's other breakaway region, and has fortified the boundary lines with fences and barbed wire. Georgia and Russia have had no diplomatic relations since 2008.

Shota Kiknadze, a security analyst at a Tbilisi think tank, said the harbour mattered to Moscow mainly because Ukrainian drone strikes had made Sevastopol and Novorossiysk vulnerable. "Ochamchire is the farthest point from Ukraine that still puts Russian ships on the Black Sea," he said.`;

export const gold: GoldText = {
  name: "fresh/05-ochamchire-naval-base",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: 'Russia of turning its breakaway region of Abkhazia into a "military outpost"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `the deployment was "a blatant violation of Georgia's sovereignty and territorial integrity" and of the ceasefire agreement that ended the 2008 war between the two countries`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Russia is bringing its war closer to our shores", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "Every ship that enters Ochamchire makes the whole Black Sea less safe, and our partners understand this", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "at least 1,200 Russian military personnel are now stationed in and around the port", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'the corvettes were on "a routine visit"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the harbour was a facility of the Republic of Abkhazia", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "There is no Russian naval base in Ochamchire, and there are no plans to create one", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Tbilisi should stop looking for enemies where there are none", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "Tbilisi had evidence that the harbour had been dredged to take ships larger than corvettes, including landing vessels", actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: 'Georgia would respond "only by diplomatic means" and would not let itself be "provoked into a new war"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Moscow valued what he called the "pragmatic" approach of the Georgian government', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Western embassies in Tbilisi of stirring up anti-Russian sentiment", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  // Not gold: the opposition's accusation (a domestic party), Abkhazia's de facto authorities, the EU, the U.S., the analyst.
  rebuttals: [[7, 0]],
};
