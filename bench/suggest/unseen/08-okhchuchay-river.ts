// Unseen evaluation text: an invented dispute over pollution of a river flowing from Armenia into
// Azerbaijan, AFP style: an attribution in the middle of a quote, a ministry named once and then as
// "the ministry" and "it", Armenia relaying Azerbaijan and Azerbaijan denying it, the mining company,
// an environmental group and a UN agency as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Baku accuses Yerevan of poisoning border river, Armenia cries foul

BAKU, Nov 21, 2026 (AFP) - Azerbaijan on Friday accused Armenia of dumping waste from a copper and molybdenum mine into a river that flows across their border, saying fish had died in large numbers downstream and that the water was no longer fit for irrigation.

Azerbaijan's Ministry of Ecology and Natural Resources said laboratory tests on samples taken this week from the Okhchuchay river in the Zangilan district showed levels of copper, molybdenum and iron "dozens of times" above permitted norms. The ministry published photos of dead fish on the river bank and of orange-brown water near the border.

"This is an ecological crime, committed deliberately and over many years," Deputy Minister Elshad Karimli told reporters in Baku. "Armenia talks about peace and then sends its poison across the border," he said, "into rivers our farmers depend on."

Karimli said Azerbaijan was preparing a case against Armenia under the Bern Convention on the protection of wildlife and would raise the issue with the United Nations.

Yerevan rejected the accusations. Armenia's Environment Ministry said its own monitoring stations on the river had recorded no unusual readings this month and that the tailings dams at the mine near Kajaran were "in full working order".

"We are ready to show every figure to anyone who asks. We have nothing to hide," Deputy Environment Minister Lusine Avagyan said. She called the Azerbaijani claims "a political campaign dressed up as ecology".

The ministry said the colour of the water was typical of the river after autumn rains, which wash iron-rich soil from the slopes. It also said it had proposed joint sampling with Azerbaijani experts "three times since the spring" and received no answer.

Later on Friday, Armenian Deputy Foreign Minister Vahe Arakelyan, citing Azerbaijani members of the bilateral border commission, said Baku had agreed in principle to a joint monitoring mission in December.

Azerbaijan's Foreign Ministry denied that any such agreement had been reached. "The Armenian side is once again presenting its wishes as facts," spokesman Aykhan Guliyev said.

The company that operates the Kajaran mine, the largest in Armenia, said in a statement that it complied with Armenian and international environmental standards and that its discharges were checked daily by independent laboratories.

Armenian environmental groups have for years raised concerns about the mine. "The problem is real, but it did not start this week, and both governments have ignored it when it suited them," said Anahit Ghazaryan of the Yerevan-based group EcoWatch.

The U.N. Environment Programme said it had received no formal request from either country but stood ready to help "if both parties so wish".

The Okhchuchay, known in Armenia as the Voghji, rises in Armenia's Syunik province and flows into the Araz river on the Azerbaijani border with Iran. Azerbaijan regained control of the Zangilan district in the 2020 war.`;

export const gold: GoldText = {
  name: "unseen/08-okhchuchay-river",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia"),
  text,
  // Not gold: the mining company, EcoWatch, UNEP, the ministry's publishing of photos (an act, not a
  // statement) and the background. The headline's "Armenia cries foul" names no statement. The quote
  // with the attribution in its middle is two claims, one each side of "he said,".
  claims: [
    /* 0 */ { quote: "Yerevan of poisoning border river", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Armenia of dumping waste from a copper and molybdenum mine into a river that flows across their border", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "fish had died in large numbers downstream and that the water was no longer fit for irrigation", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'laboratory tests on samples taken this week from the Okhchuchay river in the Zangilan district showed levels of copper, molybdenum and iron "dozens of times" above permitted norms', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "This is an ecological crime, committed deliberately and over many years", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "Armenia talks about peace and then sends its poison across the border", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "into rivers our farmers depend on", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "Azerbaijan was preparing a case against Armenia under the Bern Convention on the protection of wildlife and would raise the issue with the United Nations", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the accusations", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "its own monitoring stations on the river had recorded no unusual readings this month", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'the tailings dams at the mine near Kajaran were "in full working order"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "We are ready to show every figure to anyone who asks. We have nothing to hide", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: 'the Azerbaijani claims "a political campaign dressed up as ecology"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "the colour of the water was typical of the river after autumn rains, which wash iron-rich soil from the slopes", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'it had proposed joint sampling with Azerbaijani experts "three times since the spring" and received no answer', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Baku had agreed in principle to a joint monitoring mission in December", actor: "Azerbaijan", attribution: "PARAPHRASE", relayedBy: "Armenia" },
    /* 16 */ { quote: "any such agreement had been reached", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "The Armenian side is once again presenting its wishes as facts", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [8, 1],
    [9, 3],
    [10, 1],
    [12, 1],
    [16, 15],
    [17, 15],
  ],
};
