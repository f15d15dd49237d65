// Blind evaluation text: invented incident; built on anonymous sources on three sides, a rhetorical question,
// denial of a background claim.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `YEREVAN, Feb 21 (Reuters) - Armenia has signed a contract to buy Indian air-defence systems worth around $400 million, two sources in the Armenian Defence Ministry told Reuters, in what would be the country's biggest arms deal with a supplier other than Russia.

The sources, who asked not to be named because the deal has not been made public, said the first deliveries were expected before the end of the year. One of them said the systems would be deployed to protect "critical infrastructure", including the Metsamor nuclear power plant.

Armenia's Defence Ministry declined to comment on the report. Its spokeswoman, Narine Petrosyan, said only that Armenia "continues to strengthen its defence capabilities in line with its sovereign right to self-defence".

India's defence ministry did not respond to a request for comment.

Russia has traditionally supplied the bulk of Armenia's weapons, but relations have soured since Prime Minister Armen Tadevosyan said in December that Moscow had failed to deliver arms worth hundreds of millions of dollars that Yerevan had already paid for.

A source at Russia's Federal Service for Military-Technical Cooperation told the Interfax news agency on Wednesday that Moscow had fulfilled all its contractual obligations to Yerevan, and that reports of undelivered weapons were "not true".

In Baku, the reaction was swift. "The militarisation of Armenia by third countries encourages revanchist forces in Yerevan and undermines the peace process," Azerbaijani Foreign Ministry spokesman Tural Mammadli told reporters.

A senior Azerbaijani official, speaking on condition of anonymity, went further, saying the purchase showed that Yerevan was "preparing for revenge" rather than for peace. "Why would a country that says it wants peace spend this kind of money on weapons?" the official asked.

An Armenian Defence Ministry source rejected that reading. "These are purely defensive systems. They cannot be used to attack anyone," the source said. "Azerbaijan spends more on its army every year than Armenia's entire state budget, so lectures about militarisation from Baku sound strange."

"Yerevan is buying what Moscow would not or could not sell it," said Ruben Ghukasyan, a defence analyst in Yerevan. "The real question is whether India can deliver faster than Russia did."

The Stockholm International Peace Research Institute estimates that Russia's share of Armenian arms imports fell sharply after 2022, while India and France became its main new suppliers.`;

export const gold: GoldText = {
  name: "blind/07-air-defence-sources",
  actors: actorsWithoutAliases("Armenia", "Russia", "Azerbaijan"),
  text,
  claims: [
    /* 0 */ { quote: "Armenia has signed a contract to buy Indian air-defence systems worth around $400 million", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 1 */ { quote: "the first deliveries were expected before the end of the year", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 2 */ { quote: 'the systems would be deployed to protect "critical infrastructure", including the Metsamor nuclear power plant', actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 3 */ { quote: 'Armenia "continues to strengthen its defence capabilities in line with its sovereign right to self-defence"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Moscow had failed to deliver arms worth hundreds of millions of dollars that Yerevan had already paid for", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Moscow had fulfilled all its contractual obligations to Yerevan", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: 'reports of undelivered weapons were "not true"', actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: "The militarisation of Armenia by third countries encourages revanchist forces in Yerevan and undermines the peace process", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'the purchase showed that Yerevan was "preparing for revenge" rather than for peace', actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: "Why would a country that says it wants peace spend this kind of money on weapons", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "These are purely defensive systems. They cannot be used to attack anyone", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: "Azerbaijan spends more on its army every year than Armenia's entire state budget, so lectures about militarisation from Baku sound strange", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
  ],
  // 11 is a tu-quoque counter-accusation, not a denial of 7: no pair.
  rebuttals: [
    [5, 4],
    [6, 4],
    [10, 8],
  ],
};
