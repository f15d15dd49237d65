// Sealed evaluation text (set C): a radio interview written up as a news story; invented round of
// protests in Tbilisi and Russian reactions. A demand in the headline, statements in the subhead,
// answers quoted after the presenter's questions (reported, not gold), "she said when the presenter
// read out", "referring to", the opposition, a rights group, a Duma deputy, de facto authorities and
// the EU as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Georgian minister tells Moscow to "stay out" of Tbilisi protests

Deputy Foreign Minister Nino Gelashvili says Russian comments 'help no one', insists police acted within the law

TBILISI, May 22 - Georgia does not need Moscow's advice on how to handle street protests, Deputy Foreign Minister Nino Gelashvili said on Thursday, a day after Russia's Foreign Ministry warned that the demonstrations in Tbilisi bore "all the hallmarks of a colour revolution".

"We have our own laws, our own police and our own courts. We do not need anyone in Moscow to explain to us what is happening on Rustaveli Avenue," Gelashvili said in a live interview on the morning programme of the radio station Tbilisi FM.

The protests, now in their third week, began after parliament passed a law restricting foreign funding for broadcasters. Opposition parties accuse the government of drifting towards Moscow, which it denies.

Asked whether the Russian statements were helping the government, Gelashvili laughed. "Nobody who has read them thinks so. Russian comments help no one, least of all the Georgian government," she said.

She said the police had acted "strictly within the law" when they cleared the avenue on Tuesday night and that 27 officers had been injured by protesters throwing stones and fireworks.

The Georgian Young Lawyers' Association, a rights group, says it has documented 41 cases of ill-treatment of detained protesters, including broken noses and ribs. Opposition leaders say the real number is higher.

"Every complaint will be investigated. If a police officer broke the law, he will answer for it, like anyone else," Gelashvili said when the presenter read out the figure.

On Wednesday, Russian Foreign Ministry spokeswoman Svetlana Orlik accused Western embassies of "directing" the protests and said Moscow was "following events in a friendly neighbouring country with concern". The ministry said it had advised Russian citizens to avoid central Tbilisi.

Gelashvili rejected that version too. "There are problems with some foreign-funded groups, and we have said so openly. But to say that embassies are running the protests is simply false," she said.

Kremlin spokesman Roman Kuzin told reporters on Thursday that Russia "does not interfere in the internal affairs of Georgia". Moscow had had "no contacts" with the Georgian authorities about the protests, he said.

"Russian troops still stand 40 kilometres from this studio," Gelashvili said, referring to the Russian-occupied region of South Ossetia. "When someone who keeps soldiers on our land talks about interference, people here do not take it seriously."

The presenter asked whether Tbilisi would consider restoring diplomatic relations with Moscow, broken off after the 2008 war. "Not while Russian soldiers are in Tskhinvali. That is not a question of mood, it is a question of principle," she replied.

In Moscow, State Duma deputy Gennady Sorokin said on a talk show that Georgians should "remember what happened in Kyiv in 2014". The de facto authorities in Tskhinvali said they had reinforced what they call the state border.

The European Union's delegation in Tbilisi urged the authorities and protesters to show restraint and called for the release of journalists detained on Tuesday.

Gelashvili said at the end of the interview that the government would meet representatives of the protesters next week, but that the foreign funding law "will not be withdrawn".`;

export const gold: GoldText = {
  name: "sealed-c/10-tbilisi-protests-radio-interview",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  // Left out of gold: the headline (a demand, "tells Moscow to stay out", no claimed content); "Gelashvili
  // laughed"; the background on the protests, including "which it denies" (a denial of a pronoun); the
  // presenter's questions; the rights group, the opposition, the Duma deputy Sorokin (a lawmaker), the de
  // facto authorities in Tskhinvali and the EU delegation (not actors); "referring to the Russian-occupied
  // region of South Ossetia" (the writer's gloss). Judgment calls: the subhead's two statements after
  // "says" are two claims; "Nobody who has read them thinks so" is kept with the answer's second sentence
  // as one claim; "Gelashvili rejected that version too" is a claim with its object as the span, linked to
  // Orlik's accusation like the quote that follows it; "Moscow was following events ... with concern" is a
  // statement of stance with content, gold; the minister's answers are one claim per quoted stretch
  // between attributions; claims 16-17 are not linked to the Kremlin's "does not interfere" (the
  // contradiction is only implied).
  claims: [
    /* 0 */ { quote: `Russian comments 'help no one'`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `police acted within the law`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `Georgia does not need Moscow's advice on how to handle street protests`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `the demonstrations in Tbilisi bore "all the hallmarks of a colour revolution"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `We have our own laws, our own police and our own courts. We do not need anyone in Moscow to explain to us what is happening on Rustaveli Avenue`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `Nobody who has read them thinks so. Russian comments help no one, least of all the Georgian government`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: `the police had acted "strictly within the law" when they cleared the avenue on Tuesday night`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `27 officers had been injured by protesters throwing stones and fireworks`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `Every complaint will be investigated. If a police officer broke the law, he will answer for it, like anyone else`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: `Western embassies of "directing" the protests`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Moscow was "following events in a friendly neighbouring country with concern"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `it had advised Russian citizens to avoid central Tbilisi`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `that version`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `There are problems with some foreign-funded groups, and we have said so openly. But to say that embassies are running the protests is simply false`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: `Russia "does not interfere in the internal affairs of Georgia"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Moscow had had "no contacts" with the Georgian authorities about the protests`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `Russian troops still stand 40 kilometres from this studio`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 17 */ { quote: `When someone who keeps soldiers on our land talks about interference, people here do not take it seriously`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 18 */ { quote: `Not while Russian soldiers are in Tskhinvali. That is not a question of mood, it is a question of principle`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 19 */ { quote: `the government would meet representatives of the protesters next week`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 20 */ { quote: `the foreign funding law "will not be withdrawn"`, actor: "Georgia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [2, 3],
    [12, 9],
    [13, 9],
  ],
};
