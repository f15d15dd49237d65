// Sealed evaluation text (set E): explainer with question headings on Moldova's autonomous region of
// Gagauzia, its governor's prosecution, Russian pension top-ups and Turkish projects. The Gagauz
// authorities, the EU, a fugitive businessman and an analyst are third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Explainer: Why is Gagauzia at odds with Chisinau, and what do Moscow and Ankara want?

A criminal case against the governor of Gagauzia, a small autonomous region in southern Moldova, has turned a local quarrel into a contest between Chisinau, Moscow and Ankara. Here is what you need to know.

What is Gagauzia?
Gagauzia is home to about 130,000 people, most of them Gagauz, an Orthodox Christian people who speak a Turkic language. It won autonomy in 1994 after a standoff with Chisinau. Russian is the language most people use every day, and support for closer ties with Moscow has long been strong there.

Why is there a dispute now?
In May, Moldovan prosecutors charged the region's governor, or bashkan, Ana Caraseni, with illegal party financing. Prosecutors say her 2023 campaign was paid for with cash brought in from Russia through a network run by fugitive businessman Grigore Lupan. Caraseni says the case is revenge for her trips to Moscow, and the regional assembly in Comrat has called it "an attack on the autonomy itself".

What does Moscow say?
Russia's Foreign Ministry has accused the Moldovan authorities of "political persecution" of the Gagauz and of trying to "strangle the autonomy financially". Its spokeswoman, Irina Volkova, was blunter in February. "The people of Gagauzia have the right to choose their friends, and their friends are in Moscow," she said.

Since last year, several thousand Gagauz pensioners have received monthly top-ups from a Russian-registered fund. The Russian Embassy in Chisinau says the payments are "purely humanitarian" and have no political purpose.

How has Chisinau responded?
Moldova's Foreign Ministry rejected the accusation of persecution, saying the governor was being prosecuted "as any other citizen would be". The Finance Ministry says transfers from the state budget to Gagauzia rose by 9 percent this year, to their highest level since the autonomy was created.

Moldova's Intelligence and Security Service (SIS) takes a harsher view of the pension scheme. In its annual report, published in March, it said the payments were a tool for "buying loyalty ahead of elections" and that the fund was financed by the same network as the governor's campaign.

Where does Turkey stand?
Ankara has funded a hospital, schools and water pipes in Gagauzia through its aid agency, and Turkish is taught in many local schools. But Turkey's Foreign Ministry has said repeatedly that it supports "the territorial integrity and sovereignty of Moldova".

Turkey's ambassador in Chisinau, Mehmet Gursoy, told local television last month that all Turkish projects in the region were "for all Moldovans" and had been agreed with the central government. A Turkish official, who asked not to be named, said Ankara had "no wish to choose between Chisinau and Comrat".

What happens next?
Caraseni's trial opens in September. The European Union, which opened accession talks with Moldova in 2024, has said it is following the case closely.

"Chisinau needs to win the argument in Gagauzia, not only in court," said Vitalie Rusu, a political analyst in Chisinau. "If people there hear only Moscow's version, the verdict will not matter much."

Moldova's government says it plans to open a state service centre in Comrat this autumn to help pensioners apply for Moldovan social benefits, a move officials describe as a response to the Russian payments.`;

export const gold: GoldText = {
  name: "sealed-e/06-gagauzia-explainer",
  actors: actorsWithoutAliases("Moldova", "Russia", "Turkey"),
  text,
  // Left out of gold: the governor Ana Caraseni and the regional assembly in Comrat (the autonomy's own
  // elected authorities, speaking against Chisinau; although a bashkan sits ex officio in Moldova's
  // government, here she speaks as a defendant and for the autonomy, not for the state Moldova, so she is
  // treated like parties and de facto authorities), the fugitive businessman, the EU, the analyst Vitalie Rusu, the question headings and the
  // explainer's background narration (Gagauz history, the fund, Turkish aid, the trial date).
  // Judgment calls: prosecutors, the SIS and the Finance Ministry speak for Moldova; "accused Y of A and of
  // B" is one claim; "rejected the accusation of persecution" gives its object as the rebutting claim;
  // "has said repeatedly that" is a standing position recalled with an attribution verb (gold); "a move
  // officials describe as a response to the Russian payments" is a description, not gold; the plan to open
  // a service centre is a stated intention with content (gold).
  claims: [
    /* 0 */ { quote: "her 2023 campaign was paid for with cash brought in from Russia through a network run by fugitive businessman Grigore Lupan", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the Moldovan authorities of "political persecution" of the Gagauz and of trying to "strangle the autonomy financially"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The people of Gagauzia have the right to choose their friends, and their friends are in Moscow", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: 'the payments are "purely humanitarian" and have no political purpose', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the accusation of persecution", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'the governor was being prosecuted "as any other citizen would be"', actor: "Moldova", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "transfers from the state budget to Gagauzia rose by 9 percent this year, to their highest level since the autonomy was created", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the payments were a tool for "buying loyalty ahead of elections"', actor: "Moldova", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the fund was financed by the same network as the governor's campaign", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'it supports "the territorial integrity and sovereignty of Moldova"', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'all Turkish projects in the region were "for all Moldovans" and had been agreed with the central government', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Ankara had "no wish to choose between Chisinau and Comrat"', actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "it plans to open a state service centre in Comrat this autumn to help pensioners apply for Moldovan social benefits", actor: "Moldova", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[4, 1], [6, 1], [7, 3]],
};
