// Unseen evaluation text: an explainer on an invented review of the treaty on Russia's base in Gyumri,
// with question headings, a minister named with his country once and then by surname, the Kremlin,
// "Azerbaijani diplomacy", analysts and a CSTO official as third parties, and much narration.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `EXPLAINER-Why Armenia is reviewing the treaty on Russia's Gyumri base

YEREVAN, Nov 30 (AFP) - Armenia said this week it would review the treaty that lets Russia keep several thousand troops at a base in the northern city of Gyumri, the latest sign of how far the two formal allies have drifted apart. Here is what we know.

WHAT IS THE BASE?

The 102nd military base has been in Gyumri since Soviet times. A 1995 treaty, extended in 2010 until 2044, lets Moscow station troops, tanks and air-defence systems there, and Russian border guards long helped patrol Armenia's frontiers with Turkey and Iran. Russian guards left the crossing at the Yerevan airport in 2024.

WHAT DID ARMENIA SAY?

Armenian Foreign Minister Davit Hovsepyan told parliament on Tuesday that the government had set up a working group to "assess whether the treaty still serves Armenia's security". The base, he said, had "not been of any use" to Armenia when Azerbaijani troops crossed into its territory in 2021 and 2022.

Hovsepyan stressed that no decision to close the base had been taken. "We are not in a hurry and we are not acting against anyone," he said. "But a treaty that does not work in the hour of need has to be looked at again."

An official in the prime minister's office, who asked not to be named, said the review would take "at least several months" and would also cover the legal status of Russian servicemen who commit crimes in Armenia.

HOW HAS MOSCOW REACTED?

Coolly. The Kremlin said the base "plays an important stabilising role in the region" and that Moscow had received no official notification from Yerevan. Deputy Foreign Minister Sergei Avdeyev went further, accusing "certain forces in Yerevan" of trying to drag Armenia into the orbit of NATO "against the will of its own people".

Russian state television ran long reports on the base's history, while several Russian lawmakers suggested that Moscow could review gas prices for Armenia, which buys most of its gas from Russia.

WHAT ABOUT AZERBAIJAN?

Azerbaijani diplomacy has been careful. Foreign Ministry spokesman Aykhan Guliyev said only that Baku "respects the sovereign decisions of its neighbours" and that the presence of foreign troops in the region "has never brought peace". Azerbaijan hosts no foreign bases, although Turkish officers train its army.

WHAT DO ANALYSTS SAY?

Most expect the review to drag on. "Yerevan is sending a signal, not packing Russia's bags," said Tatevik Melkonyan of the Caucasus Policy Institute, a Yerevan think tank. "Closing the base would need a replacement security guarantee, and nobody in the West is offering one."

A spokesman for the Russian-led Collective Security Treaty Organization, whose activities Armenia froze in 2024, said the bloc's secretariat had "taken note" of the statements from Yerevan and hoped Armenia would return to full participation.

WHAT HAPPENS NEXT?

The working group is due to report to the government early next year. Under the treaty, either side can end it with a year's notice, though neither has ever done so.`;

export const gold: GoldText = {
  name: "unseen/03-gyumri-base-explainer",
  actors: actorsWithoutAliases("Armenia", "Russia", "Azerbaijan"),
  text,
  // Not gold: the headings and background, "several Russian lawmakers" (parliamentarians speaking for
  // themselves, not for the state), the analyst and the CSTO spokesman. Claim 2's span keeps the
  // parenthetical "he said" inside it: it is the smallest stretch holding the whole statement.
  claims: [
    /* 0 */ { quote: "it would review the treaty that lets Russia keep several thousand troops at a base in the northern city of Gyumri", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the government had set up a working group to "assess whether the treaty still serves Armenia\'s security"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'The base, he said, had "not been of any use" to Armenia when Azerbaijani troops crossed into its territory in 2021 and 2022', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "no decision to close the base had been taken", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "We are not in a hurry and we are not acting against anyone", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "But a treaty that does not work in the hour of need has to be looked at again", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: 'the review would take "at least several months" and would also cover the legal status of Russian servicemen who commit crimes in Armenia', actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: 'the base "plays an important stabilising role in the region"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Moscow had received no official notification from Yerevan", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: '"certain forces in Yerevan" of trying to drag Armenia into the orbit of NATO "against the will of its own people"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Baku "respects the sovereign decisions of its neighbours"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'the presence of foreign troops in the region "has never brought peace"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[7, 2]],
};
