// Unseen evaluation text: an invented closure of the Upper Lars crossing between Georgia and Russia,
// wire copy: the FSB border service, Georgia's interior ministry and its prime minister, Armenia's
// economy minister and "Yerevan", a truckers' association, a Georgian opposition party and a driver
// as third parties, and "according to" in both positions.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `TBILISI, Nov 19 (Reuters) - More than 2,000 lorries were stuck on both sides of the Upper Lars crossing between Georgia and Russia on Wednesday, the third day of a closure. Moscow says a landslide blocked the road; Tbilisi says it was given no warning.

The crossing, the only land route open between the two countries, is also the main road link between Armenia and Russia, its largest trading partner.

Russia's FSB border service said the checkpoint on the Russian side had been shut on Monday "for safety reasons" after heavy rain brought down rocks onto the road in the Darial gorge. It said it could not say when traffic would resume.

Georgian officials were less sure. Georgia's Interior Ministry said in a statement that its own monitoring had detected "no significant landslide" on the Georgian side and that it had not been informed of the closure in advance.

"We learnt about it from the drivers," a senior Georgian official said, speaking on condition of anonymity. "That is not how neighbours are supposed to behave, whatever the state of our relations."

Prime Minister Irakli Gogiberidze, whose government has sought to avoid confrontation with Moscow, struck a milder tone. "I am sure the Russian side will fix the road as quickly as possible," he told reporters in Tbilisi, adding that he saw "no political background" to the closure.

According to the Georgian International Road Carriers Association, the queue on the Georgian side stretched for 18 km by Wednesday afternoon, and some drivers had been waiting for more than 50 hours without access to toilets or water.

The closure hit Armenia hardest. About 1,200 of the stranded lorries were Armenian, many of them carrying fruit and brandy for Russian supermarkets, Yerevan said.

Armenian Economy Minister Gevorg Sahakyan told parliament that the government was "in constant contact" with the Russian and Georgian authorities and was looking at alternative routes through Iran and by ferry across the Black Sea. He said perishable cargo worth an estimated $15 million was at risk.

Some Armenian commentators have suggested that Moscow was using the crossing to put pressure on Yerevan, which has frozen its participation in a Russian-led security bloc. The Russian embassy in Yerevan called such suggestions "groundless speculation" and said Russia "has never used and will never use humanitarian matters as an instrument of pressure".

The landslide covered about 300 metres of road, according to Russia's Emergencies Ministry. The ministry said heavy equipment was at work at the site around the clock.

Georgia's main opposition alliance accused the government of "silence in the face of Russian blackmail" and called for talks with the European Union on a new transit corridor.

A driver from Gyumri in northern Armenia, reached by phone, said the mood in the queue was grim. "Nobody tells us anything. We sleep in the cab and eat what we brought," he said.

Upper Lars has been closed several times in recent years, often for weeks in winter.`;

export const gold: GoldText = {
  name: "unseen/07-upper-lars-queue",
  actors: actorsWithoutAliases("Georgia", "Russia", "Armenia"),
  text,
  // Not gold: the truckers' association, the Armenian commentators, the Georgian opposition alliance (a
  // party, not the state), the driver and the background. The embassy's rebuttal answers the commentators,
  // not an actor, so it has no gold rebuttal pair.
  claims: [
    /* 0 */ { quote: "a landslide blocked the road", actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "it was given no warning", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'the checkpoint on the Russian side had been shut on Monday "for safety reasons" after heavy rain brought down rocks onto the road in the Darial gorge', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "it could not say when traffic would resume", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'its own monitoring had detected "no significant landslide" on the Georgian side', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "it had not been informed of the closure in advance", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "We learnt about it from the drivers", actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: "That is not how neighbours are supposed to behave, whatever the state of our relations", actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: "I am sure the Russian side will fix the road as quickly as possible", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: 'he saw "no political background" to the closure', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "About 1,200 of the stranded lorries were Armenian, many of them carrying fruit and brandy for Russian supermarkets", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'the government was "in constant contact" with the Russian and Georgian authorities and was looking at alternative routes through Iran and by ferry across the Black Sea', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "perishable cargo worth an estimated $15 million was at risk", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'such suggestions "groundless speculation"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Russia "has never used and will never use humanitarian matters as an instrument of pressure"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "The landslide covered about 300 metres of road", actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "heavy equipment was at work at the site around the clock", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [4, 2],
  ],
};
