// Held-out text written AFTER all tuning (invented incident), as a last blind check: never tuned on,
// only its summary line looked at.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Armenia on Thursday blamed Azerbaijan for an explosion that cut the only gas pipeline supplying Karabakh, leaving some 120,000 people without heating in sub-zero temperatures.

"The pipeline was deliberately damaged in the section passing through territory controlled by Azerbaijan," the Armenian Foreign Ministry said. "This is a continuation of the policy of ethnic cleansing."

Baku's response came within hours. Azerbaijan's Foreign Ministry spokesman, Aykhan Hajizada, said the accusations were "another manifestation of Armenian propaganda" and that Azerbaijani engineers were ready to help repair the line.

The Azerbaijani presidential administration said it had offered to restore supplies through its own network. Officials in Yerevan rejected that proposal, saying it was an attempt to make Karabakh dependent on Baku.

Local residents said temperatures had dropped to minus 10 degrees Celsius overnight. Schools in Stepanakert were closed on Friday.

Russian peacekeepers, according to the Russian Defence Ministry, were escorting repair crews to the site. A Russian diplomat told the Interfax news agency that Moscow expected the pipeline to be repaired "within days".

The Armenian parliament speaker, Alen Simonyan, went further. He said Russia had failed to fulfil its duties under the 2020 agreement and had "closed its eyes" to the blockade.

The Kremlin dismissed that criticism as unfair. Its spokesman said Russian troops had prevented "much worse outcomes" in the region.

The European Commission said it was following developments with concern and urged all sides to refrain from actions that harm civilians.`;

export const gold: GoldText = {
  name: "held-out/04-gas-pipeline",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Azerbaijan for an explosion that cut the only gas pipeline supplying Karabakh", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "The pipeline was deliberately damaged in the section passing through territory controlled by Azerbaijan", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "This is a continuation of the policy of ethnic cleansing", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: 'the accusations were "another manifestation of Armenian propaganda"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Azerbaijani engineers were ready to help repair the line", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "it had offered to restore supplies through its own network", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "it was an attempt to make Karabakh dependent on Baku", actor: "Armenia", attribution: "PARAPHRASE" },
    // Fixed before the first run: first written as "Russian peacekeepers" alone, a slip; the statement
    // runs around the mid-sentence "according to", so the contiguous span holds the aside.
    { quote: "Russian peacekeepers, according to the Russian Defence Ministry, were escorting repair crews to the site", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: 'Moscow expected the pipeline to be repaired "within days"', actor: "Russia", attribution: "PARAPHRASE" },
    { quote: 'Russia had failed to fulfil its duties under the 2020 agreement and had "closed its eyes" to the blockade', actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: 'Russian troops had prevented "much worse outcomes" in the region', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 1],
    [10, 9],
  ],
};
