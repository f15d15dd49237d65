// Sealed evaluation text (set C): a Chișinău news site's story translated from Romanian, curly quotes,
// colon headlines; invented round of the Transnistrian gas dispute. Colon attributions in the headline,
// a two-sided lead, a minister's quote before his name, "the minister" and "he" referring back, a
// long-held position recalled with an attribution verb, Gazprom and Moldovagaz as companies, the de facto
// Tiraspol leadership, an opposition MP, the European Commission.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Chișinău: “Moscow is freezing Transnistria on purpose.” Moscow: “The fault lies with Chișinău”

(Translated from Romanian)

CHIȘINĂU, 14 January — The Moldovan government on Tuesday accused Russia of deliberately leaving the Transnistrian region without gas for the third week in a row, while Moscow said Chișinău alone was to blame because it had refused to settle its debt to Gazprom.

“There is gas, there are routes and there is money. The only thing missing is political will in Moscow,” Energy Minister Victor Rusu told reporters after the government meeting.

The minister said the state trader Energocom had offered to buy gas on European markets for the left bank and deliver it through Ukraine. According to him, the authorities in Tiraspol turned the offer down “on instructions from Moscow”, even though residents there have been living with rolling blackouts and unheated flats since the start of the month.

In Tiraspol, the region's de facto leader said residents were being “punished by Chișinău for wanting peace” and that the left bank would “survive this winter as it survived the others”.

The Cuciurgan power plant, which stands on Transnistrian territory and until last year covered most of Moldova's electricity needs, is running on coal at about a third of its capacity, according to its management.

In Moscow, Russian Foreign Ministry spokeswoman Irina Polevaya said at her weekly briefing that the Moldovan leadership had “created this crisis with its own hands” by refusing to recognise a debt of more than $700 million to Gazprom. Russia was “ready to resume supplies as soon as the question of the debt is resolved”, she added.

Chișinău has long maintained that an international audit commissioned in 2023 found the real debt to be under $9 million, and that the rest is penalties and interest that no court has confirmed.

Gazprom, for its part, said on its Telegram channel that it had “fulfilled all its contractual obligations” and that Moldovagaz had not paid for December. Moldovagaz, in which the Russian company holds a majority stake, declined to comment.

The presidential administration in Chișinău said in a statement that Russia was using the people of the left bank “as hostages” ahead of this year's parliamentary elections. The Kremlin's aim, it said, was “to blame the government for the cold and to bring its own people to power”.

In Kyiv, Ukraine's Energy Ministry said on Tuesday evening that Ukraine was prepared to let gas bought by Moldova from European traders flow through its pipelines to Transnistria. It would not, however, allow “a single cubic metre of Russian gas” through its territory, the ministry added.

The European Commission said it was ready to help Chișinău finance emergency purchases and called the situation “a humanitarian concern”.

In Parliament, Socialist MP Grigore Lupașcu said the government had “done nothing for months” to avoid the crisis and accused the ruling party of using the left bank as a campaign theme.

Asked whether Chișinău would pay the disputed debt to unblock supplies, Rusu was categorical. “We will not pay a single leu for a debt that does not exist,” he said. “Whoever wants to sell us gas can sell it at market prices, like everyone else.”

Transnistria, a strip of land between the Nistru river and Ukraine, broke away from Moldova in a brief war in 1992. About 1,500 Russian troops remain there.`;

export const gold: GoldText = {
  name: "sealed-c/07-transnistria-gas-translated",
  actors: actorsWithoutAliases("Moldova", "Russia", "Ukraine"),
  text,
  // Left out of gold: the de facto Tiraspol leader (not an actor); the Cuciurgan plant's management,
  // Gazprom and Moldovagaz (companies); the European Commission; the Socialist MP Lupașcu (opposition
  // lawmaker); "Rusu was categorical" (no statement); the last paragraph (background). Judgment calls:
  // the colon headlines are gold ("X: “...”" is an attribution); "Chișinău has long maintained that"
  // recalls Moldova's position with an attribution verb, gold, and is linked to Russia's $700 million
  // claim; "According to him" gives claim 6 to the minister; the presidential administration speaks for
  // Moldova; the Kremlin's aim as the administration describes it (claim 11, with "it said" inside the
  // span) is Moldova's claim; a statement split by "she added" or "the ministry added" after its first sentence is its own claim.
  claims: [
    /* 0 */ { quote: `Moscow is freezing Transnistria on purpose`, actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: `The fault lies with Chișinău`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: `Russia of deliberately leaving the Transnistrian region without gas for the third week in a row`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Chișinău alone was to blame because it had refused to settle its debt to Gazprom`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `There is gas, there are routes and there is money. The only thing missing is political will in Moscow`, actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `the state trader Energocom had offered to buy gas on European markets for the left bank and deliver it through Ukraine`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the authorities in Tiraspol turned the offer down “on instructions from Moscow”`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the Moldovan leadership had “created this crisis with its own hands” by refusing to recognise a debt of more than $700 million to Gazprom`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `Russia was “ready to resume supplies as soon as the question of the debt is resolved”`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `an international audit commissioned in 2023 found the real debt to be under $9 million, and that the rest is penalties and interest that no court has confirmed`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Russia was using the people of the left bank “as hostages” ahead of this year's parliamentary elections`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `The Kremlin's aim, it said, was “to blame the government for the cold and to bring its own people to power”`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Ukraine was prepared to let gas bought by Moldova from European traders flow through its pipelines to Transnistria`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `It would not, however, allow “a single cubic metre of Russian gas” through its territory`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `We will not pay a single leu for a debt that does not exist`, actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: `Whoever wants to sell us gas can sell it at market prices, like everyone else`, actor: "Moldova", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [1, 0],
    [3, 2],
    [9, 7],
    [14, 7],
  ],
};
