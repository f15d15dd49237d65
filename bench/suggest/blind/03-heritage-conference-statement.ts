// Blind evaluation text: invented incident, statement-heavy piece with a translated ministry statement quoted over
// several paragraphs (open-quote at each paragraph, close-quote only at the end), then the response and counter.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `BAKU, June 12 - Azerbaijan's Foreign Ministry on Thursday issued a sharply worded statement over an international conference on "the cultural heritage of Artsakh" held in Yerevan this week, accusing the Armenian government of encouraging revanchism.

The statement, distributed by the ministry in Azerbaijani and in an English translation, runs to more than 600 words. Its key passages read:

"The Ministry of Foreign Affairs of the Republic of Azerbaijan notes with deep concern that the so-called conference held in Yerevan on 10-11 June was used as a platform for openly revanchist rhetoric. Participants in the event questioned the sovereignty and territorial integrity of the Republic of Azerbaijan, which runs counter to the letter and spirit of the peace agenda.

"It is regrettable that representatives of the Government of Armenia, instead of distancing themselves from such statements, took part in the event and thereby demonstrated their support for them. Such actions raise serious questions about the sincerity of Armenia's declared commitment to peace.

"Azerbaijan has repeatedly stated that lasting peace in the region cannot be built while territorial claims against our country remain enshrined in the Constitution of Armenia and in its political discourse."

The conference, organised by the Yerevan-based Armenian Heritage Foundation, brought together historians and clergy from Armenia, France and the United States. In a statement, the foundation said the event had been "purely academic" and had no political aims.

Armenia's Foreign Ministry spokeswoman Lusine Hakobyan said no member of the government had taken part in the conference and that Yerevan had learnt of its programme from the media.

"Armenia has no territorial claims against Azerbaijan, and the Prime Minister has stated this publicly on many occasions," Hakobyan told reporters. "Attempts to present a private academic discussion as state policy are a deliberate distortion."

Farid Karimli, a foreign policy aide to Azerbaijan's president, was unmoved. Assurances from Yerevan meant little as long as the constitution remained unchanged, he wrote on X.

"Words are not enough. We judge by documents, and the main document of Armenia still contains claims to our land," Karimli wrote.

Baku has made changes to Armenia's constitution, whose preamble refers to the 1990 declaration of independence, a precondition for signing the peace treaty the two sides agreed on in principle last year. Yerevan has said a new constitution could be put to a referendum after parliamentary elections due next year.`;

export const gold: GoldText = {
  name: "blind/03-heritage-conference-statement",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia"),
  text,
  claims: [
    /* 0 */ { quote: "the Armenian government of encouraging revanchism", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "The Ministry of Foreign Affairs of the Republic of Azerbaijan notes with deep concern that the so-called conference held in Yerevan on 10-11 June was used as a platform for openly revanchist rhetoric. Participants in the event questioned the sovereignty and territorial integrity of the Republic of Azerbaijan, which runs counter to the letter and spirit of the peace agenda", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "It is regrettable that representatives of the Government of Armenia, instead of distancing themselves from such statements, took part in the event and thereby demonstrated their support for them. Such actions raise serious questions about the sincerity of Armenia's declared commitment to peace", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "Azerbaijan has repeatedly stated that lasting peace in the region cannot be built while territorial claims against our country remain enshrined in the Constitution of Armenia and in its political discourse", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "no member of the government had taken part in the conference", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Yerevan had learnt of its programme from the media", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Armenia has no territorial claims against Azerbaijan, and the Prime Minister has stated this publicly on many occasions", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "Attempts to present a private academic discussion as state policy are a deliberate distortion", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Assurances from Yerevan meant little as long as the constitution remained unchanged", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Words are not enough. We judge by documents, and the main document of Armenia still contains claims to our land", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "a new constitution could be put to a referendum after parliamentary elections due next year", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [4, 2],
    [6, 3],
    [7, 0],
    [8, 6],
    [9, 6],
  ],
};
