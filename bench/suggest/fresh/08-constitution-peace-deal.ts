// Fresh evaluation text (AFP wire): the peace treaty and Armenia's constitution; "Azerbaijani diplomacy",
// "X, citing Y" (Moscow relaying Baku), quotes before and after the attribution, the U.S. (third party).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Baku says no peace treaty until Armenia changes constitution

BAKU, Feb 12, 2026 (AFP) - Azerbaijan will not sign a peace treaty with Armenia until its neighbour removes a reference to Nagorno-Karabakh from its constitution, Azerbaijani Foreign Minister Elnur Mammadov said on Thursday, dampening hopes of a deal before the summer.

"The text is agreed. The only obstacle is in Armenia's basic law, which still contains territorial claims against Azerbaijan," Mammadov told a news conference with his Hungarian counterpart. "We cannot sign a document with a state that does not recognise our borders in its own constitution."

Armenia's constitution refers in its preamble to the 1990 declaration of independence, which in turn mentions a 1989 act on the "reunification" of Armenia and Nagorno-Karabakh.

Azerbaijani diplomacy has made the demand repeatedly since the two sides agreed the text of the treaty last year, and the ministry said in a statement after the news conference that it was "not a precondition but a legal necessity".

In Yerevan, Prime Minister Arsen Tovmasyan said Armenia had no territorial claims against any neighbour and that a new constitution would be put to a referendum "when the Armenian people are ready", not on a timetable set by Baku.

"Our constitution is our internal affair," he told parliament. "Nobody will dictate to Armenians how to write it."

Gagik Avagyan, the speaker of Armenia's parliament, called the Azerbaijani demand "a pretext to keep the region in a state of neither war nor peace" and accused Baku of moving the goalposts every time an agreement came within reach.

The U.S. State Department, whose officials helped draft parts of the treaty, urged both sides to sign "without further delay" and said the constitutional issue could be addressed in parallel.

Moscow, which once mediated between the two countries but has been sidelined since Azerbaijan's 2023 offensive, weighed in on Friday. Russian Deputy Foreign Minister Mikhail Gorchakov, citing contacts with Azerbaijani officials, said Baku did not intend to resume military operations and remained open to a Russian role in guaranteeing the transport links foreseen in the deal.

"Nobody in the region needs another war," Gorchakov told the state news agency RIA Novosti. "Russia is ready to help if both parties ask for it."

An Azerbaijani official familiar with the talks said Baku had not asked Moscow for any such role. "The treaty is bilateral. It does not need guarantors," the official said.

Analysts said Baku was using its military advantage to extract maximum concessions. "Azerbaijan holds most of the cards and it knows it," said Mariam Gevorgyan, a researcher at the Caucasus Institute in Yerevan.

Tovmasyan has said he wants a new constitution adopted by 2027, but opinion polls show most Armenians oppose changing the current text, and any referendum needs the support of a quarter of registered voters to pass.`;

export const gold: GoldText = {
  name: "fresh/08-constitution-peace-deal",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: "no peace treaty until Armenia changes constitution", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Azerbaijan will not sign a peace treaty with Armenia until its neighbour removes a reference to Nagorno-Karabakh from its constitution", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The text is agreed. The only obstacle is in Armenia's basic law, which still contains territorial claims against Azerbaijan", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "We cannot sign a document with a state that does not recognise our borders in its own constitution", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: 'it was "not a precondition but a legal necessity"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Armenia had no territorial claims against any neighbour", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'a new constitution would be put to a referendum "when the Armenian people are ready", not on a timetable set by Baku', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Our constitution is our internal affair", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Nobody will dictate to Armenians how to write it", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: 'the Azerbaijani demand "a pretext to keep the region in a state of neither war nor peace"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Baku of moving the goalposts every time an agreement came within reach", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Baku did not intend to resume military operations and remained open to a Russian role in guaranteeing the transport links foreseen in the deal", actor: "Azerbaijan", attribution: "PARAPHRASE", relayedBy: "Russia" },
    /* 12 */ { quote: "Nobody in the region needs another war", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "Russia is ready to help if both parties ask for it", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "Baku had not asked Moscow for any such role", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: "The treaty is bilateral. It does not need guarantors", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 16 */ { quote: "he wants a new constitution adopted by 2027", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  // Not gold: the U.S. State Department, the analyst, opinion polls.
  // [14, 11]: the Azerbaijani official denies what Moscow relayed as Baku's position (same actor, relayed by Russia).
  rebuttals: [
    [5, 2],
    [9, 4],
    [14, 11],
  ],
};
