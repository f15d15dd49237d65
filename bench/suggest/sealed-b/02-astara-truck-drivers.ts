// Sealed evaluation text (set b): AFP-style wire copy on Iranian citizens detained in Azerbaijan. Invented
// incident and officials. Lead with "while Baku said", nested "said ... had been told", a quote followed by a
// paragraph of demands (not gold), a state-media relay, an anonymous official's denial, a paraphrase before its
// attribution.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Iran summons Azerbaijani envoy over detained truck drivers

Tehran (AFP) - Iran on Sunday summoned Azerbaijan's ambassador to protest against the detention of seven Iranian truck drivers at a border crossing, while Baku said the men had been caught carrying undeclared goods and would face charges under Azerbaijani law.

The drivers were detained on Thursday at the Astara crossing on the Caspian coast, where hundreds of lorries pass every day on the north-south trade route that links Russia with the Gulf.

The Iranian foreign ministry said in a statement that the ambassador had been told the detentions were "unjustified and contrary to good-neighbourly relations". It said the drivers had been held for three days without access to Iranian consular officials.

"Our citizens are ordinary workers carrying fruit and building materials. They are not smugglers," foreign ministry spokesman Kazem Ghaderi told his weekly press conference in Tehran.

"We expect them to be released without delay, and we expect an explanation," he added.

Azerbaijan's State Customs Committee said its inspectors had found undeclared medicines and some 9,000 packs of counterfeit cigarettes hidden behind the cargo in three of the trailers. In a statement carried by the state news agency AZERTAC, the committee said criminal cases had been opened against four of the drivers.

A foreign ministry official in Baku, speaking to AFP on condition of anonymity, rejected the Iranian account of the men's treatment.

"The Azerbaijani side provided consular access on Friday, in line with international norms. The Iranian consul in Baku met all seven men," the official said. Two of them had already been released because nothing was found in their vehicles, the official added.

In Astara on the Iranian side of the border, the county governor, Mehdi Rostami, told state television that the families of the drivers had not been informed of any charges. He said the Iranian side of the crossing had kept operating normally despite the dispute.

An Iranian lawmaker from neighbouring Ardabil province, Abbas Moghaddam, called for Azerbaijani trucks to be turned back at the border in retaliation.

Relations between the two neighbours have swung between thaw and crisis in recent years, over Baku's close ties with Israel and Tehran's opposition to a planned transit route across southern Armenia that Azerbaijan wants to link with its Nakhchivan exclave.

Turkey, Azerbaijan's closest ally and a heavy user of the route through Astara, said it was following the case. Turkish foreign ministry spokesman Selim Aktas told reporters in Ankara that the crossing was "vital for the whole region" and that Turkish hauliers had also faced long delays there this week.

"We are in contact with both our Azerbaijani brothers and our Iranian neighbours," he said.

The International Road Transport Union, an industry body, said queues of lorries at Astara had reached 12 kilometres (seven miles) on Saturday, and warned that perishable cargo was at risk.

Trade across the crossing has grown sharply since 2022 as Russia, under Western sanctions, shifted more of its exports south towards Iran and the Gulf. A new bridge over the border river is due to open next year.`;

export const gold: GoldText = {
  name: "sealed-b/02-astara-truck-drivers",
  actors: actorsWithoutAliases("Iran", "Azerbaijan", "Turkey"),
  text,
  // Left out of gold: the headline (no attributed statement), "We expect them to be released ... an explanation"
  // (a demand, no claimed content), the Iranian lawmaker (speaking for himself, and a call), the IRU (third
  // party), the background paragraphs and the last one (narration). AZERTAC only carries the customs committee's
  // statement, so claim 5 is Azerbaijan's with no relayedBy.
  // Judgment calls: the lead's Baku clause with its coordinated predicate is one claim; claim 1 is the whole
  // that-clause ("the ambassador had been told ..."); the county governor is a state official (gold, Iran);
  // "Turkey ... said it was following the case" is a (thin) claim.
  claims: [
    /* 0 */ { quote: `the men had been caught carrying undeclared goods and would face charges under Azerbaijani law`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `the ambassador had been told the detentions were "unjustified and contrary to good-neighbourly relations"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the drivers had been held for three days without access to Iranian consular officials`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Our citizens are ordinary workers carrying fruit and building materials. They are not smugglers`, actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: `its inspectors had found undeclared medicines and some 9,000 packs of counterfeit cigarettes hidden behind the cargo in three of the trailers`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `criminal cases had been opened against four of the drivers`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the Iranian account of the men's treatment`, actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `The Azerbaijani side provided consular access on Friday, in line with international norms. The Iranian consul in Baku met all seven men`, actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `Two of them had already been released because nothing was found in their vehicles`, actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: `the families of the drivers had not been informed of any charges`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `the Iranian side of the crossing had kept operating normally despite the dispute`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `it was following the case`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `the crossing was "vital for the whole region"`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Turkish hauliers had also faced long delays there this week`, actor: "Turkey", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `We are in contact with both our Azerbaijani brothers and our Iranian neighbours`, actor: "Turkey", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[3, 0], [6, 2], [7, 2]],
};
