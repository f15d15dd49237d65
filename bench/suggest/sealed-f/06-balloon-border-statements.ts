// Sealed-f evaluation text: statement-heavy diplomatic story; invented row over smugglers' balloons on the
// Belarusian-Lithuanian border. Ministries trading statements, Lithuania (not an actor) quoted at length, a Belarusian
// deputy minister contradicting his own border committee, a KGB chief via the state news agency, Ukraine and Russia
// answering, the European Commission and NATO as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Minsk accuses Vilnius of 'inventing' balloon threat as Lithuania keeps border shut

VILNIUS/MINSK, Oct. 22 - Belarus on Wednesday accused Lithuania of inventing a threat from smugglers' balloons to justify closing the border, hours after Vilnius extended the closure of its two remaining crossings for another month and called the balloon flights "a hybrid attack directed by the regime in Minsk".

Lithuania's interior minister, Rasa Vaitkute, told parliament that more than 600 balloons carrying contraband cigarettes had crossed into Lithuania since August, forcing Vilnius airport to suspend flights on eleven nights. "These are not schoolboys with a lighter. This is organised, and it is tolerated on the other side," she said.

The Belarusian Foreign Ministry answered within hours. "The Lithuanian side is creating a crisis out of cigarettes," it said in a statement. "Not one balloon has been proven to have been launched by state bodies of the Republic of Belarus, and Vilnius knows it."

The ministry said about 1,200 Belarusian trucks were stuck on the Lithuanian side of the border and that their drivers were being denied access to food and toilets.

A week earlier, Belarus's State Border Committee had said its patrols had found no launch sites along the frontier and that the balloons were "purely a matter for the Lithuanian police".

But Deputy Foreign Minister Igor Kazanovich, speaking on state television on Tuesday evening, acknowledged that "some individuals" might be using Belarusian territory to launch balloons, in what appeared to be the first such admission by an official in Minsk. He said criminal cases had been opened against three people in the Grodno region.

The head of Belarus's KGB, Anatoly Semashko, went further, telling the state news agency BelTA that some of the launches were being "coordinated from Ukrainian territory" by exiled opposition activists working with Ukrainian special services.

Kyiv dismissed the claim as "paranoid fiction". "Minsk blames Kyiv for everything, from drones to the weather," Ukrainian Foreign Ministry spokesman Andriy Selezniov wrote on Facebook.

Moscow sided with its ally. Russian Foreign Ministry spokeswoman Yelena Sobolevskaya said the border closure was "part of a coordinated Baltic policy of isolating Belarus" and warned that it was also disrupting freight to Russia's Kaliningrad exclave.

Lithuania's Foreign Ministry said rail transit to Kaliningrad was operating normally and was not affected by the closure of the road crossings.

The European Commission said it stood "in full solidarity" with Lithuania and was ready to discuss further sanctions against Belarusian officials. A NATO spokesperson said the alliance was "monitoring the situation closely" but did not consider the balloons a military threat.

Lithuania first shut the crossings at Medininkai and Salcininkai for four weeks in late October 2025, after a wave of balloon flights closed Vilnius airport several times. The two countries have had no ambassadors in each other's capitals since 2021.

Vaitkute said on Wednesday that Lithuania was prepared to reopen the border "the day the balloons stop". Minsk, for its part, said it would demand compensation for the stranded hauliers at the next meeting of the joint transport commission, which has not met in more than a year.

Poland, which has faced similar flights over its own border, said it was considering the same measures.`;

export const gold: GoldText = {
  name: "sealed-f/06-balloon-border-statements",
  actors: actorsWithoutAliases("Belarus", "Russia", "Ukraine"),
  text,
  // Left out of gold: every Lithuanian statement (Lithuania is not among the actors: the interior minister, the
  // Foreign Ministry, "called the balloon flights ..."), the European Commission, NATO, Poland, BelTA as such, and the
  // journalist's background (the 2025 closure, ambassadors, "in what appeared to be the first such admission").
  // Judgment calls: the Belarusian statements that answer Lithuania are gold, but they rebut no gold claim, so they
  // are not linked; Kazanovich's acknowledgement contradicts his own state's border committee and is linked to it
  // (a same-actor pair, as fresh/08 allows); the border committee's coordinated that-clauses are two claims; the
  // KGB speaks for Belarus, relayed by a news agency (no `relayedBy`); "Minsk, for its part, said it would demand
  // compensation ..." is a stated plan with content (gold); Sobolevskaya's "warned that ..." has content (gold).
  claims: [
    /* 0 */ { quote: "Vilnius of 'inventing' balloon threat", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Lithuania of inventing a threat from smugglers' balloons to justify closing the border", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The Lithuanian side is creating a crisis out of cigarettes", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "Not one balloon has been proven to have been launched by state bodies of the Republic of Belarus, and Vilnius knows it", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "about 1,200 Belarusian trucks were stuck on the Lithuanian side of the border", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "their drivers were being denied access to food and toilets", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "its patrols had found no launch sites along the frontier", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the balloons were "purely a matter for the Lithuanian police"', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 8 */ { quote: '"some individuals" might be using Belarusian territory to launch balloons', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "criminal cases had been opened against three people in the Grodno region", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'some of the launches were being "coordinated from Ukrainian territory" by exiled opposition activists working with Ukrainian special services', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "paranoid fiction", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "Minsk blames Kyiv for everything, from drones to the weather", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: 'the border closure was "part of a coordinated Baltic policy of isolating Belarus"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "it was also disrupting freight to Russia's Kaliningrad exclave", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "it would demand compensation for the stranded hauliers at the next meeting of the joint transport commission", actor: "Belarus", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [8, 6],
    [11, 10],
    [12, 10],
  ],
};
