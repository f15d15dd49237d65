// Sealed evaluation text (set sealed-a): a TV news bulletin written up as a web story, Kazakhstan oil
// transit and energy. Invented strike and officials; a headline claim, "what Russian officials describe as",
// a vice minister speaking to the channel, a ministry spokesman, an anonymous Ukrainian security source,
// a counter-accusation and a reply to it, and the pipeline consortium, an oil major and analysts (not gold).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kazakhstan says Tengiz output to fall after drone strike on Black Sea oil terminal

This report was first broadcast in our 8 p.m. news on Tuesday.

Oil loadings at the Caspian Pipeline Consortium's terminal near Novorossiysk have been halted after what Russian officials describe as a massive Ukrainian drone attack overnight. For Kazakhstan, which sends around 80 percent of its oil exports through the terminal, the stakes could hardly be higher.

The consortium said one of its three offshore moorings had been damaged and that loadings would stop "until a full inspection is completed". It did not say how long that would take.

Kazakhstan's Energy Ministry said this afternoon that production at the Tengiz field would be cut by up to a third while the terminal is closed. The ministry said it was working with the consortium to send some volumes through the port of Aktau and on through the Baku-Tbilisi-Ceyhan pipeline.

Vice Minister of Energy Aidos Zhaksylykov spoke to us in Astana: "This is not the first attack on the terminal, and each time the losses are counted in hundreds of millions of dollars. Kazakhstan is not a party to this conflict, and our economy should not have to pay for it."

The Foreign Ministry went further. Its spokesman, Arman Baitursynov, said Kazakhstan had conveyed its "deep concern" to Kyiv through diplomatic channels. He also said Astana expected Ukraine to provide guarantees that such strikes would not be repeated.

In Moscow, the Defence Ministry said air defences had destroyed 47 drones over the Krasnodar region overnight, and that several had been "deliberately directed at civilian energy infrastructure of international importance".

Kremlin spokesman Pavel Ostrovsky said the attack showed that Kyiv "does not care about the interests of third countries, including our Kazakh friends".

Kyiv has not officially commented on the strike. But a source in Ukraine's security service, the SBU, told our correspondent that the operation had targeted "a Russian port, not Kazakh oil", and that the terminal also handles Russian crude.

Later in the evening Ukraine's Foreign Ministry said in a statement that Ukraine "respects the sovereignty and economic interests of Kazakhstan" and that responsibility for any damage "lies entirely with Russia, which started this war".

That drew a quick response from Moscow. Foreign Ministry spokeswoman Yelena Mironova called the Ukrainian statement "cynical" and said Kyiv was "attacking a project in which Kazakh, American and European companies have invested billions".

Chevron, which leads the consortium developing Tengiz, declined to comment. Benchmark Brent crude rose more than 2 percent in early trading. "Every day the terminal is shut takes more than a million barrels off the market," said Dana Seitova, an oil analyst in Almaty.

Our correspondent reports that traffic at Aktau port was already heavy this evening, with tankers waiting offshore. The port's capacity is only a fraction of what the Novorossiysk terminal handles.

The terminal has been hit several times before, most recently in the autumn, when a mooring was out of action for more than a month.

We will have more on this story in our late news at 11 p.m.`;

export const gold: GoldText = {
  name: "sealed-a/09-cpc-terminal-tv",
  actors: actorsWithoutAliases("Kazakhstan", "Russia", "Ukraine"),
  text,
  // Left out of gold: the Caspian Pipeline Consortium and Chevron (companies), analyst Dana Seitova, the
  // correspondent's report from Aktau and the bulletin's narration and background, and Astana's request for
  // guarantees (an expectation with no claimed content).
  // Judgment calls: "what Russian officials describe as a massive Ukrainian drone attack" gives the description
  // (like "rejected as B"); the SBU source's two that-clauses are two claims; "called the Ukrainian statement
  // "cynical"" gives "A a B" and is the rebutting claim of Ukraine's responsibility claim.
  claims: [
    /* 0 */ { quote: "Tengiz output to fall after drone strike on Black Sea oil terminal", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "a massive Ukrainian drone attack overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "production at the Tengiz field would be cut by up to a third while the terminal is closed", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "it was working with the consortium to send some volumes through the port of Aktau and on through the Baku-Tbilisi-Ceyhan pipeline", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "This is not the first attack on the terminal, and each time the losses are counted in hundreds of millions of dollars. Kazakhstan is not a party to this conflict, and our economy should not have to pay for it", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'Kazakhstan had conveyed its "deep concern" to Kyiv through diplomatic channels', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "air defences had destroyed 47 drones over the Krasnodar region overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'several had been "deliberately directed at civilian energy infrastructure of international importance"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'the attack showed that Kyiv "does not care about the interests of third countries, including our Kazakh friends"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'the operation had targeted "a Russian port, not Kazakh oil"', actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "the terminal also handles Russian crude", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: 'Ukraine "respects the sovereignty and economic interests of Kazakhstan"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'responsibility for any damage "lies entirely with Russia, which started this war"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'the Ukrainian statement "cynical"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Kyiv was "attacking a project in which Kazakh, American and European companies have invested billions"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[9, 7], [11, 8], [12, 7], [13, 12]],
};
