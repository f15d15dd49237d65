// Sealed evaluation text (set C): explainer with question headings; invented stoppage of Kazakh oil
// exports through the CPC pipeline after a drone strike and an inspection order. Much background
// narration, a consortium and a state oil company speaking for themselves, a state that is not among
// the actors (Ukraine), an inspection agency, a presidential spokesman, an anonymous Kazakh official,
// analysts, "according to" with a state body and with a company.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Explainer: Why Kazakhstan's oil is stuck at a Russian port, and where else it could go

Kazakhstan's main export route for crude oil has been largely shut for nine days. Here is what we know about the stoppage, and about the alternatives Astana is now talking about.

What happened?

On the night of Feb. 3, drones struck a pumping station of the Caspian Pipeline Consortium (CPC) in Russia's Krasnodar region, damaging one of its main pumps. Ukraine's military said it had targeted "Russian energy infrastructure" in the region but did not mention the CPC.

Two days later Russia's industrial safety watchdog, Rostekhnadzor, ordered two of the three mooring points at the CPC terminal near Novorossiysk to stop loading tankers, citing "violations identified during an unscheduled inspection". The consortium said it was working to meet the watchdog's requirements.

Why does it matter to Kazakhstan?

About 80% of Kazakhstan's oil exports go through the CPC, a 1,500-km pipeline from the Tengiz field on the Caspian to the Black Sea. According to the Kazakh Energy Ministry, daily shipments have fallen by more than half since the inspection, and producers at Tengiz and Kashagan have had to cut output.

What is Astana saying?

Publicly, little. Presidential spokesman Daulet Abenov said on Monday that Kazakhstan was "in constant contact with our Russian partners" and expected the terminal to return to normal operation "in the near future".

In private, officials are less patient. A Kazakh government official, who asked not to be named because he was not allowed to speak to the media, said the inspection was "not about safety" and that Astana had told Moscow the timing was "very hard to explain to our people".

Energy Minister Nurlan Sapargaliyev told parliament on Wednesday that Kazakhstan had asked the CPC shareholders, which include Chevron and ExxonMobil, for a plan to restore full loadings within a month, and that the government intended to double shipments across the Caspian this year.

What does Moscow say?

Russia denies any political motive. Deputy Prime Minister Andrei Bobrov told reporters in Moscow that the inspection was "purely technical" and that the loading points would reopen "as soon as the operator fixes the violations". He said Russia remained a "reliable partner" for Kazakh oil.

Rostekhnadzor said in a statement that its inspectors had found corrosion in two underwater hoses and faulty fire-fighting equipment.

Are there alternatives?

Some, but small. Kazakhstan already ships a few hundred thousand tonnes a month across the Caspian to Baku, from where oil enters the Baku-Tbilisi-Ceyhan (BTC) pipeline to Turkey.

Azerbaijan's Energy Minister Rauf Karimli said on Tuesday that Baku was ready to take "significantly larger volumes" through BTC and that talks with Astana on a long-term transit agreement were "at an advanced stage". SOCAR, Azerbaijan's state oil company, said the pipeline had spare capacity of about 25 million tonnes a year.

Analysts doubt the Caspian route can replace the CPC soon. "Tankers, port capacity at Aktau and the price of transit all work against it," said Aigerim Tulegenova, an oil analyst in Almaty. "It is insurance, not a substitute."

What happens next?

The CPC says it hopes to resume loadings at one of the two closed mooring points by the end of the month. Kazakh officials say they will judge Moscow by how quickly that happens.`;

export const gold: GoldText = {
  name: "sealed-c/08-cpc-transit-explainer",
  actors: actorsWithoutAliases("Kazakhstan", "Russia", "Azerbaijan"),
  text,
  // Left out of gold: the question headings and the explainer's own narration (the strike, the pipeline's
  // share, "Publicly, little", "In private, officials are less patient", "Analysts doubt ..."); Ukraine's
  // military (Ukraine is not among this text's actors); the consortium, Chevron/ExxonMobil and SOCAR
  // (companies, SOCAR state-owned); the analyst Tulegenova; "Kazakh officials say they will judge Moscow
  // ..." (the last line: unplaced, plural, close to the writer's summary; judgment call, left out).
  // Judgment calls: Rostekhnadzor's order is narration ("ordered ... to stop", with "citing" its own
  // grounds), but its statement about the findings is Russia's claim (a federal agency); "According to the
  // Kazakh Energy Ministry" is gold and covers both coordinated clauses (claim 0); "Russia denies any political
  // motive" is a claim with its object as the span, linked to the anonymous official's "not about safety".
  claims: [
    /* 0 */ { quote: `daily shipments have fallen by more than half since the inspection, and producers at Tengiz and Kashagan have had to cut output`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `Kazakhstan was "in constant contact with our Russian partners" and expected the terminal to return to normal operation "in the near future"`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the inspection was "not about safety"`, actor: "Kazakhstan", attribution: "ANONYMOUS_SOURCE" },
    /* 3 */ { quote: `Astana had told Moscow the timing was "very hard to explain to our people"`, actor: "Kazakhstan", attribution: "ANONYMOUS_SOURCE" },
    /* 4 */ { quote: `Kazakhstan had asked the CPC shareholders, which include Chevron and ExxonMobil, for a plan to restore full loadings within a month`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `the government intended to double shipments across the Caspian this year`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `any political motive`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the inspection was "purely technical"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `the loading points would reopen "as soon as the operator fixes the violations"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Russia remained a "reliable partner" for Kazakh oil`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `its inspectors had found corrosion in two underwater hoses and faulty fire-fighting equipment`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `Baku was ready to take "significantly larger volumes" through BTC`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `talks with Astana on a long-term transit agreement were "at an advanced stage"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [6, 2],
    [7, 2],
  ],
};
