// Sealed-f evaluation text: Anadolu-style wire ("Türkiye"); invented round of Turkish-Russian talks on a gas trading
// hub in Thrace. Headline statement before "says", "adding that", a minister quoted before and after his attribution,
// an anonymous Turkish official, a Russian deputy prime minister quoted via Interfax, an Azerbaijani minister,
// state companies, the European Commission and an analyst as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Türkiye, Russia 'close to agreement' on Thrace gas hub, says Turkish energy minister

Minister Murat Aydemir says first trades on planned platform could take place before end of next year

ISTANBUL (AA) - Türkiye and Russia are close to agreeing on the legal framework for a natural gas trading hub in the Thrace region, Turkish Energy and Natural Resources Minister Murat Aydemir said on Wednesday, adding that the first trades could take place "before the end of next year."

Speaking at the Istanbul Energy Forum, Aydemir said technical teams from BOTAŞ and Gazprom had met in Ankara last week for a fourth round of talks on the structure of the hub.

"Türkiye is not building a hub for one supplier. Russian, Azerbaijani, Turkmen and LNG volumes will all be traded on a transparent platform," Aydemir said. "The price will be set by the market, not by politics."

The hub idea was first floated by Moscow in October 2022, weeks after explosions damaged the Nord Stream pipelines under the Baltic Sea. Since then, Russian gas has reached Türkiye and southeastern Europe mainly through the TurkStream pipeline, which lands near the village of Kıyıköy in Kırklareli province.

An official from the Turkish Energy Ministry, speaking on condition of anonymity because the talks are confidential, told Anadolu that Ankara had rejected a Russian proposal to give Gazprom a majority stake in the company that would operate the trading platform.

Moscow was more cautious about the timetable. Russian Deputy Prime Minister Alexei Novikov told the Interfax news agency that the two sides were "not yet close" to a final agreement and that "serious questions" remained over who would own the platform.

"Our partners in Ankara understand perfectly well that without Russian volumes there is no hub," Novikov said.

Asked about the Anadolu report, Novikov's office said in a statement that Moscow had never sought a controlling stake and that "any talk of ultimatums is speculation."

Azerbaijan, which supplies Türkiye through the Trans-Anatolian Natural Gas Pipeline (TANAP), is also watching the talks closely. Azerbaijani Energy Minister Elchin Mammadzade told Anadolu on the sidelines of the forum that his country was ready to send additional volumes to the hub, "provided the rules are the same for everyone."

"Baku does not see the hub as a threat to our exports to Europe. We see it as one more door," Mammadzade said.

The European Commission, asked about the project last month, said it would "closely monitor" any mechanism that could allow Russian gas to be relabeled and sold into the EU market.

Istanbul-based energy analyst Deniz Kaplan said the commercial case for the hub depended on European buyers. "If the gas cannot be sold onward to Bulgaria and beyond, it is a Turkish domestic market with a new name," Kaplan said.

BOTAŞ said in a written statement that it would publish draft trading rules for public consultation once the intergovernmental agreement was initialed. Gazprom did not respond to a request for comment.

Türkiye imported about 50 billion cubic meters of gas last year, roughly 40% of it from Russia, according to the country's energy market regulator.`;

export const gold: GoldText = {
  name: "sealed-f/04-thrace-gas-hub",
  actors: actorsWithoutAliases("Turkey", "Russia", "Azerbaijan"),
  text,
  // Left out of gold: BOTAŞ and Gazprom (state-owned companies), the European Commission, the analyst, the energy
  // market regulator's figures (published data, "according to" a regulator's statistics, not a statement), and the
  // journalist's background on Nord Stream and TurkStream. The deck line under the headline is gold like the
  // headline: it repeats the minister's claim in other words. Judgment calls: Interfax relays Russia with no
  // `relayedBy`; Novikov's two coordinated that-clauses are two claims, and so are his office's; the second of
  // those is entirely quoted, so it is DIRECT_QUOTE without the quote marks. "Moscow was more cautious ..." is
  // narration. The anonymous Turkish official is Turkey, ANONYMOUS_SOURCE.
  claims: [
    /* 0 */ { quote: "Türkiye, Russia 'close to agreement' on Thrace gas hub", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "first trades on planned platform could take place before end of next year", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Türkiye and Russia are close to agreeing on the legal framework for a natural gas trading hub in the Thrace region", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'the first trades could take place "before the end of next year', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "technical teams from BOTAŞ and Gazprom had met in Ankara last week for a fourth round of talks on the structure of the hub", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Türkiye is not building a hub for one supplier. Russian, Azerbaijani, Turkmen and LNG volumes will all be traded on a transparent platform", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "The price will be set by the market, not by politics", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "Ankara had rejected a Russian proposal to give Gazprom a majority stake in the company that would operate the trading platform", actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: 'the two sides were "not yet close" to a final agreement', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: '"serious questions" remained over who would own the platform', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Our partners in Ankara understand perfectly well that without Russian volumes there is no hub", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "Moscow had never sought a controlling stake", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "any talk of ultimatums is speculation", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: 'his country was ready to send additional volumes to the hub, "provided the rules are the same for everyone', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Baku does not see the hub as a threat to our exports to Europe. We see it as one more door", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [8, 2],
    [11, 7],
    [12, 7],
  ],
};
