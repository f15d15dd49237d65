// Fresh evaluation text (explainer): landmines in and around Karabakh; a state agency named by its acronym,
// figures "according to", maps dispute with a rebuttal, Russia's peacekeepers in the past, HALO and ICRC (third parties).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Landmines still kill in Karabakh. Who is to blame, and how long will clearing them take?

By Rauf Mammadov and Gayane Hakobyan

BAKU/YEREVAN (AP) - Two years after Azerbaijan regained full control of Nagorno-Karabakh, landmines and unexploded shells left by three decades of conflict are still killing and maiming civilians almost every month. Here is what to know.

HOW BIG IS THE PROBLEM?

According to Azerbaijan's Mine Action Agency, known by its acronym ANAMA, 392 people have been killed or wounded by mines since the end of the 2020 war, most of them civilians returning to villages or working in fields. The agency says around 12% of Azerbaijan's territory is still contaminated.

Independent figures are hard to come by. The HALO Trust, a British demining charity that has worked in the region since 2000, estimates that clearance will take at least a decade with current resources.

WHAT ARE THE MAPS AND WHY DO THEY MATTER?

Mine maps, or minefield records, show where armies laid their mines. Baku has long accused Yerevan of withholding them. "Armenia gave us maps for a fraction of the minefields, and even those maps are only about 25% accurate," ANAMA's chairman, Vugar Suleymanov, told the AP in an interview. "Every accurate map we do not have costs lives."

Armenia denies keeping anything back. Foreign Ministry spokeswoman Lilit Mkrtchyan said Yerevan had handed over "all the maps in its possession", and that many mines had been laid in the early 1990s by units that kept no written records at all.

"Armenia has fulfilled its humanitarian obligations in full," she said. "Repeating the opposite does not make it true."

WHAT ROLE DID RUSSIA PLAY?

Russian peacekeepers were deployed in Karabakh from the 2020 ceasefire until their withdrawal in 2024. The Russian Defence Ministry said at the time that its engineers had cleared more than 2,300 hectares of land and 600 km of roads, and that it had passed some minefield data to Baku. Azerbaijani officials have said the Russian data was of limited use.

WHO ELSE IS INVOLVED?

Deminers from Turkey, the United Arab Emirates and several European countries have worked alongside ANAMA. The International Committee of the Red Cross runs risk-education classes in schools and supports mine victims on both sides of the former front line.

"People see a field that their grandparents farmed and they want to go back. We understand that, but we ask them to wait," said an ICRC official in Baku, who asked not to be named in line with the organisation's policy.

IS ARMENIA AFFECTED TOO?

Yes. Armenian authorities say villages along the border with Azerbaijan, particularly in the Tavush and Syunik regions, have mined areas from the 1990s. Armenia's Interior Ministry said last year that it had cleared 1,100 hectares since 2021 and needed international help to finish the job.

WHAT NEXT?

Azerbaijan has raised the issue at the United Nations and says it wants mine clearance to be written into the peace treaty with Armenia. Azerbaijani presidential aide Farid Aliyarov called mines "the silent continuation of the occupation".`;

export const gold: GoldText = {
  name: "fresh/09-landmines-explainer",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: "392 people have been killed or wounded by mines since the end of the 2020 war, most of them civilians returning to villages or working in fields", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "around 12% of Azerbaijan's territory is still contaminated", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Yerevan of withholding them", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Armenia gave us maps for a fraction of the minefields, and even those maps are only about 25% accurate", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "Every accurate map we do not have costs lives", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "keeping anything back", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'Yerevan had handed over "all the maps in its possession"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "many mines had been laid in the early 1990s by units that kept no written records at all", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Armenia has fulfilled its humanitarian obligations in full", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "Repeating the opposite does not make it true", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "its engineers had cleared more than 2,300 hectares of land and 600 km of roads", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "it had passed some minefield data to Baku", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "the Russian data was of limited use", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "villages along the border with Azerbaijan, particularly in the Tavush and Syunik regions, have mined areas from the 1990s", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "it had cleared 1,100 hectares since 2021 and needed international help to finish the job", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "it wants mine clearance to be written into the peace treaty with Armenia", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'mines "the silent continuation of the occupation"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  // Not gold: the HALO Trust, the ICRC official (anonymous, but not an actor), the question headings.
  rebuttals: [
    [5, 2],
    [6, 3],
    [8, 2],
  ],
};
