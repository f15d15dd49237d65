// Sealed-f evaluation text: explainer with question headings; invented new handover of minefield maps from Armenia
// to Azerbaijan. Much background narration, a state mine-action agency by acronym after first mention, a denial of a
// gerund ("denies holding back"), a counter-accusation answered only by a pronoun, Russia's offer and an anonymous
// Armenian official contradicting it, the ICRC, the HALO Trust and UNDP as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Explainer: Why are Armenia and Azerbaijan still arguing over minefield maps?

What happened this week?

On Monday, Armenia handed Azerbaijan a new set of maps of minefields laid during the first Karabakh war in the early 1990s. Armenia's Foreign Ministry said it had passed the maps to Baku through the International Committee of the Red Cross and that they covered about 400 hectares in the former front-line districts of Fuzuli and Aghdam.

Within a day, Azerbaijan's mine action agency, ANAMA, said the maps were "largely useless" because most of the marked areas had already been cleared or did not match the terrain.

Why do the maps matter?

Azerbaijan is among the most heavily mined countries in the world. Baku says more than 380 people, many of them civilians returning to their former homes, have been killed or injured by mines since the 2020 war. The HALO Trust, a British demining charity, estimates that clearing the land could take decades at the current pace.

Accurate maps can save months of work on a single field. Without them, deminers have to check every metre.

What does Baku say?

Azerbaijani officials have long accused Armenia of withholding accurate maps to slow the return of displaced people.

"Of the minefields we checked from the previous maps, only about one in four matched what our deminers found on the ground," ANAMA's chairman, Ilkin Jafarov, told reporters in Baku on Tuesday. "Armenia knows exactly where it laid its mines."

What does Yerevan say?

Armenia denies holding back any maps. Deputy Foreign Minister Ani Hovsepyan said Yerevan had handed over "everything that exists in our archives" and that many of the minefields had been laid by units whose records were lost in the 1990s.

"It is not Armenia's fault that records from thirty years ago are incomplete," she said.

Hovsepyan also said Azerbaijani forces had themselves laid mines along the new line of contact since 2020 and had refused to share those maps with Armenia. Baku rejects that.

What role does Russia play?

Russian peacekeepers were deployed in Karabakh from 2020 until 2024, and their engineers cleared roads and villages in the area they controlled. Russia's Foreign Ministry said last week that it had offered to hand over Soviet-era military engineering records from its archives to both sides.

"The maps are a humanitarian issue and should never become a bargaining chip," Russian Foreign Ministry spokeswoman Yelena Sobolevskaya said.

Yerevan is sceptical. An Armenian official, speaking on condition of anonymity, said Armenia had asked Moscow for the archive records twice since 2022 and had never received an answer.

What happens next?

The ICRC said it was ready to continue acting as an intermediary for further handovers. The European Union and the UN Development Programme are funding new mine-detection equipment for ANAMA, and several Western companies are bidding for clearance contracts.

The maps could also come up in talks on a peace treaty. The two countries initialled a draft text in 2025, but it has not been signed, and neither government has said whether a full exchange of mine records would be part of the final deal.

For the families waiting to go back to villages around Fuzuli, the argument is less about history than about the next planting season.`;

export const gold: GoldText = {
  name: "sealed-f/08-minefield-maps-explainer",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia", "Russia"),
  text,
  // Left out of gold: the question headings, the HALO Trust's estimate, the ICRC, the EU and UNDP, the journalist's
  // explanations ("Azerbaijan is among the most heavily mined ...", "Accurate maps can save months ...", "Yerevan is
  // sceptical", the peace-treaty background), "neither government has said whether ..." (no statement, no single
  // actor) and the pronoun-only "Baku rejects that". Judgment calls: ANAMA is a state agency and speaks for
  // Azerbaijan; "Baku says ..." and "Azerbaijani officials have long accused ..." are standing positions recalled
  // with an attribution verb (gold); "denies holding back any maps" gives the gerund phrase; Hovsepyan's
  // counter-accusation has a compound predicate and is one claim; Sobolevskaya's quote is a statement about the maps
  // and is gold despite its "should". "largely useless" dismisses the handover and is linked to Armenia's claim 0;
  // the anonymous official's account contradicts Russia's offer.
  claims: [
    /* 0 */ { quote: "it had passed the maps to Baku through the International Committee of the Red Cross", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "they covered about 400 hectares in the former front-line districts of Fuzuli and Aghdam", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'the maps were "largely useless" because most of the marked areas had already been cleared or did not match the terrain', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "more than 380 people, many of them civilians returning to their former homes, have been killed or injured by mines since the 2020 war", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Armenia of withholding accurate maps to slow the return of displaced people", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Of the minefields we checked from the previous maps, only about one in four matched what our deminers found on the ground", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "Armenia knows exactly where it laid its mines", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "holding back any maps", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Yerevan had handed over "everything that exists in our archives"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "many of the minefields had been laid by units whose records were lost in the 1990s", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "It is not Armenia's fault that records from thirty years ago are incomplete", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "Azerbaijani forces had themselves laid mines along the new line of contact since 2020 and had refused to share those maps with Armenia", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "it had offered to hand over Soviet-era military engineering records from its archives to both sides", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "The maps are a humanitarian issue and should never become a bargaining chip", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "Armenia had asked Moscow for the archive records twice since 2022 and had never received an answer", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [
    [2, 0],
    [7, 4],
    [8, 6],
    [14, 12],
  ],
};
