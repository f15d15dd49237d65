// Sealed evaluation text (set E): a Syunik regional news site's story translated from Armenian, curly
// quotes, colon headline: Iranian-Armenian trade through the Meghri crossing, Azerbaijan objecting to
// Iranian trucks on a road section near the delimited border. Drivers, a businessman and a union are third
// parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Meghri crossing: trade with Iran up by a third, Yerevan says, as Baku warns Iranian truckers

Translated from Armenian. First published by Syunik Lur, Kapan.

Trade between Armenia and Iran grew by 34 percent in the first nine months of the year, reaching $612 million, Deputy Minister of Economy Armen Gasparyan said on Tuesday during a visit to the Agarak–Nurduz border crossing.

“Iran is now our second-largest partner after Russia for food and construction materials. Every fourth truck that enters Syunik comes from the south,” Gasparyan told reporters at the crossing, where dozens of Iranian trucks stood in line on the riverbank.

The deputy minister said the new bridge over the Araks, built with Iranian credit, would open in the spring and double the crossing's capacity. Yerevan and Tehran, he added, had agreed to raise the target for bilateral trade to $3 billion a year.

Iran's ambassador in Yerevan, Mohammad Reza Sobhani, who accompanied Gasparyan, called the target “realistic and even modest”. The ambassador also said Iranian companies were ready to build a new section of the North–South road between Kajaran and Agarak, “if the Armenian side gives us the green light”.

Truck drivers at the crossing were less enthusiastic. “We wait two, sometimes three days here. The bridge will help, but only if the customs officers work faster,” said Hossein, a driver from Tabriz who did not give his surname.

The State Revenue Committee says it has already cut average processing time at Agarak from 11 hours to six since January. A committee official at the crossing, who asked not to be named because he was not authorised to speak to the press, said the real problem was the narrow mountain road to Kapan, not the customs post.

The road is also the subject of a dispute with Baku. On Monday, Azerbaijan's State Customs Committee said Iranian trucks using a section of the Goris–Kapan highway that crosses the border established in last year's delimitation would be charged transit fees from November 1.

“This section is Azerbaijani territory under the agreed border. Any vehicle using it is crossing into Azerbaijan,” Azerbaijani Foreign Ministry spokesperson Aygun Mammadova said in a written comment.

Yerevan rejected that interpretation. Armenia's Ministry of Territorial Administration and Infrastructure said the delimitation protocol left the existing road open to traffic “until the bypass road is completed” and that no fees could be imposed without a joint decision of the two commissions.

The bypass, a 21-kilometre road through Armenian territory, is due to be finished next year, the ministry said.

Iran, for its part, has advised its drivers to avoid the contested section for now. The Iranian Embassy said in a statement that Tehran “will not accept any obstacle to transit between Iran and Armenia” and was in contact with “both friendly neighbours”.

Local businesses in Meghri say the growth has brought hotels, cafes and a second petrol station to the town. “Five years ago nobody stopped here. Now we cannot find enough workers,” said Narine Avagyan, who runs a roadside guesthouse.

The Armenian Union of Road Carriers said the fee dispute, if it is not resolved, could add up to $200 to the cost of each trip for Iranian carriers and push some of them to take cargo through Georgia instead.`;

export const gold: GoldText = {
  name: "sealed-e/08-meghri-trade-translated",
  actors: actorsWithoutAliases("Armenia", "Iran", "Azerbaijan"),
  text,
  // Left out of gold: the translation line, the driver Hossein, the guesthouse owner Narine Avagyan, local
  // businesses in Meghri and the Armenian Union of Road Carriers (third parties), and the site's own
  // narration ("The road is also the subject of a dispute with Baku", "Iran, for its part, has advised its
  // drivers ...": a step reported by the journalist with no attribution verb, the queue scene).
  // Judgment calls: the headline's "trade with Iran up by a third, Yerevan says" is gold, its "Baku warns
  // Iranian truckers" is a warning with no statement after it (not gold); the State Revenue Committee and
  // Azerbaijan's State Customs Committee are state agencies; "called the target “realistic and even
  // modest”" gives "the target “realistic and even modest”"; "Yerevan rejected that interpretation" gives
  // its object as the rebutting claim of the Azerbaijani spokesperson's claim; "The deputy minister said
  // the new bridge ... would open in the spring and double ..." is one claim (compound predicate); "Tehran
  // “will not accept ...” and was in contact with ..." is one claim (compound predicate).
  claims: [
    /* 0 */ { quote: "trade with Iran up by a third", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Trade between Armenia and Iran grew by 34 percent in the first nine months of the year, reaching $612 million", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Iran is now our second-largest partner after Russia for food and construction materials. Every fourth truck that enters Syunik comes from the south", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "the new bridge over the Araks, built with Iranian credit, would open in the spring and double the crossing's capacity", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Yerevan and Tehran, he added, had agreed to raise the target for bilateral trade to $3 billion a year", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "the target “realistic and even modest”", actor: "Iran", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Iranian companies were ready to build a new section of the North–South road between Kajaran and Agarak, “if the Armenian side gives us the green light”", actor: "Iran", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "it has already cut average processing time at Agarak from 11 hours to six since January", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the real problem was the narrow mountain road to Kapan, not the customs post", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: "Iranian trucks using a section of the Goris–Kapan highway that crosses the border established in last year's delimitation would be charged transit fees from November 1", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "This section is Azerbaijani territory under the agreed border. Any vehicle using it is crossing into Azerbaijan", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "that interpretation", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "the delimitation protocol left the existing road open to traffic “until the bypass road is completed”", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "no fees could be imposed without a joint decision of the two commissions", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "The bypass, a 21-kilometre road through Armenian territory, is due to be finished next year", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Tehran “will not accept any obstacle to transit between Iran and Armenia” and was in contact with “both friendly neighbours”", actor: "Iran", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[11, 10], [12, 10], [13, 9]],
};
