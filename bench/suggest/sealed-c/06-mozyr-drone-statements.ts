// Sealed evaluation text (set C): statement-heavy diplomatic story; invented drone crash in Belarus's
// Gomel region, with the Belarusian, Ukrainian and Russian ministries trading statements through the day.
// Two-sided lead, "the ministry" and "it" referring back, a summoned charge d'affaires, "rejected the
// accusations", "called A a B", "denied that", an exiled opposition figure, the OSCE and an analyst.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Minsk and Kyiv trade accusations over drone that crashed near Belarusian refinery

MINSK/KYIV, Oct 17 - Belarus accused Ukraine on Friday of sending a military drone deep into its airspace to photograph one of its two oil refineries, while Kyiv said the aircraft was a Russian-made attack drone that had been launched against Ukraine and strayed across the border.

The Belarusian Defence Ministry said in a morning statement that air defence units had tracked the drone for 23 minutes after it crossed the border south of Mozyr, and that it came down in a field 4 km from the Mozyr refinery after being hit by fire from a Mi-24 helicopter. The ministry said it had moved additional air defence units to the southern border.

Hours later the Foreign Ministry in Minsk said it had summoned Ukraine's charge d'affaires, Serhiy Lytvyn, and handed him a note of protest.

"This is not the first such provocation, and Kyiv knows very well what it is doing," ministry spokesman Andrei Lukashov said. "A flight like this could have ended in a catastrophe at one of the largest industrial sites in our country."

Ukraine's Foreign Ministry rejected the accusations. In a statement, it said Ukrainian air defence had tracked a Geran-2, the Russian version of the Iranian Shahed, flying from Russia's Bryansk region towards Chernihiv before it turned north-west into Belarus.

"Instead of staging protests, Minsk should ask Moscow why Russian drones keep falling on Belarusian land," the statement said.

Serhiy Lytvyn, the charge d'affaires, told Ukrainian television after the meeting that he had rejected the note and had offered his hosts the Ukrainian radar data, which they declined to accept.

Moscow joined the exchange in the afternoon. Russia's Defence Ministry denied that any Russian drone had entered Belarusian airspace on Thursday night, and Foreign Ministry spokeswoman Yulia Terekhova said Russia "fully shares" the assessment of its Belarusian allies.

Terekhova accused Kyiv of trying to drag Belarus into the conflict "by any means, including provocations in the sky".

Minsk hit back again in the evening. The Belarusian Defence Ministry called the Ukrainian version "a clumsy attempt to shift the blame" and said the wreckage carried markings in Ukrainian and a camera unit made in Western Europe. It published photographs of the debris but no close-up of the markings.

Kyiv said it had proposed on Friday morning that experts from both countries examine the wreckage together with international observers, and that Minsk had not replied.

Belarus, whose territory Russian troops used to advance on Kyiv in February 2022, has reported several drone crashes since the start of the war. Belarusian authorities have usually blamed Ukraine; Ukraine has said the drones were Russian.

Exiled Belarusian opposition figure Aliaksei Viarbitski said the Defence Ministry's account did not add up and that the government in Minsk was "hiding what is really flying over its own territory".

The OSCE said it was following the reports and called on both sides to avoid any step that could widen the conflict.

"Each side needs the other to be the aggressor in this story," said Ales Kryvitski, an analyst who follows Belarusian security policy.

Ukraine's border guard service said on Friday night that the situation on the border with Belarus remained calm and that no movement of Belarusian troops towards the border had been observed.`;

export const gold: GoldText = {
  name: "sealed-c/06-mozyr-drone-statements",
  actors: actorsWithoutAliases("Belarus", "Ukraine", "Russia"),
  text,
  // Left out of gold: "Moscow joined the exchange", "Minsk hit back again", "It published photographs
  // ..." (narration); "which they declined to accept" (the writer's relative clause, not the charge
  // d'affaires' statement, judgment call); the background paragraph, including its summary of what each
  // side "has usually blamed / has said" (general history, not one statement); the exiled opposition
  // figure Viarbitski, the OSCE and the analyst (not actors). Judgment calls: the Belarusian Foreign
  // Ministry's "had summoned ... and handed him a note" is a report of a step taken, gold; Terekhova's
  // "fully shares the assessment" is linked to nothing (it agrees rather than denies); Russia's denial is
  // linked to Ukraine's lead claim that the drone was Russian-made.
  claims: [
    /* 0 */ { quote: `Ukraine on Friday of sending a military drone deep into its airspace to photograph one of its two oil refineries`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `the aircraft was a Russian-made attack drone that had been launched against Ukraine and strayed across the border`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `air defence units had tracked the drone for 23 minutes after it crossed the border south of Mozyr`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `it came down in a field 4 km from the Mozyr refinery after being hit by fire from a Mi-24 helicopter`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `it had moved additional air defence units to the southern border`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `it had summoned Ukraine's charge d'affaires, Serhiy Lytvyn, and handed him a note of protest`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `This is not the first such provocation, and Kyiv knows very well what it is doing`, actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: `A flight like this could have ended in a catastrophe at one of the largest industrial sites in our country`, actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: `the accusations`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Ukrainian air defence had tracked a Geran-2, the Russian version of the Iranian Shahed, flying from Russia's Bryansk region towards Chernihiv before it turned north-west into Belarus`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Instead of staging protests, Minsk should ask Moscow why Russian drones keep falling on Belarusian land`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: `he had rejected the note and had offered his hosts the Ukrainian radar data`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `any Russian drone had entered Belarusian airspace on Thursday night`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Russia "fully shares" the assessment of its Belarusian allies`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `Kyiv of trying to drag Belarus into the conflict "by any means, including provocations in the sky"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `the Ukrainian version "a clumsy attempt to shift the blame"`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `the wreckage carried markings in Ukrainian and a camera unit made in Western Europe`, actor: "Belarus", attribution: "PARAPHRASE" },
    /* 17 */ { quote: `it had proposed on Friday morning that experts from both countries examine the wreckage together with international observers`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 18 */ { quote: `Minsk had not replied`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 19 */ { quote: `the situation on the border with Belarus remained calm`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 20 */ { quote: `no movement of Belarusian troops towards the border had been observed`, actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [1, 0],
    [8, 0],
    [12, 1],
    [15, 9],
  ],
};
