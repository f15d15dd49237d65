// Fresh evaluation text (explainer): question headings, background narration, positions of four states
// summarised ("Baku says", "according to"), an ambassador, the IAEA and an NGO (third parties).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `EXPLAINER: Why an ageing nuclear plant near Yerevan worries Armenia's neighbours

By Anna Melikyan

YEREVAN (AP) - Armenia wants to keep its only nuclear power plant running until at least 2036, a decade longer than it was designed for. The plan has turned a Soviet-era reactor 35 km (22 miles) from the capital into a diplomatic argument involving Russia, Azerbaijan and Turkey.

WHAT IS METSAMOR?

The Armenian Nuclear Power Plant, known by the name of the nearby town of Metsamor, was built in the 1970s. It was shut after the 1988 Spitak earthquake and one of its two units restarted in 1995 during a severe energy crisis. It produces roughly a third of Armenia's electricity.

WHY DOES YEREVAN WANT TO EXTEND IT?

Armenian officials say there is no alternative in the short term. Deputy Energy Minister Hakob Vardanyan said last month that closing the unit before a replacement was built would make Armenia dependent on imported gas for most of its power. "Metsamor is a question of our energy independence, not of prestige," he told parliament.

According to the Armenian government, the unit passed a stress test after the Fukushima disaster and its safety systems have been upgraded with more than $300 million in loans and grants.

WHAT DOES RUSSIA HAVE TO DO WITH IT?

Russian specialists carry out the life-extension work, and the reactor runs on Russian fuel. Moscow's ambassador in Yerevan, Pavel Grishin, said in an interview with the Armenian service of Sputnik that Russia was ready to finance a new small reactor at the site "on terms no Western company can match". Russia's Foreign Ministry has said cooperation on Metsamor should not be "held hostage to politics", a reference to Yerevan's cooling relations with Moscow.

WHY ARE AZERBAIJAN AND TURKEY OBJECTING?

Baku says the plant is a hazard to the whole region. Azerbaijan's Ministry of Ecology said in a statement in March that the reactor sat in a seismically active zone and that an accident would contaminate the Araz river basin shared by Armenia, Azerbaijan, Iran and Turkey. It called on the International Atomic Energy Agency to send an independent mission.

Turkey, whose border is 16 km from the plant, has voiced similar concerns. A Turkish diplomat, speaking on condition of anonymity, said Ankara had raised the issue with Yerevan during normalisation talks but had received "no satisfactory answers".

Armenian officials reject the criticism. Vardanyan said Azerbaijan was using nuclear safety "as a political weapon" and noted that Baku had never asked to see the inspection reports that Armenia publishes.

WHAT DOES THE IAEA SAY?

The IAEA, which has sent several review missions to Metsamor, says the plant has made significant safety improvements but must keep upgrading its equipment. An agency spokesperson said there were no plans for a separate mission requested by a single member state.

Environmental groups are split. The Armenian branch of the Aarhus Centre network, an NGO, has called for a public hearing on the extension, while others argue that the plant keeps the country's carbon emissions low.

WHAT HAPPENS NEXT?

Armenia's government is expected to approve the extension decree by the end of the year. A decision on a replacement unit, Russian or Western, is not expected before 2027.`;

export const gold: GoldText = {
  name: "fresh/03-metsamor-explainer",
  actors: actorsWithoutAliases("Armenia", "Russia", "Azerbaijan", "Turkey"),
  text,
  claims: [
    /* 0 */ { quote: "there is no alternative in the short term", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "closing the unit before a replacement was built would make Armenia dependent on imported gas for most of its power", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Metsamor is a question of our energy independence, not of prestige", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "the unit passed a stress test after the Fukushima disaster and its safety systems have been upgraded with more than $300 million in loans and grants", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Russia was ready to finance a new small reactor at the site "on terms no Western company can match"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'cooperation on Metsamor should not be "held hostage to politics"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the plant is a hazard to the whole region", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the reactor sat in a seismically active zone", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "an accident would contaminate the Araz river basin shared by Armenia, Azerbaijan, Iran and Turkey", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Ankara had raised the issue with Yerevan during normalisation talks but had received "no satisfactory answers"', actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: 'Azerbaijan was using nuclear safety "as a political weapon"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Baku had never asked to see the inspection reports that Armenia publishes", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  // "Armenian officials reject the criticism": Vardanyan's answer is to Baku's hazard claim.
  rebuttals: [[10, 6]],
};
