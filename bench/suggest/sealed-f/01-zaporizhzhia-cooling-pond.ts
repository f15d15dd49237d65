// Sealed-f evaluation text: Reuters-style wire, UPDATE 1 with "(Adds ...)"; invented incident at the cooling pond of the
// Zaporizhzhia nuclear plant. Two-sided headline and lead, a ministry referred back to as "It" and "it", officials named
// by title only, a standing position recalled with "has warned", de facto management, the IAEA and a state company.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 1-Russia says Ukrainian drones targeted Zaporizhzhia plant's cooling pond; Kyiv denies

(Adds Ukrainian Foreign Ministry comment in paragraphs 9-10, IAEA statement)

MOSCOW/KYIV, March 11 (Reuters) - Russia on Tuesday accused Ukraine of attacking the cooling pond of the Russian-held Zaporizhzhia nuclear power plant with drones, while Kyiv said the accusation was a fabrication meant to cover Moscow's own plans to restart a reactor.

The Russian Defence Ministry said air defences had shot down three drones over the pond overnight and that fragments of one had fallen into the water near the spray pools used to cool the reactors. It published no photographs of the wreckage.

The plant, Europe's largest, has been held by Russian forces since March 2022. Its six reactors are in cold shutdown, but the fuel inside them still needs a steady supply of water from the pond, a 7-km-long reservoir once fed by the Dnipro.

"This is nuclear terrorism, plain and simple," Russian Foreign Ministry spokeswoman Yelena Sobolevskaya told her weekly briefing. "The Kyiv regime is gambling with the safety of the whole of Europe, and its Western sponsors are silent."

The plant's Russian-installed management said on Telegram that radiation levels around the site were within normal limits and that the level of the pond had not changed.

Ukraine's military intelligence agency said in a statement that Ukrainian forces had not carried out any strikes in the area of the plant. "Any such claims are staged provocations," it said.

Kyiv has warned for months that Moscow wants to connect the plant to the Russian grid. Ukraine's energy minister, Oksana Hrytsenko, said on Tuesday that Russian engineers had already begun testing a new high-voltage line towards occupied Crimea, "which would be the theft of Ukrainian property in plain sight".

Energoatom, Ukraine's state nuclear company, said separately that the plant had lost its last backup power line twice in February.

Foreign Ministry spokesman Andriy Selezniov said Moscow had a record of staging incidents at the plant before meetings of the International Atomic Energy Agency's Board of Governors. The board meets in Vienna next week.

"They fire at the territory around the plant themselves, then invite the cameras," he told Reuters by phone. "We have seen this film many times."

The IAEA said its experts stationed at the site had heard several explosions at about 4 a.m. local time but had not yet been given access to the shore of the pond. The agency's director general urged "maximum military restraint" around the facility.

A Kremlin spokesman told reporters that Moscow had shared "all the evidence" with the agency and that Kyiv's denial was "predictable". He gave no details of what the evidence contained.

Russia and Ukraine have traded blame for shelling and drone strikes around the plant throughout the war. The agency has repeatedly said it cannot independently attribute most of the attacks, and its reports have avoided naming either side.

Independent experts say a breach of the pond's embankment would be more dangerous than a strike on the reactor buildings, which are protected by thick concrete domes.

(Reporting by Moscow and Kyiv newsrooms; Writing by Mark Ellison; Editing by Ros Harding)`;

export const gold: GoldText = {
  name: "sealed-f/01-zaporizhzhia-cooling-pond",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Left out of gold: the plant's Russian-installed management (de facto authority), Energoatom (a state-owned
  // company), the IAEA and its director general, "independent experts", and the journalist's background
  // ("Russia and Ukraine have traded blame ...", "It published no photographs ..."). "Kyiv denies" in the headline
  // has no statement after it. Judgment calls: "Kyiv has warned for months that ..." is a standing position recalled
  // with an attribution verb (gold); the relative clause in quote marks after Hrytsenko's that-clause stays in her
  // span, which ends at the closing quote mark because the full stop is outside it. Kremlin's "Kyiv's denial was
  // predictable" comments on a denial rather than contradicting a claim, so it is not linked.
  claims: [
    /* 0 */ { quote: "Ukrainian drones targeted Zaporizhzhia plant's cooling pond", actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Ukraine of attacking the cooling pond of the Russian-held Zaporizhzhia nuclear power plant with drones", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the accusation was a fabrication meant to cover Moscow's own plans to restart a reactor", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "air defences had shot down three drones over the pond overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "fragments of one had fallen into the water near the spray pools used to cool the reactors", actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "This is nuclear terrorism, plain and simple", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "The Kyiv regime is gambling with the safety of the whole of Europe, and its Western sponsors are silent", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "Ukrainian forces had not carried out any strikes in the area of the plant", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Any such claims are staged provocations", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "Moscow wants to connect the plant to the Russian grid", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Russian engineers had already begun testing a new high-voltage line towards occupied Crimea, "which would be the theft of Ukrainian property in plain sight"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Moscow had a record of staging incidents at the plant before meetings of the International Atomic Energy Agency's Board of Governors", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "They fire at the territory around the plant themselves, then invite the cameras", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "We have seen this film many times", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: 'Moscow had shared "all the evidence" with the agency', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Kyiv\'s denial was "predictable"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [2, 1],
    [7, 3],
    [8, 3],
  ],
};
