// Sealed evaluation text (set b): diplomatic read-out story (regional outlet) on detained Azerbaijani citizens;
// Baku's and Moscow's read-outs of one call disagree. Invented incident and officials. "According to the
// ministry", Azerbaijan relaying what the Russian minister assured, a read-out quoted before its attribution,
// the Kremlin spokesman by title only, a forensic finding and the embassy's rejection.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Baku and Moscow at odds over what ministers said about detained Azerbaijanis

Azerbaijan and Russia published sharply diverging accounts on Friday of a telephone call between their foreign ministers about nine Azerbaijani citizens detained in the Siberian city of Novosibirsk, each side presenting the conversation as a vindication of its own position.

According to the Azerbaijani Foreign Ministry, Minister Elnur Mammadzade told his Russian counterpart, Pavel Dronov, that the detentions and the death in custody of a tenth man were "unacceptable and incompatible with the spirit of strategic partnership". He also called for the men to be released and for those responsible for the death to be punished.

The Azerbaijani read-out said Dronov had assured him that "the rights of the detained citizens will be fully ensured" and that the circumstances of the death would be investigated.

The Russian version, posted on the ministry's Telegram channel an hour later, read very differently. It said the ministers had "discussed the situation around a criminal case against members of an organised criminal group, among whom are citizens of Azerbaijan", and that Dronov had stressed that Russian law enforcement agencies "act strictly within the framework of the law".

"The Russian side expressed bewilderment at the anti-Russian campaign unleashed in the Azerbaijani media," the Russian read-out said. It did not mention any assurances about the detainees.

The nine men were detained last week in a series of raids on markets and warehouses. Russia's Investigative Committee said they were suspected of extortion and of running an illegal trade in fuel. Its regional branch said the tenth man, 47-year-old Vugar Aliyev, had died of heart failure "before any investigative actions were carried out with him".

Azerbaijan disputes that account. Preliminary results of a second autopsy carried out in Baku found "multiple blunt-force injuries to the head and torso", the Azerbaijani Health Ministry's forensic service said on Thursday.

The Russian embassy in Baku rejected the findings on Friday, saying Russian investigators had not been given access to the second examination. "Conclusions drawn without the participation of the investigating authorities have no legal value," the embassy said in a statement.

Asked about the two read-outs, the Kremlin spokesman told reporters the case was "a matter for the courts" and would not affect relations with Baku. He declined to say whether the two presidents had discussed it.

Azerbaijani Foreign Ministry spokesman Ramil Abbasov said on Saturday that Baku's summary was accurate. "Our read-out reflects what was said, word for word. We stand by it," he told journalists.

Relations between the two countries have cooled sharply over the past year. Azerbaijani state television has run daily reports on the Novosibirsk raids, and several Russian cultural events in Baku have been cancelled.

The family of Vugar Aliyev, who had lived in Russia for 20 years and ran a vegetable stall, said he had no criminal record. His body was flown to Baku on Tuesday.

Rights groups say migrants from the South Caucasus and Central Asia are routinely mistreated in Russian police custody, and that deaths in pre-trial detention are rarely investigated by anyone other than the police themselves.`;

export const gold: GoldText = {
  name: "sealed-b/06-novosibirsk-detainees-call",
  actors: actorsWithoutAliases("Azerbaijan", "Russia"),
  text,
  // Left out of gold: the lead's "each side presenting ..." (no single actor), "He also called for ..." (a demand),
  // "It did not mention any assurances" (the journalist's reading of the read-out), "He declined to say ..."
  // (a refusal), the background on relations and state television (narration, state media as such), the
  // family (citizens), rights groups (third parties).
  // "Azerbaijan disputes that account" is gold like "rejected the accusations" (span "that account", claim 8), a
  // rebutting claim of its own next to the forensic finding (9) that elaborates it.
  // Judgment calls: what Baku's read-out says Dronov assured is Russia's claim relayed by Azerbaijan (claims 1-2,
  // relayedBy), and Moscow's own read-out contradicts nothing in them directly, so no pair; "told X that" nested in
  // "According to" gives the told content (0); the Investigative Committee and its regional branch are Russia;
  // claim 1's quote marks quote Baku's read-out, not Dronov, so it is a paraphrase of Russia relayed by Azerbaijan.
  claims: [
    /* 0 */ { quote: `the detentions and the death in custody of a tenth man were "unacceptable and incompatible with the spirit of strategic partnership"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `the rights of the detained citizens will be fully ensured`, actor: "Russia", attribution: "PARAPHRASE", relayedBy: "Azerbaijan" },
    /* 2 */ { quote: `the circumstances of the death would be investigated`, actor: "Russia", attribution: "PARAPHRASE", relayedBy: "Azerbaijan" },
    /* 3 */ { quote: `the ministers had "discussed the situation around a criminal case against members of an organised criminal group, among whom are citizens of Azerbaijan"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Russian law enforcement agencies "act strictly within the framework of the law"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `The Russian side expressed bewilderment at the anti-Russian campaign unleashed in the Azerbaijani media`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: `they were suspected of extortion and of running an illegal trade in fuel`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the tenth man, 47-year-old Vugar Aliyev, had died of heart failure "before any investigative actions were carried out with him"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `that account`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Preliminary results of a second autopsy carried out in Baku found "multiple blunt-force injuries to the head and torso"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `the findings`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `Russian investigators had not been given access to the second examination`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Conclusions drawn without the participation of the investigating authorities have no legal value`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: `the case was "a matter for the courts" and would not affect relations with Baku`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `Baku's summary was accurate`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Our read-out reflects what was said, word for word. We stand by it`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[8, 7], [9, 7], [10, 9], [12, 9]],
};
