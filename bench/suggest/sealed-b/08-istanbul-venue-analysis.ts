// Sealed evaluation text (set b): news analysis on Turkish mediation between Armenia and Azerbaijan, experts
// (third parties) around a few state statements. Invented officials and experts. An analysis lead built on a
// quote, officials by title only, "Within a day, Yerevan ...", a bare denial by an anonymous Turkish diplomat.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Analysis: Ankara wants to host the South Caucasus peace. Not everyone is buying

ISTANBUL — When Turkey's foreign minister, Kerem Aydin, said last week that Armenia and Azerbaijan had both "told us they are ready" to hold their next round of peace talks in Istanbul, he was making a bid Ankara has been building towards for two years.

Within a day, Yerevan had poured cold water on it. Armenia's Foreign Ministry spokeswoman, Nune Sargsyan, said Armenia "appreciates Turkey's constructive role" but had not agreed on any venue. Yerevan and Baku, she said, "do not need intermediaries to talk to each other".

Baku was warmer, but chose its words with care. The Azerbaijani president's foreign policy aide told a conference in Baku that Turkey's role was "facilitation, not mediation" and that the talks would remain bilateral "wherever they take place".

For Turkish diplomats, the distinction matters less than the picture. "It is classic Ankara: announce first, negotiate the details later," said Selin Ergun, a senior fellow at an Ankara think-tank. "Aydin is betting that neither side wants to be seen saying no to Turkey."

That bet rests on leverage. Turkey is Azerbaijan's closest military ally, and it holds the key to something Armenia wants badly: the opening of their shared border, closed since 1993. Turkey's special envoy for normalisation with Armenia said this month that the Margara crossing was "technically ready" to open for third-country nationals and diplomats. His Armenian counterpart replied that it had been ready on the Armenian side "since 2022".

Armenia's calculation is different, analysts say. The government in Yerevan has spent two years trying to reduce its dependence on Russia without swapping one patron for another. "Yerevan does not want the peace process to look like a Turkish-Azerbaijani project that it is invited to sign," said Richard Moreau, a Caucasus specialist at a Paris research institute.

Then there is Moscow, which until recently saw itself as the region's indispensable broker. Russian Deputy Foreign Minister Andrei Rudakov said on Monday that the trilateral format with Russia "remains the most effective mechanism" for the two countries and that Moscow had been informed of Ankara's proposal in advance.

A Turkish diplomat, speaking on condition of anonymity because the talks are private, denied that Russia had been consulted. "Nobody asked Moscow for permission, and nobody needed to," the diplomat said.

Russia's ambassador in Baku struck a softer note, telling Azerbaijani media that Moscow "welcomes any effort that brings peace closer, from any direction".

None of this means an Istanbul round is off. Both sides' negotiators have met in Abu Dhabi, Washington and on the Georgian border over the past year, and a senior Azerbaijani official said Baku "has no objection to Istanbul in principle". An Armenian official, who also asked not to be named, said the question of venue would be settled "only after the agenda is".

Ergun thinks the Turkish minister can live with a delay. "If the meeting happens in Istanbul in six months, Ankara will call it a success," she said. "If it happens somewhere else, Ankara will say it helped."

For now, the only certainty is the photograph Turkey wants: two delegations, one table, and a Bosphorus view behind them.`;

export const gold: GoldText = {
  name: "sealed-b/08-istanbul-venue-analysis",
  actors: actorsWithoutAliases("Turkey", "Armenia", "Azerbaijan", "Russia"),
  text,
  // Left out of gold: the experts Ergun and Moreau and "analysts say" (third parties), the headline and the
  // journalist's analysis ("he was making a bid", "That bet rests on leverage", "Both sides' negotiators have met",
  // the closing line), "Within a day, Yerevan had poured cold water on it" (the journalist's summary, no content).
  // Judgment calls: "she said" inside claim 3 stays inside the span; officials named by title only (the aide, the
  // envoys, the ambassador) speak for their states; "welcomes any effort ..." is a stance with claimed content and is
  // kept; "denied that Russia had been consulted" rebuts Rudakov's "informed ... in advance" (a negated restatement).
  claims: [
    /* 0 */ { quote: `Armenia and Azerbaijan had both "told us they are ready" to hold their next round of peace talks in Istanbul`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `Armenia "appreciates Turkey's constructive role"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `had not agreed on any venue`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Yerevan and Baku, she said, "do not need intermediaries to talk to each other"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Turkey's role was "facilitation, not mediation"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `the talks would remain bilateral "wherever they take place"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the Margara crossing was "technically ready" to open for third-country nationals and diplomats`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `it had been ready on the Armenian side "since 2022"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `the trilateral format with Russia "remains the most effective mechanism" for the two countries`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Moscow had been informed of Ankara's proposal in advance`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Russia had been consulted`, actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: `Nobody asked Moscow for permission, and nobody needed to`, actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: `Moscow "welcomes any effort that brings peace closer, from any direction"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Baku "has no objection to Istanbul in principle"`, actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: `the question of venue would be settled "only after the agenda is"`, actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[2, 0], [10, 9]],
};
