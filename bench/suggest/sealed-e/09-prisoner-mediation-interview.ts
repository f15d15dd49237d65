// Sealed evaluation text (set E): interview write-up with quotes: Turkey's deputy foreign minister on
// mediating prisoner exchanges between Russia and Ukraine, with reactions from Kyiv and Moscow. The
// interviewer's questions, the ICRC and a families' association are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `'We carry lists, not conditions': Turkey's envoy on brokering prisoner swaps

Deputy Foreign Minister Selim Karaduman has spent much of the past year flying between Ankara, Moscow and Kyiv with lists of names. In an interview in his office in Ankara this week, the diplomat, who has handled Turkey's prisoner talks with both sides since 2023, said another exchange was "close". He would not give a date.

"We are not a party to this war, and both sides know it. That is why they give us lists they would not give to anyone else," Karaduman said. "We carry lists, not conditions."

Turkey, he said, had helped arrange seven exchanges over the past 18 months, returning more than 1,900 prisoners to their countries, and was now working on a deal that would include "a significant number" of seriously wounded soldiers.

Asked whether Moscow was slowing the talks, he chose his words carefully. "I would not say anyone is slowing them. Each list has to be checked name by name, and that takes time," he said. "But yes, the last round took longer than we hoped."

The most difficult question, Karaduman said, was that of civilians. Ukraine wants Russia to release civilians detained in occupied territories, while Moscow insists only prisoners of war can be part of an exchange. "We have raised the civilians in every meeting. I will not pretend we have a solution," he said.

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, contacted after the interview, said Russia was holding "at least 16,000 Ukrainian civilians" and had refused to include a single one of them in the last two exchanges. Its secretary, Andriy Yurchenko, said Kyiv was grateful to Ankara and "ready for an all-for-all exchange tomorrow".

Russia's human rights commissioner, Lyudmila Sokolova, rejected the Ukrainian figure as "absurd". Russia held "no civilians as bargaining chips", she told the TASS news agency, and anyone detained in what Moscow calls its new regions was being prosecuted for crimes.

Sokolova also said that the delay in the latest round was Kyiv's fault, because Ukraine had repeatedly changed its lists at the last minute. Yurchenko called that claim "a lie that Moscow tells every time an exchange stalls".

Karaduman declined to take sides. "I will not comment on what one side says about the other," he said. "My job is to make sure the buses leave on the right day."

He said Turkey had also proposed that the International Committee of the Red Cross be given access to all prisoners held by both sides. "That is the minimum required by the Geneva Conventions," he said. The ICRC said in Geneva it welcomed any effort to improve access but had not received a formal request.

An association of families of missing Ukrainian soldiers, which has met Karaduman twice, said it hoped the next exchange would include men captured in Mariupol in 2022.

Karaduman ended the interview with a prediction. "Before winter, you will see buses crossing again. Then we start on the next list," he said.`;

export const gold: GoldText = {
  name: "sealed-e/09-prisoner-mediation-interview",
  actors: actorsWithoutAliases("Turkey", "Russia", "Ukraine"),
  text,
  // Left out of gold: the interviewer's question ("Asked whether Moscow was slowing the talks"), the
  // journalist's framing ("he chose his words carefully", "Karaduman declined to take sides", "ended the
  // interview with a prediction", "He would not give a date"), "Ukraine wants Russia to release civilians
  // ..." (a demand), the ICRC and the families'
  // association (third parties), TASS as such, and "what Moscow calls its new regions" (naming, inside
  // Sokolova's claim).
  // Judgment calls: the headline's quoted words are Karaduman's and repeat his quote (claim 3 is the body's
  // occurrence, claim 0 the headline's); each quoted stretch between attributions is one claim; "Turkey, he
  // said, had helped ... and was now working ..." is one claim (compound predicate, parenthetical
  // attribution inside); "proposed that ..." is a report of a step taken (gold); Russia's human rights
  // commissioner is Russia; "rejected the Ukrainian figure as B" gives B; "called that claim B" gives "that
  // claim B", rebutting Sokolova's delay claim; "while Moscow insists only prisoners of war can be part
  // of an exchange" is a standing position recalled with an attribution verb (gold), not linked as a
  // rebuttal (it answers a demand, not a claim).
  claims: [
    /* 0 */ { quote: "We carry lists, not conditions", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: 'another exchange was "close"', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "We are not a party to this war, and both sides know it. That is why they give us lists they would not give to anyone else", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "We carry lists, not conditions", occurrence: 2, actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: 'Turkey, he said, had helped arrange seven exchanges over the past 18 months, returning more than 1,900 prisoners to their countries, and was now working on a deal that would include "a significant number" of seriously wounded soldiers', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "I would not say anyone is slowing them. Each list has to be checked name by name, and that takes time", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "But yes, the last round took longer than we hoped", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "The most difficult question, Karaduman said, was that of civilians", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "We have raised the civilians in every meeting. I will not pretend we have a solution", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "only prisoners of war can be part of an exchange", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Russia was holding "at least 16,000 Ukrainian civilians" and had refused to include a single one of them in the last two exchanges', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Kyiv was grateful to Ankara and "ready for an all-for-all exchange tomorrow"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "absurd", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: 'Russia held "no civilians as bargaining chips"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "anyone detained in what Moscow calls its new regions was being prosecuted for crimes", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "the delay in the latest round was Kyiv's fault, because Ukraine had repeatedly changed its lists at the last minute", actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'that claim "a lie that Moscow tells every time an exchange stalls"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "I will not comment on what one side says about the other", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 18 */ { quote: "My job is to make sure the buses leave on the right day", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 19 */ { quote: "Turkey had also proposed that the International Committee of the Red Cross be given access to all prisoners held by both sides", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 20 */ { quote: "That is the minimum required by the Geneva Conventions", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 21 */ { quote: "Before winter, you will see buses crossing again. Then we start on the next list", actor: "Turkey", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[12, 10], [13, 10], [16, 15]],
};
