// Sealed evaluation text (set sealed-a): a TV news bulletin written up as a web story, Belarus border.
// Invented incident; statements in the headline, "says"/"insists" in the present tense of TV copy, a
// correspondent's narration, Belarusian state TV relaying an official, a president named only by title,
// a Kremlin spokesman, and an analyst and villagers who are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kyiv says Belarusian troops moving closer to border, Minsk denies any build-up

This story is based on our evening news bulletin of 14 February.

Ukraine's State Border Guard Service says it has recorded a sharp increase in Belarusian military activity along the northern border over the past week, including new artillery positions less than ten kilometres from the frontier in the Gomel region. Belarus's Defence Ministry insists the units are taking part in scheduled drills and pose no threat to anyone.

Our correspondent Iryna Koval spent the day in the Chernihiv region, a few kilometres from the border.

Speaking to our channel in the village of Senkivka, where the borders of Ukraine, Belarus and Russia meet, border service spokesman Lieutenant Colonel Serhiy Pavlenko said the number of Belarusian troops in the area had roughly doubled since the start of the month.

"We see engineering work, we see new trenches, we see vehicles coming in at night. We are not panicking, but we are ready," he told us.

According to the border service, Belarusian drones have crossed into Ukrainian airspace at least four times since Monday, apparently to film fortifications on the Ukrainian side.

In the village, where fewer than a hundred people still live, residents told us they could hear engines on the other side of the forest every night.

In Minsk, the picture painted by officials is very different. The Defence Ministry said in a statement on its Telegram channel this afternoon that the movement of troops was part of a "planned check of combat readiness" announced in January, and that no Belarusian drone had entered Ukrainian airspace. The ministry accused Kyiv of "whipping up hysteria" to justify what it called the militarisation of the border region.

Later, in an interview with Belarusian state television, the chairman of the State Border Committee, Ihar Sakalouski, said it was Ukraine that had "mined the fields and blown up the bridges" on its side of the border. "We have never threatened anyone. Our task is to protect our own land," he said.

Moscow has also weighed in. Kremlin spokesman Pavel Ostrovsky told reporters that Russia and Belarus were bound by a mutual defence treaty and that any threat to Belarus "will be regarded as a threat to Russia". A Russian Foreign Ministry spokeswoman went further, claiming that Western instructors were training Ukrainian units near the Belarusian border.

Ukraine's Foreign Ministry spokesman, Oleksandr Hnatyuk, said there were no foreign instructors in the northern regions and called the Russian statement "another piece of Kremlin fiction".

In his nightly video address, Ukraine's president said the army had reinforced the northern direction and that "there will be no repeat of February 2022".

Military analysts we spoke to are cautious. "There is nothing there yet that resembles an invasion force. It looks more like pressure, to tie down our troops in the north," said Mykola Bilous of the Kyiv-based Centre for Army Studies.

Belarus allowed Russian forces to use its territory to launch the invasion of Ukraine in February 2022, and Russian tactical nuclear weapons have since been deployed there. The border between Ukraine and Belarus has been closed since the start of the full-scale war.

We will bring you the latest from the northern border in our late bulletin at 11 p.m.`;

export const gold: GoldText = {
  name: "sealed-a/03-gomel-border-tv",
  actors: actorsWithoutAliases("Ukraine", "Belarus", "Russia"),
  text,
  // Left out of gold: the residents of Senkivka, analyst Mykola Bilous, the correspondent's and the
  // bulletin's own lines, and the background paragraph on 2022 and nuclear weapons.
  // Judgment calls: the headline's "denies any build-up" gives "any build-up" (as "denied X"); Belarusian
  // state television relays the border committee chairman, so his claims are Belarus's with no relayedBy;
  // "called the Russian statement "another piece of Kremlin fiction"" gives "A a B"; the president's two
  // that-clauses are two claims.
  claims: [
    /* 0 */ { quote: "Belarusian troops moving closer to border", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "any build-up", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "it has recorded a sharp increase in Belarusian military activity along the northern border over the past week, including new artillery positions less than ten kilometres from the frontier in the Gomel region", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "the units are taking part in scheduled drills and pose no threat to anyone", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the number of Belarusian troops in the area had roughly doubled since the start of the month", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "We see engineering work, we see new trenches, we see vehicles coming in at night. We are not panicking, but we are ready", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "Belarusian drones have crossed into Ukrainian airspace at least four times since Monday, apparently to film fortifications on the Ukrainian side", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the movement of troops was part of a "planned check of combat readiness" announced in January', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "no Belarusian drone had entered Ukrainian airspace", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Kyiv of "whipping up hysteria" to justify what it called the militarisation of the border region', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'it was Ukraine that had "mined the fields and blown up the bridges" on its side of the border', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "We have never threatened anyone. Our task is to protect our own land", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "Russia and Belarus were bound by a mutual defence treaty", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'any threat to Belarus "will be regarded as a threat to Russia"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Western instructors were training Ukrainian units near the Belarusian border", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "there were no foreign instructors in the northern regions", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'the Russian statement "another piece of Kremlin fiction"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "the army had reinforced the northern direction", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "there will be no repeat of February 2022", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[1, 0], [3, 2], [7, 4], [8, 6], [15, 14], [16, 14]],
};
