// Dev text written AFTER the first tuning round (invented incident), as a blind check: it scored claims
// F1 0.43 on its first run (trailing attributions with any prepositional phrase, "Instead it said",
// ", however," asides, "a charge Ukraine denies" read as an attribution), and was then tuned on.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Ukraine said on Wednesday it had destroyed a Russian landing ship in the Black Sea, the third such vessel lost by Moscow this year.

Ukraine's navy spokesman Dmytro Pletenchuk said the ship had been hit by naval drones near Feodosia. "The vessel sank within minutes," he said on national television.

The Russian Defence Ministry made no mention of the ship. Instead it said its air defences had intercepted 38 Ukrainian drones over Crimea and the Krasnodar region.

Kremlin spokesman Dmitry Peskov declined to comment, referring questions to the military. Russian military bloggers, however, reported heavy damage in the port.

Satellite images reviewed by Reuters showed smoke rising over the harbour.

Ukrainian President Volodymyr Zelensky praised the navy. "Every ship we sink brings the end of this war closer," Zelensky said in his nightly address. He said Russia's fleet was "no longer safe anywhere in the Black Sea".

Moscow has accused Kyiv of using Western intelligence to plan the strikes, a charge Ukraine denies. Russian Foreign Ministry spokeswoman Maria Zakharova said Britain was "directly involved" in the attacks.

London has not commented. A British defence official said Ukraine had "demonstrated remarkable ingenuity".`;

export const gold: GoldText = {
  name: "dev/06-feodosia-ship",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  claims: [
    { quote: "it had destroyed a Russian landing ship in the Black Sea", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "the ship had been hit by naval drones near Feodosia", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "The vessel sank within minutes", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    { quote: "its air defences had intercepted 38 Ukrainian drones over Crimea and the Krasnodar region", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Every ship we sink brings the end of this war closer", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    { quote: `Russia's fleet was "no longer safe anywhere in the Black Sea"`, actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Kyiv of using Western intelligence to plan the strikes", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: `Britain was "directly involved" in the attacks`, actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [],
};
