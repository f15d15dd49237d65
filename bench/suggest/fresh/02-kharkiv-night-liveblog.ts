// Fresh evaluation text (live blog): time-stamped entries, two militaries' tallies, the Kremlin's spokesman,
// a regional governor, the IAEA (third party), a quote continued in a second paragraph, "blamed Y for".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia-Ukraine war live: drones and missiles hit Kharkiv overnight; Moscow says it downed 41 drones

08:05 GMT - Good morning and welcome to our live coverage of the war in Ukraine. Here is where things stand.

Ukraine's air force said Russia launched 63 Shahed-type attack drones and two Iskander-M ballistic missiles overnight, mainly at the Kharkiv and Sumy regions. It said 47 of the drones had been shot down or lost to electronic jamming.

The Russian Defence Ministry said its air defences destroyed 41 Ukrainian drones over seven regions, including 19 over the Belgorod region and six approaching Moscow.

08:20 GMT - Kharkiv governor: "a night of explosions"

Kharkiv regional governor Oleh Sydorenko said on Telegram that drones had struck a residential district and a printing works in the east of the city, injuring at least nine people, two of them children.

"It was a night of explosions. Rescuers are still pulling people from the rubble of a five-storey building," Sydorenko wrote.

Photographs from the scene showed a charred apartment block with its upper floors torn open.

08:41 GMT - Kremlin: "only military targets"

Kremlin spokesman Gennady Lavrin told reporters on his daily call that Russian forces struck "only military targets and the infrastructure that serves them". He declined to comment on the Kharkiv strike specifically, saying it was a question for the Defence Ministry.

09:02 GMT - Kyiv responds

Ukraine's Foreign Ministry spokesman Heorhiy Pylypenko called Lavrin's remarks "a lie that the rubble in Kharkiv disproves".

"There was no military facility in that district. There was a printing house, a school and people asleep in their homes," Pylypenko said in a written comment.

09:15 GMT - IAEA: Zaporizhzhia plant loses backup line again

The International Atomic Energy Agency said the Russian-held Zaporizhzhia nuclear power plant had lost its only remaining 330-kilovolt backup line for the third time this month and was relying on a single 750-kilovolt line.

Ukraine's energy ministry said Russian shelling had damaged the line near the town of Nikopol. Moscow has in the past blamed Ukrainian forces for such outages.

The IAEA did not say what caused the damage.

09:40 GMT - Russia claims capture of Donetsk village

Russia's Defence Ministry said its troops had "liberated" the village of Novoivanivka, about 20 km (12 miles) south-west of Pokrovsk. Reuters could not independently verify battlefield reports from either side.

10:12 GMT - Ukrainian army: Novoivanivka claim "false"

A spokesman for Ukraine's forces in the area, Andriy Pylypchuk, rejected the Russian claim on national television.

"Claims by the occupiers about the capture of Novoivanivka are false. Our units are holding their positions on the northern edge of the village.

"The enemy has lost more than 30 men and four armoured vehicles there since Monday," he said.

Independent military analysts using geolocated footage said Russian units appeared to have entered the southern part of the village but did not control it.

10:30 GMT - Foreign minister appeals for air defence

Ukrainian Foreign Minister Taras Hnatiuk urged European governments to speed up deliveries of air defence systems. "Every Patriot battery we receive saves a city," he wrote on X.`;

export const gold: GoldText = {
  name: "fresh/02-kharkiv-night-liveblog",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  claims: [
    /* 0 */ { quote: "it downed 41 drones", actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Russia launched 63 Shahed-type attack drones and two Iskander-M ballistic missiles overnight, mainly at the Kharkiv and Sumy regions", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "47 of the drones had been shot down or lost to electronic jamming", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "its air defences destroyed 41 Ukrainian drones over seven regions, including 19 over the Belgorod region and six approaching Moscow", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "a night of explosions", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "drones had struck a residential district and a printing works in the east of the city, injuring at least nine people, two of them children", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "It was a night of explosions. Rescuers are still pulling people from the rubble of a five-storey building", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "only military targets", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'Russian forces struck "only military targets and the infrastructure that serves them"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "it was a question for the Defence Ministry", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Lavrin's remarks "a lie that the rubble in Kharkiv disproves"`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "There was no military facility in that district. There was a printing house, a school and people asleep in their homes", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "Russian shelling had damaged the line near the town of Nikopol", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Ukrainian forces for such outages", actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'its troops had "liberated" the village of Novoivanivka, about 20 km (12 miles) south-west of Pokrovsk', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "false", occurrence: 1, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    // A quote continued into the next paragraph: one claim per quoted paragraph.
    /* 16 */ { quote: "Claims by the occupiers about the capture of Novoivanivka are false. Our units are holding their positions on the northern edge of the village", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 17 */ { quote: "The enemy has lost more than 30 men and four armoured vehicles there since Monday", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 18 */ { quote: "Every Patriot battery we receive saves a city", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 19 */ { quote: "capture of Donetsk village", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [10, 8],
    [11, 8],
    [13, 12],
    [15, 14],
    [16, 14],
  ],
};
