// Held-out text (written for this bench with the dev texts, invented incident): Russia and Ukraine,
// typographic quotes. Not tuned on: only its summary line is looked at.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Moscow claimed on Friday that Ukrainian saboteurs had attempted to cross into the Bryansk region and had been “eliminated” by border guards.

“A sabotage and reconnaissance group of up to fifteen people was detected and destroyed,” the Russian FSB security service said. The agency added that weapons and explosives had been seized.

Kyiv rejected the account as fiction. A spokesman for Ukraine’s military intelligence, Andriy Yusov, said the claims were “a planned provocation” meant to justify new strikes on Ukrainian cities. “No Ukrainian units operated on Russian territory,” he said.

The Ukrainian General Staff reported that Russian forces had shelled eleven settlements in the Sumy region over the previous day.

Fighting along the northern border has intensified this spring. Thousands of residents have left villages within ten kilometres of the frontier.

Russian President Vladimir Putin, speaking on state television, called the incursion a terrorist attack. Putin said that Russia would create a buffer zone along the border.

According to a senior Ukrainian official who spoke on condition of anonymity, Russia was massing troops near Kharkiv.

The Institute for the Study of War, a US-based think tank, said it could not independently verify either side’s account. NATO's secretary general said the alliance was monitoring the situation.

Ukrainian Foreign Minister Dmytro Kuleba wrote on X that the story about saboteurs was invented in Moscow. “Russia is inventing pretexts, as it always does,” Kuleba wrote.`;

export const gold: GoldText = {
  name: "held-out/02-bryansk-saboteurs",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  claims: [
    { quote: "Ukrainian saboteurs had attempted to cross into the Bryansk region and had been “eliminated” by border guards", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "A sabotage and reconnaissance group of up to fifteen people was detected and destroyed", actor: "Russia", attribution: "DIRECT_QUOTE" },
    { quote: "weapons and explosives had been seized", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "the claims were “a planned provocation” meant to justify new strikes on Ukrainian cities", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "No Ukrainian units operated on Russian territory", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    { quote: "Russian forces had shelled eleven settlements in the Sumy region over the previous day", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "the incursion a terrorist attack", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Russia would create a buffer zone along the border", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Russia was massing troops near Kharkiv", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    { quote: "the story about saboteurs was invented in Moscow", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Russia is inventing pretexts, as it always does", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [3, 0],
    [4, 0],
    [9, 0],
  ],
};
