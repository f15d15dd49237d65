// Dev text (written for this bench, invented incident): Russia and Ukraine, typographic quotes, a
// quote across sentences, "the spokesman", "he" back-references, a third country (Romania).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kyiv on Sunday accused Moscow of striking a grain terminal in Izmail, on the Danube, with Shahed drones overnight.

“Russia attacked civilian port infrastructure again. Three warehouses were destroyed and a fire broke out at the terminal,” the Ukrainian Infrastructure Ministry said in a statement on Telegram. It said that no one had been killed.

The Russian Defence Ministry said its forces had carried out a “precision strike” on fuel depots used by the Ukrainian army. The spokesman, Igor Konashenkov, insisted that all designated targets had been hit.

Ukrainian President Volodymyr Zelensky called the attack a deliberate attempt to starve the world of grain. Zelensky said that Russian drones had flown close to the Romanian border.

Kremlin spokesman Dmitry Peskov denied that Russia was targeting food exports. “These claims are groundless,” he told reporters. “We strike only military targets.”

Romania's defence ministry said it had found no evidence that any drone had entered its airspace.

Grain prices rose by almost 5% on European markets after the strike. Izmail has become a key route for Ukrainian exports since Russia withdrew from the Black Sea grain deal in July.

According to the Ukrainian air force, 22 of 25 drones launched overnight were shot down. Moscow said the figure was invented.

Ukraine's foreign minister, Dmytro Kuleba, wrote that the strike showed the need for more air defence systems. Kuleba added: “Every drone that reaches the Danube is a message to the whole of Europe.”`;

export const gold: GoldText = {
  name: "dev/03-danube-drones",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  claims: [
    { quote: "Moscow of striking a grain terminal in Izmail, on the Danube, with Shahed drones overnight", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Russia attacked civilian port infrastructure again. Three warehouses were destroyed and a fire broke out at the terminal", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    { quote: "no one had been killed", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "its forces had carried out a “precision strike” on fuel depots used by the Ukrainian army", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "all designated targets had been hit", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "the attack a deliberate attempt to starve the world of grain", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Russian drones had flown close to the Romanian border", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Russia was targeting food exports", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "These claims are groundless", actor: "Russia", attribution: "DIRECT_QUOTE" },
    { quote: "We strike only military targets", actor: "Russia", attribution: "DIRECT_QUOTE" },
    { quote: "22 of 25 drones launched overnight were shot down", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "the figure was invented", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "the strike showed the need for more air defence systems", actor: "Ukraine", attribution: "PARAPHRASE" },
    { quote: "Every drone that reaches the Danube is a message to the whole of Europe", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [7, 5],
    [8, 5],
    [11, 10],
  ],
};
