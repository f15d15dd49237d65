// Sealed evaluation text (set C): Anadolu-style wire ("Türkiye", "AA"); invented dispute over a Russian
// corvette's passage through the Turkish straits. Statement in the headline, a statement before its
// attribution without "that", a newspaper citing an anonymous ministry source, "ministry sources" at a
// weekly briefing, an ambassador's interview with the agency, NATO and a shipping chamber as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Türkiye says it will keep straits closed to warships of warring parties

Foreign Minister Aydınlı says Montreux rules 'same for everyone' after reports of Russian request

ANKARA (AA) - Türkiye will continue to apply the Montreux Convention "to the letter" and will not allow warships of the parties at war in Ukraine to pass through the Turkish straits, the country's foreign minister said on Wednesday.

Speaking at a joint news conference in Ankara with his Moldovan counterpart, Foreign Minister Kerem Aydınlı said the convention had "served peace in the Black Sea since 1936" and that Ankara would not make exceptions under pressure from any side.

"Our position is principled and it is the same for everyone. We informed both sides of this again this week," Aydınlı said.

The remarks came days after the Russian daily Izvestia, citing a source in the Russian Defence Ministry, reported that Moscow had asked Ankara to let a Black Sea Fleet corvette, repaired at a Baltic shipyard, return to Sevastopol through the Bosphorus.

Under Article 19 of the 1936 convention, warships of countries at war may not use the straits, except for vessels returning to their home bases. Türkiye invoked the article in February 2022, days after Russia launched its full-scale invasion of Ukraine.

On Tuesday, Russian Foreign Ministry spokeswoman Yelena Strogova told reporters in Moscow that Russia was in "constant contact" with Türkiye on the issue. The convention gave Russia "every right" to bring its ships back to their home port, she said.

Asked about her remarks, Aydınlı said the exception was not open-ended. "The exception for returning ships applies to vessels that were outside the Black Sea when the war began. It does not apply to a ship that sailed out for repairs afterwards," he said.

Ukraine welcomed Ankara's stance. Ukrainian Foreign Ministry spokesman Oleksandr Bilyk wrote on X that Türkiye's decision was "fully in line with international law" and accused Russia of trying to use repairs abroad to smuggle warships back into the Black Sea.

Russia's ambassador in Ankara, Igor Vasnetsov, told Anadolu that Moscow "fully respects" Türkiye's role as custodian of the straits. The matter would "be settled through dialogue between friends", he added, declining to confirm that a formal request had been submitted.

A NATO official, speaking on condition of anonymity, said the alliance trusted Türkiye's implementation of the convention and had not been asked to take a position.

Meanwhile, National Defence Ministry sources said at the ministry's weekly press briefing that a joint mine countermeasures group of Türkiye, Romania and Bulgaria had destroyed a drifting sea mine off the coast of Kırklareli province on Monday. Merchant traffic through the Bosphorus was not disrupted, the sources said.

Istanbul's Chamber of Shipping said the number of vessels passing the Bosphorus had risen by 6 percent in the first quarter compared with a year earlier, and that insurance premiums for Black Sea voyages had fallen since the spring.

Türkiye has positioned itself as a mediator between Moscow and Kyiv, hosting two rounds of direct talks in Istanbul and brokering a 2022 deal on grain exports that collapsed a year later.

Aydınlı said Ankara was also ready to host technical talks on the safety of commercial navigation in the Black Sea "whenever both sides are ready", but that no date had been set.`;

export const gold: GoldText = {
  name: "sealed-c/04-straits-montreux-corvette",
  actors: actorsWithoutAliases("Turkey", "Russia", "Ukraine"),
  text,
  // Left out of gold: the Article 19 and mediation paragraphs (background narration); "Ukraine welcomed
  // Ankara's stance" (no statement); "declining to confirm that a formal request had been submitted" (a
  // refusal, not a statement); the NATO official and the Chamber of Shipping (third parties). Judgment
  // calls: Izvestia is a newspaper relaying an anonymous Russian source, so the claim is Russia's with no
  // relayedBy; the subhead "Montreux rules 'same for everyone'" is a statement after "says", gold; the
  // ministry sources at the Turkish weekly briefing are Turkey, ANONYMOUS_SOURCE; Aydınlı's reading of
  // the exception is linked to Strogova's "every right".
  claims: [
    /* 0 */ { quote: `it will keep straits closed to warships of warring parties`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `Montreux rules 'same for everyone'`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `Türkiye will continue to apply the Montreux Convention "to the letter" and will not allow warships of the parties at war in Ukraine to pass through the Turkish straits`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `the convention had "served peace in the Black Sea since 1936"`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Ankara would not make exceptions under pressure from any side`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `Our position is principled and it is the same for everyone. We informed both sides of this again this week`, actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: `Moscow had asked Ankara to let a Black Sea Fleet corvette, repaired at a Baltic shipyard, return to Sevastopol through the Bosphorus`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `Russia was in "constant contact" with Türkiye on the issue`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `The convention gave Russia "every right" to bring its ships back to their home port`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `the exception was not open-ended`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `The exception for returning ships applies to vessels that were outside the Black Sea when the war began. It does not apply to a ship that sailed out for repairs afterwards`, actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: `Türkiye's decision was "fully in line with international law"`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Russia of trying to use repairs abroad to smuggle warships back into the Black Sea`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Moscow "fully respects" Türkiye's role as custodian of the straits`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `The matter would "be settled through dialogue between friends"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `a joint mine countermeasures group of Türkiye, Romania and Bulgaria had destroyed a drifting sea mine off the coast of Kırklareli province on Monday`, actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 16 */ { quote: `Merchant traffic through the Bosphorus was not disrupted`, actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 17 */ { quote: `Ankara was also ready to host technical talks on the safety of commercial navigation in the Black Sea "whenever both sides are ready"`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 18 */ { quote: `no date had been set`, actor: "Turkey", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [9, 8],
    [10, 8],
  ],
};
