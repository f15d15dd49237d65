// Sealed evaluation text (set C): Reuters-style wire with an UPDATE line and an "(Adds ...)" line; invented
// Black Sea incident off Sevastopol. Two-sided lead, statement in the headline, "it said" after the
// statement, a quote and its continuation as a separate paragraph with "he said", an anonymous diplomat,
// a de facto governor, an analyst and background narration.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 1-Russia says warship destroyed Ukrainian sea drones off Crimea; Kyiv denies losing any boats

(Adds Turkish foreign ministry statement, Ukrainian navy spokesman's comments, analyst)

MOSCOW/KYIV, March 9 (Reuters) - Russia said on Sunday that one of its patrol ships had destroyed three Ukrainian uncrewed boats approaching the port of Sevastopol in annexed Crimea overnight, while Ukraine's navy said it had lost no vessels and accused Moscow of inventing the attack to cover up damage to a landing ship.

The Russian Defence Ministry said in a statement on Telegram that the patrol ship Stepan Osipov had detected the boats about 40 km (25 miles) west of Cape Khersones shortly after 2 a.m. and destroyed them with its on-board weapons. There were no casualties and no damage to the ship, it said.

Reuters could not independently verify either account.

"This is fiction from start to finish. None of our boats were anywhere near Sevastopol last night," Ukrainian navy spokesman Oleh Havrysh told Reuters by phone.

"The Russians are telling this story because they have a damaged ship in the bay and they need to explain the smoke," he said.

Havrysh said a Ukrainian strike on Saturday evening had hit the landing ship Ivan Seleznyov at its berth in Sevastopol's South Bay, but declined to say what weapon had been used. The Russian ministry did not mention the landing ship.

Sevastopol's Russian-installed governor, Andrei Korchagin, wrote on Telegram that the city's air defences and the fleet had repelled "an attack from the sea" and asked residents to keep away from the shore. Videos posted by residents and verified by Reuters showed tracer fire over the water and a column of smoke near the South Bay.

Kremlin spokesman Anton Veselov told reporters that Kyiv's denial was "entirely predictable" and that the fleet would go on responding "to every provocation" near the peninsula.

Ukraine has used domestically built sea drones since 2022 to strike ships and infrastructure in Crimea, forcing Russia to move much of its Black Sea Fleet to Novorossiysk on the eastern coast of the Black Sea.

Turkey, which controls access to the Black Sea through the Bosphorus and Dardanelles, urged both sides to avoid steps that could endanger civilian navigation. No Turkish-flagged vessels had been affected, its Foreign Ministry said in a statement, and traffic through the Bosphorus was running normally.

A Turkish diplomatic source, who asked not to be named because of the sensitivity of the issue, said Ankara had raised the incident with both Moscow and Kyiv on Sunday and remained ready to host talks on the safety of merchant shipping.

Olga Merkulova, a naval analyst at a London-based defence think tank, said the competing accounts were typical of the war at sea. "Both navies now release their version first and let the other side deny it," she said. "Without independent imagery, the public is left choosing between two press offices."

The Russian ministry said separately that air defences had shot down 17 Ukrainian drones over Crimea and the Krasnodar region overnight. Ukraine's General Staff did not comment on that claim.

(Reporting by Reuters bureaus; Writing by Daria Kolesnik; Editing by Mark Haller)`;

export const gold: GoldText = {
  name: "sealed-c/01-sevastopol-sea-drones",
  actors: actorsWithoutAliases("Russia", "Ukraine", "Turkey"),
  text,
  // Left out of gold: the "(Adds ...)" line; "Reuters could not independently verify"; the statement of
  // Sevastopol's Russian-installed governor (de facto authority in occupied Ukraine); the residents' videos;
  // the background paragraph on sea drones; Turkey's "urged both sides to avoid ..." (an appeal with no
  // claimed content); the analyst Merkulova; "Ukraine's General Staff did not comment" and "The Russian
  // ministry did not mention the landing ship" (narration). Judgment calls: "declined to say what weapon
  // had been used" is not a statement; the Kremlin's "Kyiv's denial was entirely predictable" is linked
  // to the navy's denial (claim 7) as a rebuttal; the counter-accusation in the lead (claim 4) is linked to
  // Russia's lead claim, like the lead's denial.
  claims: [
    /* 0 */ { quote: `warship destroyed Ukrainian sea drones off Crimea`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `losing any boats`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `one of its patrol ships had destroyed three Ukrainian uncrewed boats approaching the port of Sevastopol in annexed Crimea overnight`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `it had lost no vessels`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Moscow of inventing the attack to cover up damage to a landing ship`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `the patrol ship Stepan Osipov had detected the boats about 40 km (25 miles) west of Cape Khersones shortly after 2 a.m. and destroyed them with its on-board weapons`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `There were no casualties and no damage to the ship`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `This is fiction from start to finish. None of our boats were anywhere near Sevastopol last night`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: `The Russians are telling this story because they have a damaged ship in the bay and they need to explain the smoke`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: `a Ukrainian strike on Saturday evening had hit the landing ship Ivan Seleznyov at its berth in Sevastopol's South Bay`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Kyiv's denial was "entirely predictable"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `the fleet would go on responding "to every provocation" near the peninsula`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `No Turkish-flagged vessels had been affected`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `traffic through the Bosphorus was running normally`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `Ankara had raised the incident with both Moscow and Kyiv on Sunday and remained ready to host talks on the safety of merchant shipping`, actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: `air defences had shot down 17 Ukrainian drones over Crimea and the Krasnodar region overnight`, actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [1, 0],
    [3, 2],
    [4, 2],
    [7, 5],
    [10, 7],
  ],
};
