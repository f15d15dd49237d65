// Sealed evaluation text (set E): Interfax-style wire built around one long news conference of Moldova's
// reintegration minister, about Russia's claim to have pulled peacekeepers out of Transnistria. Answers to
// questions, a Ukrainian assurance relayed by Moldova, the Russian embassy's reply, Tiraspol as a third party.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Moldova disputes Russian claim of peacekeeper pullout from Transnistria

CHISINAU. Feb 5 (Interfax) - No Russian servicemen have left Transnistria in the past three months, Moldova's Deputy Prime Minister for Reintegration Radu Ciobanu said on Wednesday, contradicting the Russian Defence Ministry, which said in January that part of its peacekeeping contingent in the breakaway region had been withdrawn.

"We have checked every flight and every crossing point. Not a single Russian soldier has gone home," Ciobanu told a news conference in Chisinau that lasted almost two hours. "What Moscow calls a withdrawal is a rotation, and a rotation carried out in breach of our laws."

According to Ciobanu, the roughly 90 servicemen who flew out of Chisinau airport in December and January had been replaced by about the same number arriving on civilian flights, most of them "with no documents explaining the purpose of their stay".

The Russian contingent, he said, consists of about 400 peacekeepers and some 1,100 troops of the Operational Group of Russian Forces guarding a Soviet-era ammunition depot at Cobasna. "Both figures are unchanged. Moscow is simply replacing one man with another and announcing progress," he said.

Since Ukraine closed its border with the region in 2022, Chisinau airport has been the only way in or out for Russian personnel. Moldova has refused entry to several officers travelling on service passports since then.

Asked by Interfax whether Russian troops might try to leave through Ukrainian territory, Ciobanu said Kyiv had assured Chisinau that its border with Transnistria "remains fully closed to any military movement".

Ukraine's State Border Guard Service later confirmed this. Its spokesman, Oleksandr Savchuk, told Interfax-Ukraine that no foreign military personnel had crossed the 454-kilometre Transnistrian section of the border "in either direction" since February 2022.

Ciobanu also said Moldova was ready to pay, with help from international partners, for the removal or destruction of the roughly 20,000 tonnes of ammunition stored at Cobasna. "The OSCE has offered to verify the process. The only missing piece is Russian consent," he said.

Moscow has rejected such proposals before. Russian Foreign Ministry spokeswoman Irina Volkova said last week that the ammunition could not be moved safely and that the depot's guards would stay "until a political settlement is reached".

The Russian Embassy in Chisinau on Wednesday rejected Ciobanu's statements as "another attempt to drag Moldova into confrontation with Russia". The reduction of the contingent was "real and documented", the embassy said in a comment sent to Interfax, and the Moldovan side had been informed of it through the Joint Control Commission.

Moldovan members of the commission, which oversees the security zone along the Dniester, said they had received no such notification. Ciobanu went further. "If there had been a real withdrawal, the first to know would be our border police at the airport, and they know nothing of it," he said.

In Tiraspol, the region's self-styled foreign ministry said the peacekeeping operation remained "the only guarantee of peace on the Dniester" and that any attempt to change its format would be "a direct threat".

The OSCE mission to Moldova declined to comment on the figures. Russia has kept troops in Transnistria since a brief war in 1992, and Moldova's parliament has repeatedly called for their withdrawal.`;

export const gold: GoldText = {
  name: "sealed-e/02-transnistria-peacekeepers-presser",
  actors: actorsWithoutAliases("Moldova", "Russia", "Ukraine"),
  text,
  // Left out of gold: Tiraspol's self-styled foreign ministry (de facto authorities), the OSCE mission
  // (third party; the OSCE's offer appears only inside Ciobanu's own direct quote, which is Moldova's claim),
  // Moldova's parliament's calls (demands), the background on the border, the airport and the 1992 war,
  // "Moscow has rejected such proposals before" and "Ukraine's State Border Guard Service later confirmed
  // this" (narration; a pronoun-only confirmation), and Interfax's question.
  // Judgment calls: "Moldova disputes Russian claim of ..." in the headline gives its object as a rebutting
  // claim; "Kyiv had assured Chisinau that ..." is Ukraine's claim relayed by Moldova; "rejected A as B"
  // gives B; Moldovan members of the Joint Control Commission are Moldova's officials (the commission is
  // joint, its Moldovan delegation is not); "ready to pay ..." is a stated intention with content.
  claims: [
    /* 0 */ { quote: "Russian claim of peacekeeper pullout from Transnistria", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "No Russian servicemen have left Transnistria in the past three months", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "part of its peacekeeping contingent in the breakaway region had been withdrawn", actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "We have checked every flight and every crossing point. Not a single Russian soldier has gone home", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "What Moscow calls a withdrawal is a rotation, and a rotation carried out in breach of our laws", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'the roughly 90 servicemen who flew out of Chisinau airport in December and January had been replaced by about the same number arriving on civilian flights, most of them "with no documents explaining the purpose of their stay"', actor: "Moldova", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "The Russian contingent, he said, consists of about 400 peacekeepers and some 1,100 troops of the Operational Group of Russian Forces guarding a Soviet-era ammunition depot at Cobasna", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Both figures are unchanged. Moscow is simply replacing one man with another and announcing progress", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'its border with Transnistria "remains fully closed to any military movement"', actor: "Ukraine", attribution: "PARAPHRASE", relayedBy: "Moldova" },
    /* 9 */ { quote: 'no foreign military personnel had crossed the 454-kilometre Transnistrian section of the border "in either direction" since February 2022', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Moldova was ready to pay, with help from international partners, for the removal or destruction of the roughly 20,000 tonnes of ammunition stored at Cobasna", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "The OSCE has offered to verify the process. The only missing piece is Russian consent", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "the ammunition could not be moved safely", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'the depot\'s guards would stay "until a political settlement is reached"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "another attempt to drag Moldova into confrontation with Russia", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: 'The reduction of the contingent was "real and documented"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "the Moldovan side had been informed of it through the Joint Control Commission", actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "they had received no such notification", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "If there had been a real withdrawal, the first to know would be our border police at the airport, and they know nothing of it", actor: "Moldova", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[0, 2], [1, 2], [14, 1], [15, 7], [17, 16]],
};
