// Sealed evaluation text (set b): news analysis on a Russian plan to reopen the railway through Abkhazia, with
// experts around a few statements by Russia, Georgia and Armenia. Invented plan, officials and experts. A quote
// that runs across two sentences and on after "he said", a denial and an anonymous nuance, "accused Tbilisi of",
// a ruling-party lawmaker and the de facto authorities as distractors.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Analysis: Moscow's Abkhaz railway plan puts Tbilisi, and Yerevan, in a bind

TBILISI — The announcement came with no warning. Russia's deputy prime minister for transport, Viktor Samsonov, told an investment forum in Sochi on Thursday that freight trains would run from southern Russia through Abkhazia to Armenia "by the end of 2027", reviving a Soviet-era line that has been cut since the war of 1992-93.

"We have done the calculations. The Abkhaz section needs about 18 months of work, and the money is there," Samsonov said. "Talks with Tbilisi have begun at the technical level." He added that Georgian Railways would "sooner or later see the commercial sense" of the project.

The railway would not stop at the Inguri river. To reach Armenia, trains would have to cross the rest of Georgia, which makes Tbilisi's consent the whole question.

Georgia's answer came within hours. "Any transit through Georgia's occupied regions without the consent of the Georgian government is illegal under Georgian and international law," the Foreign Ministry said in a statement. The ministry said it had briefed the European Union and the United States. Foreign Minister Davit Kereselidze was blunter. No talks of any kind had taken place, he told reporters, and none would "while Russian troops remain on Georgian soil".

The picture behind closed doors may be less tidy. A Georgian government official, speaking on condition of anonymity, said Moscow had sent "informal signals" about the railway through Swiss diplomats, who represent Russian interests in Tbilisi, and that the government had chosen not to reply.

"For Moscow this is a test," said Giorgi Tsiklauri, who heads a transport policy institute in Tbilisi. "If Tbilisi says nothing, Russia will call it consent. If Tbilisi says no, Russia will say Georgia is blocking Armenia's trade."

That second message is already being tried out. Russia's Foreign Ministry spokeswoman accused Tbilisi on Friday of "looking to Brussels for permission to act in its own national interests", and said the railway would benefit "all the peoples of the South Caucasus".

For Armenia, which depends on a single mountain road through Georgia for most of its trade with Russia, the offer is hard to dismiss and harder to accept. Vahe Martirosyan, Armenia's minister of territorial administration and infrastructure, said Yerevan "is interested in every route that connects us with the world". But Armenia, he said, "will not take part in any project that violates the territorial integrity of Georgia".

Elena Marchetti, a researcher at a Rome-based institute who studies the region's transport corridors, said Yerevan's answer was carefully balanced. "Armenia has said yes to the idea and no to the method, which leaves it room," she said.

In Sukhumi, the de facto Abkhaz leadership welcomed the plan and said work on the line could start in the spring. In Tbilisi, a senior lawmaker from the ruling party said the opposition was "exaggerating the danger" and that the government would never allow the line to reopen without a political settlement.

The opposition sees it the other way. Rusudan Beridze, an opposition member of parliament, said the government's silence in recent months had encouraged Moscow. "They waited for the Russians to say it first," she said.

For now, the tracks south of the Inguri are overgrown, and the bridge at Rukhi has been closed to trains for three decades.`;

export const gold: GoldText = {
  name: "sealed-b/10-abkhaz-railway-analysis",
  actors: actorsWithoutAliases("Russia", "Georgia", "Armenia"),
  text,
  // Left out of gold: the experts Tsiklauri and Marchetti (third parties), the de facto Abkhaz leadership, the
  // ruling-party lawmaker and the opposition MP (lawmakers speaking for themselves), the headline, the
  // journalist's analysis ("The railway would not stop at the Inguri river", "The picture behind closed doors ...",
  // "That second message ...", the Armenia background) and the closing line.
  // Judgment calls: Samsonov's quote goes on after "Samsonov said" in a new quote, so it is two claims (1, 2);
  // Kereselidze's paraphrase before "he told reporters" and its quoted tail are one statement (claim 6, attribution
  // inside it); the spokeswoman, named by title only, is Russia; "he said" stays inside claim 12, which starts after
  // the sentence's "But".
  claims: [
    /* 0 */ { quote: `freight trains would run from southern Russia through Abkhazia to Armenia "by the end of 2027"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `We have done the calculations. The Abkhaz section needs about 18 months of work, and the money is there`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: `Talks with Tbilisi have begun at the technical level`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: `Georgian Railways would "sooner or later see the commercial sense" of the project`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Any transit through Georgia's occupied regions without the consent of the Georgian government is illegal under Georgian and international law`, actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `it had briefed the European Union and the United States`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `No talks of any kind had taken place, he told reporters, and none would "while Russian troops remain on Georgian soil"`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `Moscow had sent "informal signals" about the railway through Swiss diplomats, who represent Russian interests in Tbilisi`, actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `the government had chosen not to reply`, actor: "Georgia", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: `Tbilisi on Friday of "looking to Brussels for permission to act in its own national interests"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `the railway would benefit "all the peoples of the South Caucasus"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `Yerevan "is interested in every route that connects us with the world"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Armenia, he said, "will not take part in any project that violates the territorial integrity of Georgia"`, actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[6, 2]],
};
