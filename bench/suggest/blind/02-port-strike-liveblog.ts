// Blind evaluation text: invented incident, live blog with timestamps, present-tense "says", Telegram/X posts.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Live: Drones hit Danube port as Black Sea shipping talks open in Istanbul

08:05 - Good morning and welcome to our live coverage. Ukraine's southern Odesa region came under a large-scale drone attack overnight, with explosions heard in Izmail and Reni on the Danube.

08:20 - Ukraine's air force says it shot down 31 of the 38 Shahed-type attack drones launched by Russia overnight, most of them over the Odesa and Mykolaiv regions.

08:47 - The Southern Defence Forces wrote on Telegram that port infrastructure in Izmail had been hit and a fire had broken out at a grain terminal. "According to preliminary information, there are no casualties. Firefighters are working at the scene," the command wrote.

09:30 - Russia's Defence Ministry has given its own account. It says its forces carried out a "group strike with long-range precision weapons and attack drones" on port facilities "used by the Kyiv regime to receive Western weapons and foreign mercenaries". All designated targets were hit, the ministry says.

10:15 - Ukraine's Foreign Ministry has responded. "There are no military facilities in the port of Izmail. Russia is deliberately striking the grain export infrastructure on which dozens of countries depend for food," spokesman Oleh Marchenko wrote on X.

10:40 - The UN's humanitarian coordinator for Ukraine says she is "appalled" by the repeated attacks on the Danube ports, which she described as "a lifeline not just for Ukraine but for millions of people in the Middle East and Africa".

11:40 - Kremlin spokesman Anatoly Zverev has been speaking to reporters on his daily conference call. He says Moscow sees no reason to return to the Black Sea grain arrangement "in its previous form". "The promises made to Russia under that deal were never kept," Zverev said.

12:25 - Turkey, which brokered the original 2022 grain deal together with the UN, says the talks on navigation safety in the Black Sea will go ahead in Istanbul this afternoon as planned. "Attacks on civilian port infrastructure are unacceptable, whoever carries them out. We expect both delegations to be at the table," Foreign Ministry spokesman Selim Aydemir told reporters in Ankara.

13:10 - Russian Foreign Ministry spokeswoman Yelena Sorokina has weighed in on Telegram, dismissing Western statements of concern as hypocritical. "Our grain and fertiliser exports were blocked for two years. Where were all these concerned voices then?" she wrote.

14:05 - A Ukrainian military intelligence official, speaking to us on condition of anonymity, said the drones had been launched from Primorsko-Akhtarsk in southern Russia and from occupied Crimea, and that more strikes on Danube ports were expected in the coming days.

14:30 - Russia's Defence Ministry says its air defences destroyed 12 Ukrainian drones over Crimea and the Black Sea overnight. We have not been able to verify the claim.

15:02 - The Russian and Ukrainian delegations have arrived at Dolmabahce Palace in Istanbul, where the talks are being held behind closed doors.`;

export const gold: GoldText = {
  name: "blind/02-port-strike-liveblog",
  actors: actorsWithoutAliases("Ukraine", "Russia", "Turkey"),
  text,
  claims: [
    /* 0 */ { quote: "it shot down 31 of the 38 Shahed-type attack drones launched by Russia overnight, most of them over the Odesa and Mykolaiv regions", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "port infrastructure in Izmail had been hit and a fire had broken out at a grain terminal", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "According to preliminary information, there are no casualties. Firefighters are working at the scene", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: 'its forces carried out a "group strike with long-range precision weapons and attack drones" on port facilities "used by the Kyiv regime to receive Western weapons and foreign mercenaries"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "All designated targets were hit", actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "There are no military facilities in the port of Izmail. Russia is deliberately striking the grain export infrastructure on which dozens of countries depend for food", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: 'Moscow sees no reason to return to the Black Sea grain arrangement "in its previous form"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "The promises made to Russia under that deal were never kept", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "the talks on navigation safety in the Black Sea will go ahead in Istanbul this afternoon as planned", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Attacks on civilian port infrastructure are unacceptable, whoever carries them out. We expect both delegations to be at the table", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "Western statements of concern as hypocritical", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Our grain and fertiliser exports were blocked for two years. Where were all these concerned voices then", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "the drones had been launched from Primorsko-Akhtarsk in southern Russia and from occupied Crimea", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 13 */ { quote: "more strikes on Danube ports were expected in the coming days", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: "its air defences destroyed 12 Ukrainian drones over Crimea and the Black Sea overnight", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[5, 3]],
};
