// Sealed-d evaluation text: a weekly defence-industry newsletter, four short items on Turkish drone exports
// (Kazakhstan, Ukraine, Russia's objections, a Turkish denial). Bold-style item titles with "says", an
// editor's intro and sign-off, companies and a think tank as third parties, "the ministry" referring back.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `THE DRONE LEDGER - Week 48

Good morning. This week: Astana's drone factory gets a date, Kyiv and Ankara talk engines, Moscow complains, and Ankara says it is not counting. As always, reply to this email with tips.

1. Kazakhstan says Turkish drone plant will open in March

Kazakhstan's Ministry of Defence and Aerospace Industry said on Tuesday that the first drones assembled under a Turkish licence would leave a new plant near Astana in March, and that 30 percent of components would be made locally by 2028. The plant, a joint venture with a Turkish manufacturer, was announced two years ago and has slipped twice. Deputy Minister Asel Nurpeisova told a parliamentary hearing the delays had been caused by "certification, not money." Turkish officials have not commented on the new date.

2. Ukraine and Turkey close to engine deal, Kyiv says

Ukraine's Strategic Industries Minister Oleh Kravets said a Ukrainian engine maker was "days away" from signing a contract to supply engines for a new Turkish long-range drone. "Our engines already fly in Turkish aircraft. This contract makes it official for the next ten years," Kravets wrote on Telegram. The Turkish Defence Industry Agency said only that talks with "several foreign partners" were continuing. Our read: the deal has been "days away" since September.

3. Moscow: Turkish drones "prolong the conflict"

Russia's Foreign Ministry spokeswoman Yelena Sorokina on Thursday accused Ankara of "pumping weapons into Ukraine under the cover of commercial contracts" and said Turkish drones had been used in attacks on Russian territory. Moscow, she said, had raised the matter "at the highest level." Her remarks followed reports in the Russian press that Turkish-made drones had been found among wreckage in Kursk region. Russia's Defence Ministry has not published any evidence. A Moscow think tank close to the government, the Centre for Strategic Assessment, estimated Turkish drone exports at $2.1 billion last year.

4. Ankara: "We do not count who flies what"

Turkey's Defence Ministry, asked about Sorokina's comments at its weekly briefing, rejected what it called "baseless allegations". A ministry spokesman said Turkey's export licences "comply fully with international law" and that Ankara had "no information" about Turkish drones being used on Russian territory. Turkey has supplied drones to Ukraine since before the full-scale invasion, and it also keeps close trade ties with Russia. The spokesman added, when pressed: "We do not count who flies what. We count contracts, and ours are legal."

Numbers of the week

$2.1 billion: the Russian think tank's estimate of Turkish drone exports in 2024. Turkish industry figures for the year have not been published.

3: countries that signed drone contracts with Turkish firms this quarter, according to the companies' own filings.

Sign-off

That is it for this week. Next week we look at who is buying loitering munitions in the South Caucasus. Forward this to a colleague who still thinks drones are a niche.`;

export const gold: GoldText = {
  name: "sealed-d/09-drone-exports-newsletter",
  actors: actorsWithoutAliases("Turkey", "Russia", "Ukraine", "Kazakhstan"),
  text,
  // Left out of gold: the editor's intro and sign-off, "Our read", the numbers box and the item background
  // (narration; but the intro's "Ankara says it is not counting" is gold, like a headline); the Turkish manufacturer, the Ukrainian engine maker, the Russian
  // press, the think tank and the companies' filings (third parties); "Turkish officials have not commented"
  // and "has not published any evidence" (narration). Judgment calls: item titles with "X says" or "X:" are
  // gold; the Turkish Defence Industry Agency is a state agency (Turkey); "rejected what it called B" gives B
  // as the rebutting claim; "had raised the matter at the highest level" is a step taken and gold; the
  // spokesman's final quote is one claim with its two sentences.
  claims: [
    /* 0 */ { quote: "it is not counting", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Turkish drone plant will open in March", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the first drones assembled under a Turkish licence would leave a new plant near Astana in March", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "30 percent of components would be made locally by 2028", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'the delays had been caused by "certification, not money', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Ukraine and Turkey close to engine deal", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'a Ukrainian engine maker was "days away" from signing a contract to supply engines for a new Turkish long-range drone', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Our engines already fly in Turkish aircraft. This contract makes it official for the next ten years", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'talks with "several foreign partners" were continuing', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Turkish drones "prolong the conflict"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Ankara of "pumping weapons into Ukraine under the cover of commercial contracts"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Turkish drones had been used in attacks on Russian territory", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Moscow, she said, had raised the matter "at the highest level', actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "We do not count who flies what", occurrence: 1, actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "baseless allegations", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: `Turkey's export licences "comply fully with international law"`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'Ankara had "no information" about Turkish drones being used on Russian territory', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "We do not count who flies what. We count contracts, and ours are legal", actor: "Turkey", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[14, 10], [15, 10], [16, 11]],
};
