// Blind evaluation text: invented incident, wire style (Reuters-like dateline, lead accusation, denial, anonymous source).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `BAKU, March 3 (Reuters) - Azerbaijan on Tuesday accused Armenia of shelling a border village overnight and wounding two civilians, in what would be the most serious incident on the frontier since the two countries initialled a peace framework last year.

The Azerbaijani Defence Ministry said Armenian units stationed near the village of Sotk had opened fire with mortars at about 2:40 a.m. (2240 GMT on Monday) on the village of Zamanli in the Kalbajar district. A 54-year-old woman and her teenage son were taken to hospital with shrapnel wounds, the ministry said.

"Armenia's armed forces continue to resort to provocations despite our repeated warnings. Responsibility for any escalation lies entirely with the political and military leadership in Yerevan," ministry spokesman Kamran Huseynli told reporters.

Huseynli said Azerbaijani forces had taken "adequate retaliatory measures" but gave no details.

Armenia's Defence Ministry denied its troops had fired on Azerbaijani territory and described the report as a "pre-planned provocation".

"Not a single shot was fired from our positions on that section of the border. On the contrary, Azerbaijani units opened small-arms fire on the outskirts of Sotk shortly after midnight," the ministry said in a statement.

A source in the Armenian Defence Ministry told Reuters that Azerbaijani drones had been spotted over the area several hours before the alleged shelling. "It looks like a staged incident to us," said the source, who spoke on condition of anonymity because he was not authorised to speak to the media.

Reuters could not independently verify either side's account.

The European Union's civilian monitoring mission in Armenia said its patrols had heard "sporadic explosions" in the area overnight but had been unable to establish where the fire came from.

In Moscow, Foreign Ministry spokeswoman Irina Volkova said Russia was ready to help the two sides "de-escalate the situation" and warned that attempts by outside powers to exploit the incident would only deepen mistrust in the region.

"We are in contact with both Baku and Yerevan," she said.

Azerbaijan and Armenia fought two wars over the Karabakh region, which Azerbaijan retook in a lightning offensive in September 2023, prompting almost all of its roughly 100,000 ethnic Armenians to flee. The two sides have since been negotiating a peace treaty, but it has yet to be signed.`;

export const gold: GoldText = {
  name: "blind/01-border-shelling",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: "Armenia of shelling a border village overnight and wounding two civilians", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Armenian units stationed near the village of Sotk had opened fire with mortars at about 2:40 a.m. (2240 GMT on Monday) on the village of Zamanli in the Kalbajar district", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "A 54-year-old woman and her teenage son were taken to hospital with shrapnel wounds", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Armenia's armed forces continue to resort to provocations despite our repeated warnings. Responsibility for any escalation lies entirely with the political and military leadership in Yerevan", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: 'Azerbaijani forces had taken "adequate retaliatory measures"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "its troops had fired on Azerbaijani territory", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'the report as a "pre-planned provocation"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Not a single shot was fired from our positions on that section of the border. On the contrary, Azerbaijani units opened small-arms fire on the outskirts of Sotk shortly after midnight", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Azerbaijani drones had been spotted over the area several hours before the alleged shelling", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: "It looks like a staged incident to us", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: 'Russia was ready to help the two sides "de-escalate the situation"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "attempts by outside powers to exploit the incident would only deepen mistrust in the region", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "We are in contact with both Baku and Yerevan", actor: "Russia", attribution: "DIRECT_QUOTE" },
  ],
  // General denials are linked to the earliest claim of the other side that they contradict (the lead accusation).
  rebuttals: [
    [5, 0],
    [6, 0],
    [7, 0],
    [9, 0],
  ],
};
