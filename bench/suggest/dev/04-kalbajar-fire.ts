// Dev text (written for this bench, invented incident): «guillemets», "Azeri", present-tense "says",
// "denies", an actor merely accused by a third party (the European Parliament), an analyst's quote.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Azerbaijan says Armenian forces fired on its positions in the Kalbajar district on Monday evening, wounding one soldier.

«Units of the Armenian armed forces subjected our positions to fire from small arms,» the Azerbaijani Defence Ministry stated. The ministry claimed that its troops had taken «adequate retaliatory measures».

Yerevan denies this. The Armenian Defence Ministry said the Azeri report «does not correspond to reality» and that the Armenian side had not opened fire. It accused Azerbaijan of preparing the ground for a new offensive.

Armenian Security Council secretary Armen Grigoryan announced that Yerevan had sent a letter to the United Nations describing the incident. Grigoryan said the letter listed eleven ceasefire violations by Azerbaijan since the start of the month.

Russia, which has mediated between the two neighbours, was accused by the European Parliament of failing to protect the Armenian population of Karabakh. The Russian Foreign Ministry confirmed that its ambassador had met officials in both capitals this week. Moscow reported no violations in the zone of its peacekeepers.

Analysts say the incidents follow a pattern. "Each flare-up comes just before a round of talks," said Olesya Vartanyan, a regional analyst.

Azerbaijani President Ilham Aliyev, speaking at a military parade, claimed that Armenia was rearming with help from abroad. He warned that Baku would "not tolerate any provocation".

Talks between the foreign ministers are scheduled for next week in Washington. The United States has offered to host a signing ceremony if a peace treaty is agreed.`;

export const gold: GoldText = {
  name: "dev/04-kalbajar-fire",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Armenian forces fired on its positions in the Kalbajar district on Monday evening, wounding one soldier", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Units of the Armenian armed forces subjected our positions to fire from small arms", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    { quote: "its troops had taken «adequate retaliatory measures»", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "the Azeri report «does not correspond to reality»", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "the Armenian side had not opened fire", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "Azerbaijan of preparing the ground for a new offensive", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "Yerevan had sent a letter to the United Nations describing the incident", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "the letter listed eleven ceasefire violations by Azerbaijan since the start of the month", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "its ambassador had met officials in both capitals this week", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "no violations in the zone of its peacekeepers", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Armenia was rearming with help from abroad", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: 'Baku would "not tolerate any provocation"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 1],
    [4, 1],
  ],
};
