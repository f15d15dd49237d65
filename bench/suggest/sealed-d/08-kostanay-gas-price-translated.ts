// Sealed-d evaluation text: a Kazakh regional business site's story, translated from Russian, curly quotes;
// Russian gas prices for northern Kazakhstan. Vice-ministers, an akim (regional governor), a Russian deputy
// minister via a Russian agency, state companies and an economist as third parties, "the department".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Energy Ministry: new Russian gas price for Kostanay “not acceptable”

Translated from Russian. First published by a Kostanay business news site.

KOSTANAY. The Ministry of Energy of the Republic of Kazakhstan considers unacceptable the price proposed by the Russian side for gas supplies to Kostanay region next year, Vice Minister of Energy Yerlan Akhmetov informed journalists on Monday at a briefing in Astana.

According to the vice minister, the Russian supplier has proposed raising the price by 34 percent from January 1, which, he noted, “does not correspond either to the market situation or to the level of our partnership.”

“We are not refusing to talk. But we will not sign a contract on these terms, and our Russian colleagues have been informed of this,” Akhmetov said.

Kostanay region, which is not connected to Kazakhstan’s main gas pipeline network, receives almost all of its gas from Russia through a branch line from the Orenburg direction. About 280,000 households in the region depend on these supplies for heating.

The Russian side sees the situation differently. Deputy Minister of Energy of the Russian Federation Vladimir Kuzin, quoted by the RIA Novosti agency, said that the new price “fully reflects the costs of production and transport” and that Kazakh consumers had for years paid “well below what Russian regions pay.”

Kuzin also said that Russia had proposed to sign a long-term contract for ten years at a fixed formula, but the Kazakh side had not responded to this proposal.

The Ministry of Energy of Kazakhstan did not agree with this. The department reported that a response to the Russian proposal had been sent in October and that it contained “concrete counterproposals on the formula and the volumes.”

The akim of Kostanay region, Bolat Zhunusov, assured residents that there would be no interruptions in supplies this winter. “Gas will flow, the heating season is not under threat. This I can say for certain,” the akim said at a meeting with the region’s aktiv.

According to him, the regional budget will cover part of the increase for socially vulnerable groups if the new price is nevertheless agreed.

The national operator QazaqGaz reported that talks with Gazprom were continuing “in a working mode” and declined further comment.

The Kremlin did not comment on the matter. At the same time, a source in the Russian government told the Kommersant newspaper that Moscow was linking the price to Kazakhstan’s decision to raise tariffs for the transit of Russian gas to Uzbekistan. “Everything is connected,” the source said.

The Ministry of Energy of Kazakhstan called this version “groundless speculation” and stated that transit tariffs are set by an independent regulator.

Economist Aigerim Sultanbekova believes that the dispute is unlikely to end in a cut-off. “Both sides need this contract. It is a question of who blinks first,” she told our publication.

According to the data of the Bureau of National Statistics, gas tariffs for households in Kostanay region have risen by 12 percent since the beginning of this year.

We will follow the development of the situation.`;

export const gold: GoldText = {
  name: "sealed-d/08-kostanay-gas-price-translated",
  actors: actorsWithoutAliases("Kazakhstan", "Russia"),
  text,
  // Left out of gold: background on the pipeline and households, statistics bureau data and the sign-off
  // (narration); "The Russian side sees the situation differently", "did not agree with this" and "The
  // Kremlin did not comment" (narration around statements); QazaqGaz and Gazprom (companies); the economist
  // (third party); "the Russian supplier" is a company, but the proposal is reported by the vice minister,
  // so claim 1 is Kazakhstan's. Judgment calls: the colon headline "Energy Ministry: ... “not acceptable”"
  // is gold, the span being all after the colon (with its closing quote mark, no punctuation follows); the
  // lead's "considers unacceptable the price ..." gives "unacceptable the price ...", like "called A B"; an akim is the state; a source in the Russian government
  // relayed by Kommersant is Russia, ANONYMOUS_SOURCE, no relayedBy; "called this version B" gives "this
  // version B". Kuzin's "but the Kazakh side had not responded" is part of his one that-clause.
  claims: [
    /* 0 */ { quote: "new Russian gas price for Kostanay “not acceptable”", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "unacceptable the price proposed by the Russian side for gas supplies to Kostanay region next year", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the Russian supplier has proposed raising the price by 34 percent from January 1, which, he noted, “does not correspond either to the market situation or to the level of our partnership", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "We are not refusing to talk. But we will not sign a contract on these terms, and our Russian colleagues have been informed of this", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "the new price “fully reflects the costs of production and transport”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Kazakh consumers had for years paid “well below what Russian regions pay", actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Russia had proposed to sign a long-term contract for ten years at a fixed formula, but the Kazakh side had not responded to this proposal", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "a response to the Russian proposal had been sent in October", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "it contained “concrete counterproposals on the formula and the volumes", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "there would be no interruptions in supplies this winter", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Gas will flow, the heating season is not under threat. This I can say for certain", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "the regional budget will cover part of the increase for socially vulnerable groups if the new price is nevertheless agreed", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Moscow was linking the price to Kazakhstan’s decision to raise tariffs for the transit of Russian gas to Uzbekistan", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 13 */ { quote: "Everything is connected", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: "this version “groundless speculation", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "transit tariffs are set by an independent regulator", actor: "Kazakhstan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[4, 2], [7, 6], [14, 12], [15, 12]],
};
