// Held-out text (written for this bench with the dev texts, invented incident): the Lachin corridor.
// Not tuned on: only its summary line is looked at.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Azerbaijan's Defence Ministry said on Wednesday that Armenian troops had opened fire on Azerbaijani positions in the Lachin corridor area, and that Azerbaijani units had returned fire.

Yerevan dismissed the claim. "The statement of the Azerbaijani side is untrue. Our units did not fire a single shot," the Armenian Defence Ministry said in a post on its website.

According to Moscow, the incident lasted about twenty minutes and caused no casualties. The Russian peacekeeping command said that it had set up an additional observation point near the corridor.

Armenian Foreign Minister Ararat Mirzoyan accused Baku of inventing incidents to justify a blockade of the road. Mirzoyan told a news conference in Yerevan that food and medicine were running out in Stepanakert.

The corridor is the only road linking Karabakh with Armenia. It has been closed to civilian traffic since December, when protesters claiming to be environmental activists set up camp on it.

A spokesman for Azerbaijan's Foreign Ministry, Aykhan Hajizada, said the allegations of a blockade were groundless. He said that the road was open for humanitarian deliveries and that the International Committee of the Red Cross had used it dozens of times.

The ICRC said it had been able to carry out some medical evacuations but that supplies remained insufficient.

Russian Foreign Minister Sergei Lavrov, citing Azerbaijani officials, said that several trucks had crossed the corridor on Tuesday. Lavrov urged Baku and Yerevan to show restraint.

An Azerbaijani government official, speaking on condition of anonymity, said that Baku was ready to install a checkpoint at the entrance to the corridor.`;

export const gold: GoldText = {
  name: "held-out/01-lachin-corridor",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Armenian troops had opened fire on Azerbaijani positions in the Lachin corridor area", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Azerbaijani units had returned fire", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "The statement of the Azerbaijani side is untrue. Our units did not fire a single shot", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "the incident lasted about twenty minutes and caused no casualties", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "it had set up an additional observation point near the corridor", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Baku of inventing incidents to justify a blockade of the road", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "food and medicine were running out in Stepanakert", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "the allegations of a blockade were groundless", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "the road was open for humanitarian deliveries", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "the International Committee of the Red Cross had used it dozens of times", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "several trucks had crossed the corridor on Tuesday", actor: "Azerbaijan", attribution: "PARAPHRASE", relayedBy: "Russia" },
    { quote: "Baku was ready to install a checkpoint at the entrance to the corridor", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [
    [2, 0],
    [7, 5],
  ],
};
