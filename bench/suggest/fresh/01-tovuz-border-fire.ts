// Fresh evaluation text (wire copy): invented border incident; headline, dateline, ministry statement then
// "it", a denial quote, a spokeswoman, EU monitors (third party), "called A a B", an anonymous Armenian source.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Azerbaijan accuses Armenia of firing on border posts, Yerevan denies

BAKU/YEREVAN, March 9 (Reuters) - Azerbaijan's Defence Ministry said on Sunday that Armenian forces had fired on its positions near the village of Kokhanabi in the Tovuz district overnight, the first such accusation in months, while Yerevan said its troops had not opened fire.

The ministry said in a statement that the shooting, from small arms and a large-calibre machine gun, lasted about 40 minutes and that Azerbaijani units had taken "adequate retaliatory measures". It said there were no casualties on the Azerbaijani side.

Armenia's Defence Ministry rejected the account. "The information disseminated by the Azerbaijani side does not correspond to reality. Units of the Armenian Armed Forces did not open fire in the direction of Azerbaijani positions on the night of March 8-9," it said in a statement.

Ministry spokeswoman Aregnaz Harutyunyan told reporters in Yerevan that posts in the Tavush region had recorded no exchange of fire, and she invited international observers to visit the area.

The European Union's civilian monitoring mission in Armenia, which patrols the Armenian side of the border, said its teams had not observed any shooting in the area on Saturday night. The mission has no access to the Azerbaijani side of the frontier.

Farid Aliyarov, a foreign policy aide to Azerbaijan's president, called the Armenian denial "a familiar tactic" and accused Yerevan of trying to undermine a draft peace agreement that both governments initialled last year.

"Every time we come close to signing, there is a provocation on the border," Aliyarov told the state news agency AZERTAC. "We expect Yerevan to investigate and to punish those responsible."

An Armenian government source, who asked not to be named because he was not authorised to speak to the media, said the accusation appeared timed to coincide with a visit by Armenia's foreign minister to Brussels this week.

Armenian Foreign Minister Levon Ghazaryan, speaking in Brussels, said Yerevan remained committed to the agreement and would not be drawn into "an exchange of accusations". He said Armenia had proposed a joint mechanism to investigate border incidents, an idea he said Baku had yet to answer.

The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive in September 2023, prompting almost all of the region's ethnic Armenians to flee to Armenia.

Diplomats in the region say both sides have largely kept the peace along the 1,000-km (620-mile) border since then. "Incidents like this are rare now, and both capitals have an interest in keeping them that way," said Thomas Reinholt, a South Caucasus analyst at a Berlin-based think tank.`;

export const gold: GoldText = {
  name: "fresh/01-tovuz-border-fire",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia"),
  text,
  claims: [
    /* 0 */ { quote: "Armenia of firing on border posts", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Armenian forces had fired on its positions near the village of Kokhanabi in the Tovuz district overnight", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "its troops had not opened fire", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "the shooting, from small arms and a large-calibre machine gun, lasted about 40 minutes", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Azerbaijani units had taken "adequate retaliatory measures"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "there were no casualties on the Azerbaijani side", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "The information disseminated by the Azerbaijani side does not correspond to reality. Units of the Armenian Armed Forces did not open fire in the direction of Azerbaijani positions on the night of March 8-9", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "posts in the Tavush region had recorded no exchange of fire", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'the Armenian denial "a familiar tactic"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Yerevan of trying to undermine a draft peace agreement that both governments initialled last year", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Every time we come close to signing, there is a provocation on the border", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "We expect Yerevan to investigate and to punish those responsible", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "the accusation appeared timed to coincide with a visit by Armenia's foreign minister to Brussels this week", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 13 */ { quote: 'Yerevan remained committed to the agreement and would not be drawn into "an exchange of accusations"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Armenia had proposed a joint mechanism to investigate border incidents", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Baku had yet to answer", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  // The two denials answer the lede's accusation; Aliyarov's "familiar tactic" answers the quoted denial;
  // Ghazaryan's commitment answers the accusation of undermining the agreement.
  rebuttals: [
    [2, 1],
    [6, 1],
    [7, 1],
    [8, 6],
    [13, 9],
  ],
};
