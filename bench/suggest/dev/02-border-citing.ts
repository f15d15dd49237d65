// Dev text (written for this bench, invented incident): a border incursion, "X, citing Y" chains,
// anonymous sources, an adviser named without his country, third parties (OSCE, rights groups).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Armenia's Defence Ministry said on Thursday that Azerbaijani troops had crossed the border near Jermuk and occupied two hilltops overnight. "The enemy is using artillery and large-calibre weapons against our positions," the ministry said.

Azerbaijan denied that its forces had entered Armenian territory. A source in the Azerbaijani Defense Ministry said the units were responding to Armenian sabotage groups that had mined supply roads.

Russian Foreign Ministry spokeswoman Maria Zakharova, citing information from Yerevan, said that at least fifteen Armenian soldiers had been killed in the fighting. She urged both sides to return to the negotiating table.

The Kremlin, citing contacts in Baku, said the Azerbaijani leadership had agreed to halt the advance. Azerbaijani officials did not confirm that account.

Border disputes between the two countries have never been settled. The frontier was drawn in Soviet times and many sections were never demarcated.

An Armenian official who asked not to be named said the government would ask Moscow for help under the Collective Security Treaty Organization. "We cannot wait for another village to fall," the official said. "Every hour counts."

In Baku, President Ilham Aliyev's office said it had evidence that Armenian units fired first. Aliyev's adviser Hikmet Hajiyev later told journalists that the allegations of an invasion were "absurd" and that Azerbaijani forces had not crossed into Armenia.

The Organization for Security and Co-operation in Europe said its monitors were not present in the area. Human rights groups warned that civilians in border villages were fleeing.

The Armenian Foreign Ministry accused Baku of trying to force concessions at the negotiating table with violence.`;

export const gold: GoldText = {
  name: "dev/02-border-citing",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Azerbaijani troops had crossed the border near Jermuk and occupied two hilltops overnight", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "The enemy is using artillery and large-calibre weapons against our positions", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "its forces had entered Armenian territory", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "the units were responding to Armenian sabotage groups that had mined supply roads", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    { quote: "at least fifteen Armenian soldiers had been killed in the fighting", actor: "Armenia", attribution: "PARAPHRASE", relayedBy: "Russia" },
    { quote: "the Azerbaijani leadership had agreed to halt the advance", actor: "Azerbaijan", attribution: "PARAPHRASE", relayedBy: "Russia" },
    { quote: "the government would ask Moscow for help under the Collective Security Treaty Organization", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    { quote: "We cannot wait for another village to fall", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    { quote: "Every hour counts", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    { quote: "it had evidence that Armenian units fired first", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: 'the allegations of an invasion were "absurd"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Azerbaijani forces had not crossed into Armenia", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Baku of trying to force concessions at the negotiating table with violence", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [2, 0],
    [10, 0],
    [11, 0],
  ],
};
