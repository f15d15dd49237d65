// Blind evaluation text: invented analysis piece; many analyst (third-party) quotes, officials named once then by surname,
// rhetorical questions, an anonymous Russian diplomatic source.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `ANALYSIS-Armenia's drift from Moscow tests the Kremlin's patience

YEREVAN/MOSCOW, Oct 8 (Reuters) - For three decades Armenia relied on Russia as its main security guarantor. Now officials in Yerevan openly question whether that guarantee was ever worth much, and Moscow appears unsure how to respond.

"What did our membership in the CSTO give us when our sovereign territory came under attack? Nothing," Armenian Foreign Minister Aram Movsisyan told Reuters in an interview. "An alliance that does not respond when one of its members is attacked is not an alliance."

Movsisyan said Yerevan had no plans to close the Russian military base in Gyumri, and that Armenia would nevertheless "diversify" its defence partnerships, pointing to recent contracts with India and France.

The shift has been gradual but unmistakable. Armenia has frozen its participation in the Russian-led Collective Security Treaty Organisation, skipped summits of the Eurasian Economic Union and invited European Union monitors to its border with Azerbaijan.

"Yerevan is hedging, not leaving," said Hayk Melkonyan of the Caucasus Policy Institute in Yerevan. "It cannot afford a complete break with Russia, which is still its biggest trading partner and controls much of its energy sector."

In Moscow, the tone has hardened. Kremlin spokesman Anatoly Zverev told reporters last month that Armenia remained "an ally and a strategic partner", but warned that "certain forces" were trying to drag Yerevan into an anti-Russian project.

Foreign Ministry spokeswoman Yelena Sorokina was blunter. "Yerevan is being pushed down a path that has already brought disaster to other countries in the post-Soviet space. We hope our Armenian friends will draw the right conclusions," she told state television.

Sorokina also accused the Armenian leadership of "ingratitude", noting that Russian peacekeepers had spent three years in Karabakh protecting its Armenian population.

Asked about her remarks, Movsisyan was unapologetic. "Armenia is not ungrateful. But gratitude cannot be a substitute for security," he said, adding that Armenia's foreign policy was "not directed against any country".

A Russian diplomatic source, speaking on condition of anonymity, said Moscow was "watching closely" but had no intention of withdrawing its troops from Gyumri. "Nobody is going to slam the door. But there are limits to our patience," the source said.

For analysts, the question is how far the Kremlin is prepared to go. "If Moscow pushes too hard, it loses Armenia entirely. If it does nothing, it looks weak in its own backyard. Which is worse for the Kremlin?" asked Sergei Lavrenov, a Moscow-based political analyst.

Russian diplomacy has so far stopped short of open economic pressure, although Russia's food safety watchdog last month banned imports of brandy from two Armenian producers. Melkonyan said Yerevan would read any further bans as a political signal.`;

export const gold: GoldText = {
  name: "blind/04-armenia-russia-analysis",
  actors: actorsWithoutAliases("Armenia", "Russia"),
  text,
  claims: [
    /* 0 */ { quote: "What did our membership in the CSTO give us when our sovereign territory came under attack? Nothing", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "An alliance that does not respond when one of its members is attacked is not an alliance", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "Yerevan had no plans to close the Russian military base in Gyumri", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'Armenia would nevertheless "diversify" its defence partnerships', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Armenia remained "an ally and a strategic partner"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: '"certain forces" were trying to drag Yerevan into an anti-Russian project', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Yerevan is being pushed down a path that has already brought disaster to other countries in the post-Soviet space. We hope our Armenian friends will draw the right conclusions", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: 'the Armenian leadership of "ingratitude"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Russian peacekeepers had spent three years in Karabakh protecting its Armenian population", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Armenia is not ungrateful. But gratitude cannot be a substitute for security", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: 'Armenia\'s foreign policy was "not directed against any country"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Moscow was "watching closely" but had no intention of withdrawing its troops from Gyumri', actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "Nobody is going to slam the door. But there are limits to our patience", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [
    [9, 7],
    [10, 5],
  ],
};
