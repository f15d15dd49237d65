// Sealed evaluation text (set b): Reuters-style diplomatic read-out story, two foreign ministries' read-outs of
// one call that disagree. Invented call and officials. Read-outs as speakers ("the read-out said", "its own
// summary"), a spokesman's denial, an anonymous Russian source, background attributed to "Yerevan has argued".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Moscow and Yerevan give clashing accounts of ministers' call on transit route

MOSCOW/YEREVAN, March 4 (Reuters) - Russia and Armenia gave conflicting accounts on Tuesday of a phone call between their foreign ministers, with Moscow saying they had discussed a role for Russian border guards on a planned transit route through southern Armenia and Yerevan saying the subject never came up.

The Russian Foreign Ministry's read-out of the call between Foreign Minister Pavel Dronov and his Armenian counterpart, Aram Grigoryan, said the two sides had "discussed the practical implementation of the provisions of the trilateral statement of November 9, 2020, including the participation of the Border Service of the FSB of Russia in ensuring the security of transport communications".

The read-out, published shortly after midnight Moscow time, added that the ministers had "confirmed their mutual commitment to allied relations".

Armenia's Foreign Ministry published its own summary several hours later. It made no mention of border guards, saying only that the ministers had exchanged views on "regional security and the peace process with Azerbaijan" and on bilateral trade. It said Grigoryan had raised the cases of five Armenian citizens held in pre-trial detention in Russia.

Asked about the discrepancy, Armenian Foreign Ministry spokesman Davit Harutyunyan told reporters that the question of Russian border guards on the route "was not discussed and is not on the agenda".

"The security of any route on Armenian territory will be ensured by Armenia's own border and customs services. This position has been communicated to all our partners, including the Russian Federation," he said.

A source in the Russian Foreign Ministry, speaking to Reuters on condition of anonymity, said the Russian read-out "accurately reflects the content of the conversation" and that the Armenian minister had not objected when the topic was raised. The detention cases, the source said, were "a matter for the courts, not for diplomats".

The Kremlin declined to comment, referring questions to the Foreign Ministry.

The 2020 statement, signed by the leaders of Russia, Armenia and Azerbaijan to end a six-week war over Nagorno-Karabakh, provided for Russian border guards to oversee transport links between mainland Azerbaijan and its Nakhchivan exclave. Yerevan has since argued that the clause gives Russia no role on Armenian soil once the new route is built, and it has frozen its participation in the Russian-led CSTO military alliance.

Azerbaijan, whose leaders have long pressed for the route, kept its distance from the dispute. Foreign Ministry spokesman Ramil Abbasov said Baku "was not a party to this conversation" and that Azerbaijan expected unimpeded passage whoever guarded the road.

Diplomats in the region said such mismatches were not unusual, but rarely this stark. "Read-outs are written for domestic audiences first," said Lilit Arzumanyan, a political scientist at Yerevan State University. "What is unusual is that Moscow has put in writing something Yerevan then denies on the record."

A Western diplomat in Yerevan said the episode showed how far apart the two allies had drifted. "Two years ago, this would have been settled quietly by phone," the diplomat said.

The route, which Armenia calls part of its "Crossroads of Peace" plan, would run roughly 40 km (25 miles) along the Iranian border. Construction has not started.`;

export const gold: GoldText = {
  name: "sealed-b/05-syunik-call-readouts",
  actors: actorsWithoutAliases("Russia", "Armenia", "Azerbaijan"),
  text,
  // Left out of gold: the headline (no single speaker), "It made no mention of border guards" (the journalist's
  // observation), the Kremlin's refusal to comment, the 2020 statement (a document of three states), the
  // CSTO freeze and the last paragraph (narration), "Diplomats in the region", the analyst and the Western
  // diplomat (third parties); "whose leaders have long pressed for the route" (background narration).
  // Judgment calls: a ministry's read-out speaks for its state; "Yerevan has since argued that ..." is an
  // attributed position even though it is background, so it is gold (11); "the source said" inside claim 10
  // stays inside the span; the anonymous source's "had not objected" is linked to Armenia's lead claim.
  claims: [
    /* 0 */ { quote: `they had discussed a role for Russian border guards on a planned transit route through southern Armenia`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `the subject never came up`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the two sides had "discussed the practical implementation of the provisions of the trilateral statement of November 9, 2020, including the participation of the Border Service of the FSB of Russia in ensuring the security of transport communications"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `the ministers had "confirmed their mutual commitment to allied relations"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `the ministers had exchanged views on "regional security and the peace process with Azerbaijan" and on bilateral trade`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `Grigoryan had raised the cases of five Armenian citizens held in pre-trial detention in Russia`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the question of Russian border guards on the route "was not discussed and is not on the agenda"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `The security of any route on Armenian territory will be ensured by Armenia's own border and customs services. This position has been communicated to all our partners, including the Russian Federation`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: `the Russian read-out "accurately reflects the content of the conversation"`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: `the Armenian minister had not objected when the topic was raised`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: `The detention cases, the source said, were "a matter for the courts, not for diplomats"`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: `the clause gives Russia no role on Armenian soil once the new route is built`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Baku "was not a party to this conversation"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Azerbaijan expected unimpeded passage whoever guarded the road`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[1, 0], [6, 2], [8, 6], [9, 1]],
};
