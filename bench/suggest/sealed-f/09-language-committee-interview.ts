// Sealed-f evaluation text: interview write-up with quotes, written as prose; an invented Kazakh language-policy
// official answers Russian accusations about Russian-language schools and "language patrols". Quoted headline,
// scene-setting, quotes split by "she said", Russian claims recalled as the reason for the interview, an ambassador
// via RIA Novosti, the OSCE, Duma deputies and bloggers as non-gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kazakhstan's language chief: 'Nobody is being forced to forget Russian'

ASTANA - When Aigerim Seitkaliyeva took over the Language Policy Committee at Kazakhstan's Ministry of Culture and Information last spring, she expected to spend her days on textbooks, street signs and subtitles. Instead, much of her first year has gone on answering Moscow.

The latest row began in March, when Russia's Foreign Ministry said that Russian-speaking parents in northern Kazakhstan were being "pushed" to move their children to Kazakh-language schools and that dozens of Russian-language classes had been closed in the Pavlodar and Kostanay regions.

"That is simply not true," Seitkaliyeva said in an interview in her office in Astana, a pile of Russian-language newspapers on the table beside her. "The number of Russian-language classes in Pavlodar went up this year, not down."

Under Kazakhstan's constitution, Kazakh is the state language and Russian is used officially alongside it. Most urban Kazakhs grew up speaking Russian at home, and many still do.

Seitkaliyeva, 44, a former linguistics professor who switches between the two languages mid-sentence, said the law guaranteed every parent the right to choose the language of instruction and that no school had been ordered to close a Russian class.

"What we are doing is making Kazakh a language of real life, not only of ceremonies," she said. "If a young person in Petropavl cannot order a coffee in Kazakh, that is our failure, not Moscow's business."

Russia's ambassador in Astana, Grigory Tarasov, told the RIA Novosti agency last month that "language patrols" were intimidating Russian speakers in shops and cafes and that the Kazakh authorities were "turning a blind eye".

Seitkaliyeva smiled when the subject came up. She said the two activists who had filmed shop assistants and posted the videos online had been fined by a court in Almaty, and that "there are no language patrols in Kazakhstan, there are a few bloggers looking for clicks".

Several deputies of Russia's State Duma have called for a special commission on the rights of Russian speakers in Kazakhstan. On that idea, she would say only that Astana "does not need outside help to look after its own citizens".

Kazakhstan's Foreign Ministry has said repeatedly that Russian-language media operate freely in the country, and Russian television channels are still available on most cable packages.

The OSCE's High Commissioner on National Minorities, who visited Pavlodar and Ust-Kamenogorsk in April, said afterwards that she had seen no evidence of systematic discrimination, but recommended clearer rules on language tests for public-sector jobs.

In Moscow this week, foreign ministry spokeswoman Yelena Sobolevskaya said Russia would "continue to monitor" the situation of its compatriots in Kazakhstan.

Seitkaliyeva said her committee was preparing free online Kazakh courses for adults, with a Russian-language interface, to be launched in September.

At the end of the interview she switched back to Russian. "Russian is not going anywhere. I speak it with my mother every evening," she said, laughing. "But my daughter will speak Kazakh first, and that is normal for a country like ours."`;

export const gold: GoldText = {
  name: "sealed-f/09-language-committee-interview",
  actors: actorsWithoutAliases("Kazakhstan", "Russia"),
  text,
  // Left out of gold: the OSCE's High Commissioner, the Duma deputies (lawmakers; "called for" is a demand), RIA
  // Novosti as such, the scene-setting and background (the constitution, "Russian television channels are still
  // available ..." after the Foreign Ministry's clause), and "Instead, much of her first year has gone on answering
  // Moscow" (narration). Judgment calls: the Language Policy Committee chair speaks for Kazakhstan; the headline's
  // quoted sentence followed by the speaker's description after a colon is her DIRECT_QUOTE claim; quotes split by
  // "she said" are two claims; "said repeatedly that" is a standing position (gold); "would continue to monitor" and
  // the online courses are stated intentions with content (gold); the that-clause entirely in quote marks is
  // DIRECT_QUOTE without the marks.
  claims: [
    /* 0 */ { quote: "Nobody is being forced to forget Russian", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: 'Russian-speaking parents in northern Kazakhstan were being "pushed" to move their children to Kazakh-language schools', actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "dozens of Russian-language classes had been closed in the Pavlodar and Kostanay regions", actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "That is simply not true", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "The number of Russian-language classes in Pavlodar went up this year, not down", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "the law guaranteed every parent the right to choose the language of instruction", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "no school had been ordered to close a Russian class", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "What we are doing is making Kazakh a language of real life, not only of ceremonies", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "If a young person in Petropavl cannot order a coffee in Kazakh, that is our failure, not Moscow's business", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: '"language patrols" were intimidating Russian speakers in shops and cafes', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'the Kazakh authorities were "turning a blind eye"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the two activists who had filmed shop assistants and posted the videos online had been fined by a court in Almaty", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "there are no language patrols in Kazakhstan, there are a few bloggers looking for clicks", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: 'Astana "does not need outside help to look after its own citizens"', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Russian-language media operate freely in the country", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Russia would "continue to monitor" the situation of its compatriots in Kazakhstan', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "her committee was preparing free online Kazakh courses for adults, with a Russian-language interface, to be launched in September", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "Russian is not going anywhere. I speak it with my mother every evening", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 18 */ { quote: "But my daughter will speak Kazakh first, and that is normal for a country like ours", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [3, 1],
    [4, 2],
    [6, 2],
    [12, 9],
  ],
};
