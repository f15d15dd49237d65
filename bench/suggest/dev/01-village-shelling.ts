// Dev text (written for this bench, invented incident): an accusation, a flat denial in two quotes,
// a minister named once with his country and then by surname, Armenian reactions, third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia on Tuesday accused Azerbaijan of shelling the village of Parukh overnight, in what Moscow described as the most serious breach of the truce this year.

The Russian Defense Ministry said that Azerbaijani artillery had fired more than forty rounds at positions held by Karabakh forces. "Our peacekeepers recorded the fire from the direction of Aghdam," the ministry said in a statement. It added that no peacekeepers were hurt.

Baku rejected the account. "The information spread by the Russian side is false and does not reflect the truth," the Azerbaijani Defense Ministry said. "No units of the Azerbaijani army opened fire in the area. Our positions came under attack and we responded proportionately."

Azerbaijani Foreign Minister Jeyhun Bayramov told reporters that the accusations were a provocation aimed at derailing peace talks. Bayramov later insisted that Azerbaijan remained committed to the trilateral statement.

The region has seen sporadic clashes since the 2020 war, which ended with a Russian-brokered ceasefire. Around 2,000 Russian peacekeepers are deployed along the line of contact.

In Yerevan, the Armenian government said it was deeply alarmed. Armenian Prime Minister Nikol Pashinian called the shelling a deliberate attempt to empty the region of its Armenian population. Pashinian warned that further attacks would make negotiations impossible.

The European Union called on both sides to exercise restraint. "Violence is not a solution," an EU spokesperson said, adding that the bloc stood ready to support dialogue.

According to the Nagorno-Karabakh authorities, two civilians were wounded in the village.

The United Nations did not comment on the incident.`;

export const gold: GoldText = {
  name: "dev/01-village-shelling",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Azerbaijan of shelling the village of Parukh overnight", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Azerbaijani artillery had fired more than forty rounds at positions held by Karabakh forces", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Our peacekeepers recorded the fire from the direction of Aghdam", actor: "Russia", attribution: "DIRECT_QUOTE" },
    { quote: "no peacekeepers were hurt", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "The information spread by the Russian side is false and does not reflect the truth", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    { quote: "No units of the Azerbaijani army opened fire in the area. Our positions came under attack and we responded proportionately", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    { quote: "the accusations were a provocation aimed at derailing peace talks", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Azerbaijan remained committed to the trilateral statement", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "it was deeply alarmed", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "the shelling a deliberate attempt to empty the region of its Armenian population", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "further attacks would make negotiations impossible", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [4, 0],
    [5, 1],
    [6, 0],
  ],
};
