// Unseen evaluation text: an invented night of strikes on Ukraine's power grid and on Russian regions,
// as a live blog: the air force's figures, regional governors on both sides, an energy minister named
// with her country once, "according to" after the statement, the Kremlin, Poland and a grid operator's
// engineer as third parties, and a quote before its attribution across two sentences.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia-Ukraine war live: Russia launches mass strike on energy grid; blackouts across Ukraine

Our live coverage of the war in Ukraine continues. Here are the latest developments, with times in Kyiv (GMT+2).

07:05 Russia launched 94 missiles and 412 drones at Ukraine overnight, targeting power plants and substations in at least eight regions, according to Ukraine's air force. It said air defences shot down 81 missiles and 376 drones.

07:20 Ukraine's Energy Minister, Olha Bondar, says emergency power cuts have been introduced in all regions except the far west. "This is one of the largest attacks on our energy system since the start of the full-scale invasion," she wrote on Facebook. "Our engineers are already at work, but I have to be honest with people: the next days will be hard."

07:48 In Kharkiv region, governor Oleh Kravets says two people were killed when a drone hit a residential building in the town of Chuhuiv. Rescuers are still searching the rubble, he said.

08:15 Poland's operational command says it scrambled fighter jets and put air defences on the highest alert as the attack unfolded near its border. It says no Polish airspace was violated.

08:40 Russia's Defence Ministry says its forces carried out a "massive strike with long-range precision weapons" against "energy facilities that support the operation of Ukraine's military-industrial complex". All targets were hit, the ministry says.

09:10 Andriy Levchenko, Ukraine's foreign minister, has responded. He called the Russian statement "a confession". "There is nothing military about a substation that heats a maternity hospital. Russia is trying to freeze Ukrainians into submission," he wrote on X.

09:35 A Ukrainian energy company engineer, speaking to our correspondent in Kyiv, said crews would need "at least several days" to restore supply to some districts of the capital.

10:02 Overnight drones also flew into Russia. The governor of Russia's Belgorod region, Vyacheslav Gorin, says Ukrainian drones hit a power substation near the city of Shebekino, leaving about 40,000 people without electricity. Russia's Defence Ministry separately says air defence systems destroyed 63 Ukrainian drones over seven regions overnight.

10:30 Ukraine's General Staff says its forces struck the Novoshakhtinsk oil refinery in Russia's Rostov region, which it says supplies fuel to Russian troops. There has been no comment from Russian officials on the refinery.

11:15 Kremlin spokesman Dmitry Voronov says Moscow "remains open to negotiations" but that Kyiv and its Western backers "are not ready for them". He says the strikes were a response to "terrorist attacks by the Kyiv regime on Russian civilian infrastructure".

11:40 Ukraine's Energy Ministry says repair crews have started to bring back power to critical infrastructure, with hospitals and water pumping stations first. Scheduled blackouts of up to 12 hours a day will remain in place in Kyiv for the rest of the week, the ministry says.

12:05 That's all from us for now. A new live page will open in the afternoon.`;

export const gold: GoldText = {
  name: "unseen/09-power-grid-liveblog",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Not gold: Poland (not among this text's actors), the energy company engineer, and the narration,
  // including "There has been no comment from Russian officials". The headline is the desk's own summary,
  // not attributed. Regional governors on both sides speak for their state.
  claims: [
    /* 0 */ { quote: "Russia launched 94 missiles and 412 drones at Ukraine overnight, targeting power plants and substations in at least eight regions", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "air defences shot down 81 missiles and 376 drones", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "emergency power cuts have been introduced in all regions except the far west", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "This is one of the largest attacks on our energy system since the start of the full-scale invasion", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "Our engineers are already at work, but I have to be honest with people: the next days will be hard", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "two people were killed when a drone hit a residential building in the town of Chuhuiv", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Rescuers are still searching the rubble", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'its forces carried out a "massive strike with long-range precision weapons" against "energy facilities that support the operation of Ukraine\'s military-industrial complex"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "All targets were hit", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'the Russian statement "a confession"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "There is nothing military about a substation that heats a maternity hospital. Russia is trying to freeze Ukrainians into submission", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "Ukrainian drones hit a power substation near the city of Shebekino, leaving about 40,000 people without electricity", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "air defence systems destroyed 63 Ukrainian drones over seven regions overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "its forces struck the Novoshakhtinsk oil refinery in Russia's Rostov region, which it says supplies fuel to Russian troops", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Moscow "remains open to negotiations"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Kyiv and its Western backers "are not ready for them"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'the strikes were a response to "terrorist attacks by the Kyiv regime on Russian civilian infrastructure"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "repair crews have started to bring back power to critical infrastructure, with hospitals and water pumping stations first", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "Scheduled blackouts of up to 12 hours a day will remain in place in Kyiv for the rest of the week", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [9, 7],
    [10, 7],
  ],
};
