// Sealed-f evaluation text: Kakheti regional news site, translated from Georgian, curly quotes, colon headline;
// invented Russian threat of a ban on Georgian wine. A Russian state agency named first with its country and then as
// "the agency", a wine agency head quoted in the headline and the body (same words twice), a rejection of part of a
// claim, a governor, Russia's interests section, winemakers and an opposition party as non-gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russian watchdog threatens ban on Kakhetian wine; Tbilisi: “There is nothing wrong with our wine”

Telavi, 14 November – Russia's consumer protection service, Rospotrebnadzor, has warned that it may suspend imports of wine from three Kakhetian producers, and possibly from the whole of Georgia, saying that laboratory tests had found “unacceptable levels” of pesticides and added sugar in batches delivered in September.

“We are not talking about politics. We are talking about the health of Russian consumers,” the head of the agency, Svetlana Gorbunova, told the Moscow newspaper Izvestia. She said that inspections of Georgian wine would be stepped up at the Upper Lars checkpoint from next week.

For Kakheti the news is alarming. Russia banned Georgian wine and mineral water from 2006 to 2013, and winemakers in the region still remember those years as the worst of their lives. Today Russia again buys more than half of all Georgian wine sold abroad.

“There is nothing wrong with our wine. Every batch that leaves Georgia passes laboratory tests that meet European standards,” the head of Georgia's National Wine Agency, Levan Gogiberidze, told our correspondent. He said that the agency had not received any official notification from the Russian side and had learned of the test results “from the media”.

Gogiberidze also rejected the claim about added sugar, saying that Georgian law has banned the addition of sugar to wine since 1998.

The Minister of Environmental Protection and Agriculture, Giorgi Khurtsidze, said that the ministry would ask Rospotrebnadzor to hand over the samples so that they could be retested in an independent laboratory in Germany.

The governor of Kakheti, Zurab Natroshvili, who met winemakers in Kvareli on Thursday, said that the region's roughly 2,000 small producers would receive state support if the ban went ahead. “No family will be left alone with unsold wine,” he said.

The government's spokesperson said that Tbilisi “does not intend to turn a technical question into a political conflict”.

In Moscow the tone was sharper. Russian Foreign Ministry spokeswoman Yelena Sobolevskaya said at a briefing that Georgian producers were “rushing to Europe and forgetting about quality”.

The Russian Federation's Interests Section at the Swiss embassy in Tbilisi, which represents Moscow in the absence of diplomatic relations, said in a statement that the decision was “purely technical” and that the samples had been taken “in full accordance with the rules of the Eurasian Economic Union”.

In the villages, people are not convinced. “We sent 40,000 bottles in August. Now the trucks are standing at Lars and nobody tells us anything,” said Nodar Kiknadze, a winemaker from Kvareli whose family cellar is one of those named by the Russian agency.

The opposition United National Movement said in a statement that the government's “friendship” with Moscow had not protected winemakers and called on the ministry to find new markets in Europe and Asia.

The Georgian Wine Association, which represents more than 70 companies, said it would pay for the independent tests if the government did not.

According to the National Wine Agency, Georgia exported about 110 million bottles of wine last year. The three companies named by Rospotrebnadzor together sold around four million bottles in Russia.

Translated from Georgian by the Telavi News editorial team.`;

export const gold: GoldText = {
  name: "sealed-f/07-kakheti-wine-translated",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  // Left out of gold: the winemaker (a citizen), the opposition United National Movement, the Georgian Wine Association
  // (an industry body), Izvestia as such, the journalist's background on the 2006-2013 ban and the closing export
  // figures ("According to the National Wine Agency" introduces published statistics, not a statement), and the
  // headline's "Russian watchdog threatens ban" (no statement after the verb). Judgment calls: Rospotrebnadzor, the
  // National Wine Agency, the governor and the government's spokesperson speak for their states; Russia's interests
  // section speaks for Russia. The headline's quote and the first sentence of Gogiberidze's body quote are the same
  // words: the headline is occurrence 1 of that span, the body quote is one claim of two sentences. "rejected the
  // claim about added sugar" gives its object as a rebutting claim; the warning "it may suspend imports ..." and the
  // minister's "would ask ... to hand over the samples" are stated intentions with content (gold).
  claims: [
    /* 0 */ { quote: "There is nothing wrong with our wine", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "it may suspend imports of wine from three Kakhetian producers, and possibly from the whole of Georgia", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "laboratory tests had found “unacceptable levels” of pesticides and added sugar in batches delivered in September", actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "We are not talking about politics. We are talking about the health of Russian consumers", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "inspections of Georgian wine would be stepped up at the Upper Lars checkpoint from next week", actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "There is nothing wrong with our wine. Every batch that leaves Georgia passes laboratory tests that meet European standards", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "the agency had not received any official notification from the Russian side and had learned of the test results “from the media”", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the claim about added sugar", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Georgian law has banned the addition of sugar to wine since 1998", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "the ministry would ask Rospotrebnadzor to hand over the samples so that they could be retested in an independent laboratory in Germany", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "the region's roughly 2,000 small producers would receive state support if the ban went ahead", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "No family will be left alone with unsold wine", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "Tbilisi “does not intend to turn a technical question into a political conflict”", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Georgian producers were “rushing to Europe and forgetting about quality”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "the decision was “purely technical”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "the samples had been taken “in full accordance with the rules of the Eurasian Economic Union”", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [0, 2],
    [5, 2],
    [7, 2],
  ],
};
