// Sealed evaluation text (set C): AP-style wire; invented Ukrainian drone strike on a refinery in southern
// Russia. "Officials on both sides said" sourcing, a regional governor, two coordinated that-clauses, an
// anonymous Ukrainian security official, "called A a B", a quote before its attribution, a company's
// statement, an analyst and background narration.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Ukrainian drones set refinery ablaze in southern Russia; Kremlin vows response

KYIV, Ukraine (AP) — Ukrainian long-range drones set fire to an oil refinery in southern Russia overnight, officials on both sides said Tuesday, in the latest of a string of attacks on the Russian energy industry that Moscow calls terrorism and Kyiv calls fair retaliation.

Krasnodar regional Gov. Pavel Sorokin said debris from a downed drone had started a fire at the Ilsky refinery, about 40 kilometers (25 miles) southwest of the regional capital. Two workers were injured, he said, and the blaze was put out by 7 a.m.

Ukraine's General Staff gave a different account. It said in a statement that its forces had struck the refinery's main crude distillation unit and that "a series of explosions and a large fire" had been recorded at the site. The refinery processes about 6.6 million tons of crude a year and supplies fuel to Russian forces in southern Ukraine, the statement said.

A Ukrainian security official, speaking on condition of anonymity because he was not authorized to discuss the operation, told The Associated Press that the drones had flown more than 500 kilometers (310 miles) and that the SBU security service had carried out the strike together with the military.

Russia's Defense Ministry said air defenses had destroyed 64 Ukrainian drones overnight over seven regions, 29 of them over the Krasnodar region and the Black Sea. The ministry did not mention the refinery.

Kremlin spokesman Yegor Lavrinov called the strikes "terrorist attacks on civilian infrastructure" and said they would "not go unanswered." He did not elaborate.

"Refineries that fuel the tanks shelling our cities are not civilian infrastructure," Ukrainian Foreign Ministry spokesman Yurii Danyliuk wrote on X a few hours later. "They are part of Russia's war machine, and they will remain targets as long as the war goes on."

The refinery's operator said in a statement that processing had been partly suspended and that there was no threat to fuel supplies in the region. It did not say how long repairs would take.

Russia's Deputy Energy Minister Konstantin Belyaev told the Interfax news agency that fuel stocks in the south were sufficient and that the ministry saw no need to extend a ban on gasoline exports that expires at the end of the month.

Ukraine has hit dozens of Russian refineries, oil depots and pumping stations since early 2024. At times, industry analysts estimate, as much as a sixth of Russia's refining capacity has been out of action.

"Each strike on its own is repairable within weeks," said Matthew Crane, an energy analyst at a London consultancy. "The problem for Moscow is that they keep coming, and spare parts for Western-built units are hard to get under sanctions."

Moscow has answered with its own campaign against Ukraine's power grid. Ukraine's Energy Ministry said Russian missiles and drones had damaged power facilities in the Poltava and Sumy regions overnight, cutting electricity to about 80,000 households.

Russia's Defense Ministry said it had carried out a "massive strike" on Ukrainian energy facilities that supply the military-industrial complex. Ukrainian officials denied that any military site had been hit, saying the damaged substations served homes, hospitals and a water pumping plant.

Associated Press writers Oksana Melnyk in Kyiv and Pavel Sedov in Tallinn, Estonia, contributed.`;

export const gold: GoldText = {
  name: "sealed-c/02-ilsky-refinery-drones",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Left out of gold: the headline (no statement after "vows response"); "officials on both sides said"
  // (sourcing naming no single actor); "that Moscow calls terrorism and Kyiv calls fair retaliation"
  // (naming, not a statement); "gave a different account" (no statement of its own); the refinery
  // operator's statement (a company); "industry analysts estimate" and the analyst Crane; narration ("The
  // ministry did not mention the refinery", "He did not elaborate", "Moscow has answered with ...").
  // Judgment calls: coordinated that-clauses are one claim each (3 and 4, 6 and 7, 13 and 14); the General
  // Staff's strike on the distillation unit contradicts the governor's falling debris and is linked to it;
  // "saying the damaged substations ..." after the denial is its own claim.
  claims: [
    /* 0 */ { quote: `debris from a downed drone had started a fire at the Ilsky refinery, about 40 kilometers (25 miles) southwest of the regional capital`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `Two workers were injured`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the blaze was put out by 7 a.m`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `its forces had struck the refinery's main crude distillation unit`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `"a series of explosions and a large fire" had been recorded at the site`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `The refinery processes about 6.6 million tons of crude a year and supplies fuel to Russian forces in southern Ukraine`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the drones had flown more than 500 kilometers (310 miles)`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `the SBU security service had carried out the strike together with the military`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `air defenses had destroyed 64 Ukrainian drones overnight over seven regions, 29 of them over the Krasnodar region and the Black Sea`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `the strikes "terrorist attacks on civilian infrastructure"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `they would "not go unanswered`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `Refineries that fuel the tanks shelling our cities are not civilian infrastructure`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: `They are part of Russia's war machine, and they will remain targets as long as the war goes on`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: `fuel stocks in the south were sufficient`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `the ministry saw no need to extend a ban on gasoline exports that expires at the end of the month`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Russian missiles and drones had damaged power facilities in the Poltava and Sumy regions overnight, cutting electricity to about 80,000 households`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `it had carried out a "massive strike" on Ukrainian energy facilities that supply the military-industrial complex`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: `any military site had been hit`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 18 */ { quote: `the damaged substations served homes, hospitals and a water pumping plant`, actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 0],
    [11, 9],
    [17, 16],
  ],
};
