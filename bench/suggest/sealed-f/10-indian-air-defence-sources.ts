// Sealed-f evaluation text: story built on anonymous sources and named officials from both sides; invented Armenian
// purchase of an Indian air defence system. Headline with "sources in Yerevan say" and a headline warning with no
// statement, anonymous Armenian, Azerbaijani and Russian officials, a spokeswoman who "declined to discuss" but said,
// a standing Armenian complaint answered by Russia, India, an analyst and an opposition MP as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Armenia close to deal for Indian air defence systems, sources in Yerevan say; Baku warns of 'arms race'

YEREVAN, June 4 - Armenia is close to signing a contract with India for a short-range air defence system worth about $300 million, two Armenian government officials said, a deal that would deepen Yerevan's turn away from Russian weapons.

One of the officials, who spoke on condition of anonymity because the negotiations are not public, said the contract could be signed during a visit by Armenia's defence minister to New Delhi next month. "The technical evaluation is finished. What remains is financing," the official said.

Armenia's Defence Ministry spokeswoman, Lusine Harutyunyan, declined to discuss the contract but said Armenia was "diversifying its partnerships in line with its defensive needs" and that its purchases were "not directed against any country".

Since 2022 Armenia has bought Indian rocket launchers, towed howitzers and anti-drone equipment, and India has become one of its largest arms suppliers. Yerevan froze its participation in the Russian-led Collective Security Treaty Organization in 2024.

Azerbaijan reacted sharply. Foreign Ministry spokesman Elnur Hasanli said the purchases "undermine the peace process" and accused India of "arming Armenia for a new war".

"While we are negotiating a peace treaty, Yerevan is buying artillery and missiles that can reach deep into Azerbaijani territory," Hasanli told a briefing in Baku.

A senior Azerbaijani official, speaking on condition of anonymity, said Baku had raised the issue with Indian diplomats twice this year and had warned that it could affect Azerbaijan's growing energy trade with New Delhi.

In Yerevan, the secretary of Armenia's Security Council, Armen Galstyan, rejected the criticism. He said Azerbaijan's military budget was more than three times Armenia's. "Baku is the one that has used force in the last five years, not us," Galstyan told reporters outside parliament.

India's Ministry of External Affairs said its defence exports complied with international law and were "not aimed at any third country".

Russia, Armenia's traditional arms supplier, has watched the shift with irritation. Armenian officials have repeatedly said that weapons Armenia paid for in 2021 were never delivered. Russian Deputy Foreign Minister Andrei Rudakov said last week that Moscow had fulfilled "all its obligations" under its arms contracts with Yerevan.

A source in Russia's Federal Service for Military-Technical Cooperation told the Kommersant newspaper that the Indian systems would be "incompatible" with the Russian-made radars Armenia still operates.

Analysts in Yerevan say compatibility is a real but manageable problem. "Armenia's problem is not suppliers, it is money," said Hrant Melkonyan, a defence analyst at a Yerevan think tank. "Every contract with India has been financed with credit, and the credit is not unlimited."

Armenia's opposition was divided. Artur Sargsyan, a lawmaker from the opposition Hayastan bloc, accused the government of "buying weapons without a strategy", while others in his bloc called for closer ties with Moscow.

The Indian embassy in Yerevan declined to comment. Armenia's defence budget for this year is about $1.7 billion, according to the finance ministry.`;

export const gold: GoldText = {
  name: "sealed-f/10-indian-air-defence-sources",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan", "Russia"),
  text,
  // Left out of gold: India's Ministry of External Affairs and embassy (India is not among the actors), the analyst,
  // the opposition lawmaker and his bloc, Kommersant as such, the headline warning "Baku warns of 'arms race'" (no
  // statement after it), "Azerbaijan reacted sharply" and the journalist's background on past purchases, the CSTO
  // and Russia's "irritation". The closing budget figure "according to the finance ministry" is published data and
  // not gold. Judgment calls: "two Armenian government officials said" and "sources in Yerevan" are anonymous
  // Armenian officials (ANONYMOUS_SOURCE); the spokeswoman "declined to discuss" but said two coordinated clauses
  // (two claims); "accused India of ..." is gold although India is a third party, since the speaker is Azerbaijan;
  // "Armenian officials have repeatedly said that ..." is a standing position (gold), and Rudakov's statement is
  // linked to it as the rebuttal a journalist would draw; the Russian source is ANONYMOUS_SOURCE with no `relayedBy`.
  // Galstyan's "rejected the criticism" is the rebutting claim; his budget figure and his "Baku is the one ..." quote
  // are counter-accusations after it and are gold but not linked.
  claims: [
    /* 0 */ { quote: "Armenia close to deal for Indian air defence systems", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 1 */ { quote: "Armenia is close to signing a contract with India for a short-range air defence system worth about $300 million", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 2 */ { quote: "the contract could be signed during a visit by Armenia's defence minister to New Delhi next month", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 3 */ { quote: "The technical evaluation is finished. What remains is financing", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 4 */ { quote: 'Armenia was "diversifying its partnerships in line with its defensive needs"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'its purchases were "not directed against any country"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'the purchases "undermine the peace process"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'India of "arming Armenia for a new war"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "While we are negotiating a peace treaty, Yerevan is buying artillery and missiles that can reach deep into Azerbaijani territory", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "Baku had raised the issue with Indian diplomats twice this year and had warned that it could affect Azerbaijan's growing energy trade with New Delhi", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "the criticism", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Azerbaijan's military budget was more than three times Armenia's", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Baku is the one that has used force in the last five years, not us", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "weapons Armenia paid for in 2021 were never delivered", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Moscow had fulfilled "all its obligations" under its arms contracts with Yerevan', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'the Indian systems would be "incompatible" with the Russian-made radars Armenia still operates', actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [
    [10, 6],
    [14, 13],
  ],
};
