// Unseen evaluation text: an invented missile strike on a Turkish-owned cargo ship in an Odesa-region
// port, AP style: a regional governor, a navy spokesman, "X called A a B", Turkey relaying a Ukrainian
// authority, the shipowner and the crew as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russian missile hits Turkish-owned cargo ship in Ukrainian port, Kyiv says

By OKSANA HRYTSENKO and ELIF DEMIR
Associated Press

ODESA, Ukraine (AP) - A Russian ballistic missile struck a Turkish-owned cargo ship as it was being loaded with sunflower oil in a port near Odesa early Saturday, wounding four crew members and starting a fire that burned for hours, Ukrainian officials said.

Odesa regional governor Mykola Savchuk said the Iskander missile hit the Panama-flagged vessel at the port of Chornomorsk shortly before 2 a.m. local time. Two Turkish sailors and two Ukrainian dock workers were taken to hospital, one of them in serious condition, he said.

"There were no soldiers on that ship, only sailors and oil. Russia knew exactly what it was aiming at," Savchuk wrote on Telegram, posting photos of a blackened deck and twisted cranes.

Russia's Defense Ministry said its forces had carried out a "precision strike" on a port warehouse in Chornomorsk where, it said, Ukraine was storing naval drones supplied by Western countries. The ministry did not mention the ship.

Ukraine's navy spokesman, Capt. Dmytro Voloshyn, denied that any military equipment had been stored in the port. "This is a civilian grain and oil terminal. The Russians can repeat their fairy tales as long as they like," he told the AP.

Foreign Minister Andriy Levchenko called the Russian statement "a cynical lie meant to frighten shipowners away from Ukraine." He said the attack was the ninth on a civilian vessel in Ukrainian ports since August and that Turkey and other Black Sea states should "draw conclusions."

In Ankara, Turkey's Transport Minister Ahmet Kurtoglu, citing the Ukrainian Sea Ports Authority, said the ship's hull had not been breached and that the vessel was in no danger of sinking.

Turkey's Foreign Ministry said it was "deeply concerned" and was in contact with both Moscow and Kyiv. "Attacks on civilian shipping in the Black Sea threaten the security of navigation for all coastal states," the ministry said in a written statement. It did not say who had fired the missile.

The Istanbul-based company that owns the ship said in a brief statement that the crew had been evacuated and that it was assessing the damage. A sailor reached by phone, who gave only his first name, Mehmet, said the blast had thrown him off his bunk. "I thought the whole ship was going down," he said.

Russia and Ukraine have traded accusations over Black Sea shipping since Moscow pulled out of a U.N.-brokered grain deal in July 2023. Ukraine has since pushed Russia's fleet out of the western Black Sea with sea drones and kept its own corridor open, and exports through its ports have recovered to near pre-war levels.

Kremlin spokesman Dmitry Voronov, asked about the ship on Saturday, said he had no information and referred questions to the military. He said Russia "does not strike civilian targets."

The strike came a day after Ukraine said its drones had hit an oil depot in Russia's Krasnodar region. Russian officials said that attack was repelled and caused no damage.`;

export const gold: GoldText = {
  name: "unseen/05-odesa-cargo-ship",
  actors: actorsWithoutAliases("Ukraine", "Russia", "Turkey"),
  text,
  // Not gold: the shipowner, the sailor, and the background narration. The headline's "Kyiv says" and
  // the lead's "Ukrainian officials said" are gold: the same statement as the governor's below, made once
  // more in the story's own shorthand. AP style puts commas and full stops inside the quote marks:
  // they stay out of the spans all the same.
  claims: [
    /* 0 */ { quote: "Russian missile hits Turkish-owned cargo ship in Ukrainian port", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "A Russian ballistic missile struck a Turkish-owned cargo ship as it was being loaded with sunflower oil in a port near Odesa early Saturday, wounding four crew members and starting a fire that burned for hours", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the Iskander missile hit the Panama-flagged vessel at the port of Chornomorsk shortly before 2 a.m. local time", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Two Turkish sailors and two Ukrainian dock workers were taken to hospital, one of them in serious condition", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "There were no soldiers on that ship, only sailors and oil. Russia knew exactly what it was aiming at", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'its forces had carried out a "precision strike" on a port warehouse in Chornomorsk where, it said, Ukraine was storing naval drones supplied by Western countries', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "any military equipment had been stored in the port", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "This is a civilian grain and oil terminal. The Russians can repeat their fairy tales as long as they like", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'the Russian statement "a cynical lie meant to frighten shipowners away from Ukraine', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "the attack was the ninth on a civilian vessel in Ukrainian ports since August", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Turkey and other Black Sea states should "draw conclusions', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the ship's hull had not been breached and that the vessel was in no danger of sinking", actor: "Ukraine", attribution: "PARAPHRASE", relayedBy: "Turkey" },
    /* 12 */ { quote: 'it was "deeply concerned" and was in contact with both Moscow and Kyiv', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Attacks on civilian shipping in the Black Sea threaten the security of navigation for all coastal states", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "he had no information", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Russia "does not strike civilian targets', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "its drones had hit an oil depot in Russia's Krasnodar region", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "that attack was repelled and caused no damage", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [6, 5],
    [7, 5],
    [8, 5],
    // The Kremlin's general denial, asked about the ship: linked to the governor's charge of deliberate aim.
    [15, 4],
    [17, 16],
  ],
};
