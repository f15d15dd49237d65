// Sealed-d evaluation text: news analysis built on experts (third parties) around a few Belarusian,
// Russian and Ukrainian statements about Russian nuclear weapons in Belarus. Long speaker descriptions,
// quotes across sentences, a quote split by its attribution, the journalist's own analysis.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `ANALYSIS-Minsk talks up its nuclear role. Experts hear a message for Moscow as much as for the West

By Claire Dumont

WARSAW, Nov 27 - When Belarus's defence minister told a parade-ground audience this month that the country now held "dozens" of Russian tactical nuclear warheads and could receive more, he did something Minsk and Moscow had carefully avoided for two years: he put a number on it.

"We have dozens of these munitions, and the carriers for them are on combat duty," Defence Minister Anatoly Volkovich said on Nov 14. "If it is necessary, there will be more."

Arms control specialists say the claim is impossible to verify and, taken literally, probably exaggerated. The Stockholm International Peace Research Institute estimates that only a small share of Russia's non-strategic arsenal could have been moved to Belarus, and satellite imagery of the suspected storage site near Asipovichy shows little sign of the activity a large deployment would require.

"Numbers like this are political instruments first," said Helena Strand, a nuclear policy researcher at SIPRI. "Minsk wants to look indispensable to Moscow and frightening to its neighbours, and a round figure does both."

Moscow has been noticeably less talkative. Asked about Volkovich's remarks, Kremlin spokesman Arkady Voronin said the weapons "remain under Russian control" and that Russia "does not comment on the quantity or location" of its nuclear arsenal. Deputy Foreign Minister Grigory Tarasov went further a week later, telling the Izvestia newspaper that the deployment was "a forced response to NATO's nuclear sharing in Europe, nothing more."

That distance is telling, according to Pavel Marchuk, a Belarusian political scientist now living in Vilnius. "The Kremlin never lets Minsk speak for it on nuclear matters," he said. "When Belarus starts announcing figures on its own, it is asking for something - money, gas, a say."

Belarus's Security Council secretary, Pavel Lysenko, a former border guard commander who rarely gives interviews, insisted on state television that there was no daylight between the allies. Minsk, he said, had been "fully consulted at every stage" and would take part in any decision to use the weapons.

That is not how the agreement has been described in Moscow. Russian officials have said repeatedly that the decision to use the weapons would rest with the Russian president alone.

Ukraine, which shares a 1,000-km border with Belarus, has responded with studied calm. Foreign Ministry spokesman Mykola Bondar said Kyiv saw "no change in the military situation on the northern border" and accused Minsk of "nuclear blackmail designed for television audiences". He said Ukraine had briefed the International Atomic Energy Agency and its partners in Europe.

Experts in Kyiv are less relaxed. "Even if the numbers are inflated, the intent is real," said Oksana Lytvyn of the Kyiv-based Centre for Defence Strategies. "Every announcement lowers the threshold a little."

NATO officials said this week they had seen no change in Russia's nuclear posture that would require an adjustment of the alliance's own.

For Minsk, the ambiguity may be the point. Belarus gave up the Soviet nuclear weapons on its soil in the 1990s; the current deployment is the first since.

"The Belarusian government has discovered that talking about nuclear weapons gets it attention it cannot get any other way," Strand said. "That is a dangerous thing to discover."`;

export const gold: GoldText = {
  name: "sealed-d/05-minsk-nuclear-analysis",
  actors: actorsWithoutAliases("Belarus", "Russia", "Ukraine"),
  text,
  // Left out of gold: every expert (Strand, Marchuk, Lytvyn), SIPRI's estimate, the imagery, "Arms control
  // specialists say", NATO officials (third parties); the writer's analysis
  // ("Moscow has been noticeably less talkative", "That distance is telling", "That is not how the agreement
  // has been described in Moscow", "the ambiguity may be the point", the 1990s background). Judgment calls:
  // the lead paraphrases Volkovich's parade speech and is gold; the headline has no attribution verb and is
  // not gold; "Russian officials have said repeatedly" is a standing Russian position and gold (several
  // officials of one state, not of both sides); Tarasov's that-clause is entirely quoted apart from "the
  // deployment was" and counts as PARAPHRASE. The briefing of the IAEA is a step taken and gold.
  claims: [
    /* 0 */ { quote: 'the country now held "dozens" of Russian tactical nuclear warheads and could receive more', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "We have dozens of these munitions, and the carriers for them are on combat duty", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "If it is necessary, there will be more", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: 'the weapons "remain under Russian control"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Russia "does not comment on the quantity or location" of its nuclear arsenal', actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `the deployment was "a forced response to NATO's nuclear sharing in Europe, nothing more`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "there was no daylight between the allies", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'Minsk, he said, had been "fully consulted at every stage" and would take part in any decision to use the weapons', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the decision to use the weapons would rest with the Russian president alone", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Kyiv saw "no change in the military situation on the northern border"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Minsk of "nuclear blackmail designed for television audiences"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Ukraine had briefed the International Atomic Energy Agency and its partners in Europe", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[8, 7]],
};
