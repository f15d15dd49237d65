// Sealed evaluation text (set sealed-a): Reuters-style wire, "UPDATE 2" with its "(Adds ...)" line,
// prisoners. Invented handover and officials; a headline claim, a lead with both sides, a state commission,
// a spokeswoman, "rejected the word", an anonymous Azerbaijani official, Russia's foreign ministry, and
// the ICRC, relatives and a rights group that are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 2-Azerbaijan hands over four Armenian detainees; Yerevan says 19 still held

(Adds Armenian Foreign Ministry, Azerbaijani reaction, Russian comment, background)

BAKU/YEREVAN, June 11 (Reuters) - Azerbaijan handed four Armenian detainees over to Armenia at the border on Wednesday in what Baku called a "humanitarian gesture", while Yerevan said at least 19 more Armenians remained in Azerbaijani custody and demanded their release.

The four men had crossed the border illegally in separate incidents last year and had been treated "in full accordance with international humanitarian law", Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons said in a statement. They were handed over at a checkpoint near the Armenian village of Tegh shortly after noon.

The International Committee of the Red Cross, which accompanied the men to the border, said it had visited them regularly during their detention. It gave no further details.

Armenia's Foreign Ministry welcomed the release but said it was "not a gesture but an obligation" under the ceasefire statement of 2020. The ministry said Baku was still holding at least 19 Armenians, including several former leaders of the breakaway Nagorno-Karabakh region who were sentenced in Baku this year.

"There can be no lasting peace while people are held hostage," ministry spokeswoman Lilit Hovhannisyan told reporters in Yerevan.

Azerbaijan's Foreign Ministry rejected the word "hostages". "These persons are serving sentences handed down by courts for crimes including terrorism and war crimes. Calling them hostages is an insult to their victims," spokesman Ramil Guliyev said.

An Azerbaijani official, who asked not to be named because he was not authorised to speak to the media, said the handover had been agreed in direct talks between the two countries' border commissions and that no third country had been involved.

In Moscow, Russian Foreign Ministry spokeswoman Yelena Mironova said Russia welcomed "any step that builds trust" between Baku and Yerevan and was ready to help with further releases "in any format acceptable to both sides". She said Russian peacekeepers had helped to locate and return the remains of dozens of missing persons before they left Karabakh in 2024.

Speaking in parliament later on Wednesday, Armenia's prime minister said the government would "not rest until the last Armenian prisoner comes home".

Relatives of some of the detainees, who gathered outside the government building in Yerevan, said they had not been allowed to speak to the men for months. A Yerevan-based rights group, the Helsinki Citizens' Assembly Vanadzor, said at least two of the remaining detainees were in poor health.

Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023, prompting almost all of the region's ethnic Armenians to flee to Armenia. The two countries have agreed the text of a peace treaty but have not signed it, with Baku demanding that Armenia first remove a reference to Karabakh from its constitution.

Previous handovers, in 2023 and 2024, were also described by both sides as confidence-building steps.

(Reporting by Nailia Bagirova in Baku and Artur Hakobyan in Yerevan; Additional reporting by Dmitry Antonov in Moscow; Writing by Felix Light; Editing by Andrew Osborn)`;

export const gold: GoldText = {
  name: "sealed-a/07-tegh-detainee-handover",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia", "Russia"),
  text,
  // Left out of gold: the ICRC, the relatives, the Helsinki Citizens' Assembly Vanadzor, the background
  // paragraphs (including "described by both sides as", sourcing that names no single actor), and demands
  // with no claimed content ("demanded their release", "Baku demanding that Armenia ...").
  // Judgment calls: "what Baku called a "humanitarian gesture"" gives the quoted words; "rejected the word
  // "hostages"" gives its object and is the rebutting claim; the anonymous official's two that-clauses are
  // two claims, and the second contradicts nothing Russia claimed here (Mironova offers help), so no pair.
  claims: [
    /* 0 */ { quote: "19 still held", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "humanitarian gesture", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "at least 19 more Armenians remained in Azerbaijani custody", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'The four men had crossed the border illegally in separate incidents last year and had been treated "in full accordance with international humanitarian law"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'it was "not a gesture but an obligation" under the ceasefire statement of 2020', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Baku was still holding at least 19 Armenians, including several former leaders of the breakaway Nagorno-Karabakh region who were sentenced in Baku this year", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "There can be no lasting peace while people are held hostage", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: 'the word "hostages"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "These persons are serving sentences handed down by courts for crimes including terrorism and war crimes. Calling them hostages is an insult to their victims", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "the handover had been agreed in direct talks between the two countries' border commissions", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "no third country had been involved", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: 'Russia welcomed "any step that builds trust" between Baku and Yerevan and was ready to help with further releases "in any format acceptable to both sides"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Russian peacekeepers had helped to locate and return the remains of dozens of missing persons before they left Karabakh in 2024", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'the government would "not rest until the last Armenian prisoner comes home"', actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[4, 1], [7, 6], [8, 6]],
};
