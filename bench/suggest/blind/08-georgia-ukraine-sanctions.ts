// Blind evaluation text: invented incident; headline with a claim, typographic quotes, officials named once with
// their country and later by surname, accusations and counter-accusations, a third actor commenting.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Georgia calls Ukrainian sanctions accusations ‘absolutely unfounded’

TBILISI/KYIV, May 27 – Georgia summoned Ukraine's chargé d'affaires on Tuesday after a senior Ukrainian official accused Tbilisi of helping Russia circumvent Western sanctions, the latest flare-up between the two former Soviet republics.

Vladyslav Kovalenko, Ukraine's presidential commissioner for sanctions policy, said on Monday that at least 30 Georgian-registered companies had shipped dual-use goods to Russia since January, and described Georgia as “a hub for sanctions evasion”.

“We have handed our partners the names, the routes and the volumes. Tbilisi knows exactly what is going through its ports,” Kovalenko told a news conference in Kyiv.

Georgia's Foreign Ministry described the accusations as “absolutely unfounded” and said the country was fully complying with international sanctions regimes.

Prime Minister Giorgi Beridze went further, accusing Kyiv of trying to drag Georgia into the war.

“For two years some people in Kyiv have dreamt of opening a second front in Georgia. This is one more attempt,” Beridze told reporters in Tbilisi. “We will not allow it.”

Beridze said Georgian customs had checked every shipment flagged by Western partners and found “no violations”.

In Kyiv, Foreign Ministry spokesman Oleh Marchenko said Ukraine had “never had and does not have” any intention of drawing Georgia into the conflict.

“Talk of a second front is a propaganda narrative invented in Moscow and repeated in Tbilisi,” Marchenko wrote on Facebook.

Kovalenko said Ukraine would present further evidence to the European Commission next week and called on the EU to include Georgian companies in its next sanctions package.

Moscow was quick to weigh in. Russian Foreign Ministry spokeswoman Yelena Sorokina said Kyiv was trying to “punish” Tbilisi for its “balanced position” and that the West was using Ukraine to put pressure on Georgia.

The EU's sanctions envoy, who visited Tbilisi in April, has said the bloc is “in close contact” with the Georgian authorities on the issue. Transparency International Georgia said in a report last month that car exports from Georgia to Russia's Central Asian neighbours had risen sharply since 2022, a pattern it said pointed to re-exports to Russia.

Relations between Kyiv and Tbilisi have been strained since 2022, with Ukrainian officials repeatedly criticising Georgia's refusal to join Western sanctions against Moscow.`;

export const gold: GoldText = {
  name: "blind/08-georgia-ukraine-sanctions",
  actors: actorsWithoutAliases("Georgia", "Ukraine", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: "Ukrainian sanctions accusations ‘absolutely unfounded’", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Tbilisi of helping Russia circumvent Western sanctions", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "at least 30 Georgian-registered companies had shipped dual-use goods to Russia since January", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Georgia as “a hub for sanctions evasion”", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "We have handed our partners the names, the routes and the volumes. Tbilisi knows exactly what is going through its ports", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "the accusations as “absolutely unfounded”", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the country was fully complying with international sanctions regimes", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Kyiv of trying to drag Georgia into the war", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "For two years some people in Kyiv have dreamt of opening a second front in Georgia. This is one more attempt", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "We will not allow it", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "Georgian customs had checked every shipment flagged by Western partners and found “no violations”", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Ukraine had “never had and does not have” any intention of drawing Georgia into the conflict", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Talk of a second front is a propaganda narrative invented in Moscow and repeated in Tbilisi", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "Ukraine would present further evidence to the European Commission next week", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Kyiv was trying to “punish” Tbilisi for its “balanced position”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "the West was using Ukraine to put pressure on Georgia", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  // General denials are linked to the earliest claim of the other side that they contradict (the lead accusation).
  rebuttals: [
    [0, 1],
    [5, 1],
    [6, 1],
    [10, 1],
    [11, 7],
    [12, 8],
  ],
};
