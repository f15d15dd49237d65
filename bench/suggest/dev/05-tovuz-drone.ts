// Dev text written AFTER the first tuning round (invented incident), as a blind check: it scored claims
// F1 0.67 on its first run (recall 0.50: "told <anyone> that", "…,” X told parliament", "…, adding
// that …" were missed), and was then tuned on, so it is dev material now. Gold written before that run;
// its two rebuttal pairs were added afterwards without looking at the rebuttal output.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Officials in Baku said on Tuesday that an Armenian drone had been shot down over the Tovuz district.

The Armenian side insists no drone was launched. "This is yet another fabrication," Armenia's Defence Ministry spokeswoman Aram Torosyan wrote on Facebook, adding that Azerbaijani forces had shelled the village of Chinari overnight.

Russia's ambassador in Yerevan, however, said the incident should be investigated. Moscow has repeatedly offered to mediate.

Azerbaijan's president, Ilham Aliyev, told a cabinet meeting that his country "will never allow" attacks on its territory. Aliyev also claimed Armenia was receiving weapons from France.

Paris rejected the claim. French officials said no weapons had been delivered.

The shooting comes two weeks before talks in Brussels. Diplomats said the meeting could be postponed.

"We are ready to sign a peace treaty tomorrow," Armenian Prime Minister Nikol Pashinyan told parliament. "But not at any price."

The Kremlin noted that Russian peacekeepers had recorded three violations of the ceasefire on Monday.`;

export const gold: GoldText = {
  name: "dev/05-tovuz-drone",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "an Armenian drone had been shot down over the Tovuz district", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "no drone was launched", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "This is yet another fabrication", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "Azerbaijani forces had shelled the village of Chinari overnight", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "the incident should be investigated", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: 'his country "will never allow" attacks on its territory', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Armenia was receiving weapons from France", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "We are ready to sign a peace treaty tomorrow", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "But not at any price", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "Russian peacekeepers had recorded three violations of the ceasefire on Monday", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [1, 0],
    [2, 0],
  ],
};
