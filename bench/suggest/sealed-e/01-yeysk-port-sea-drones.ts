// Sealed evaluation text (set E): Reuters-style wire with an UPDATE line and "(Adds ...)": Ukrainian sea
// drones against the Russian Azov port of Yeysk. Two-sided headline and lead, a governor contradicting his
// own defence ministry, an anonymous ministry source, a quote split by paragraphs.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 1-Ukraine says sea drones hit fuel terminal in Russia's Azov port of Yeysk; Moscow says attack repelled

(Adds Russian Defence Ministry drone tally, Transport Ministry source, port operator, paragraphs 11-13)

KYIV, March 11 (Reuters) - Ukraine's navy said on Tuesday its sea drones had struck a fuel terminal and two tankers in the Russian port of Yeysk on the Sea of Azov overnight, while Russia said its forces had destroyed all the attacking boats before they reached the harbour.

Satellite images reviewed by Reuters showed a dark plume over the port's southern pier on Tuesday morning. Reuters could not independently verify either side's account.

"Tonight the Sea of Azov stopped being a quiet rear for the Russian fleet," navy spokesman Captain Oleh Kravets said in a televised statement.

"The terminal was used to fuel warships that shell our southern cities."

Kravets said at least one tanker was burning and that the strike had been carried out by a new type of long-range surface drone.

The Azov, which Russia has controlled entirely since 2022, had until recently been out of reach for Ukrainian naval drones, which have mostly targeted ships in the Black Sea and off Crimea.

In Moscow, the Defence Ministry said air defences and ships of the Black Sea Fleet had "detected and destroyed" six unmanned boats heading for the coast of the Krasnodar region. "There was no damage to port infrastructure," the ministry said on Telegram.

The governor of the Krasnodar region, Viktor Lemeshko, gave a different account. Debris from a destroyed drone had set fire to an oil storage tank near the port, he said, adding that the blaze had been put out by noon and that no one was hurt.

Kremlin spokesman Yuri Ostapov told reporters that attacks on civilian ports showed "the terrorist nature of the Kyiv regime" and would not change the course of what Moscow calls its special military operation.

Ukraine's military intelligence agency rejected the Russian description of the port as civilian. In a statement, it said the Yeysk terminal had supplied fuel to landing ships and patrol boats of the Azov flotilla "on a daily basis" since last summer, and that the strike was a legitimate military operation.

Russia's Defence Ministry later said it had also shot down 27 Ukrainian aerial drones over the Rostov and Krasnodar regions and the Sea of Azov overnight. It made no mention of tankers.

A source in Russia's Transport Ministry, speaking on condition of anonymity, told Reuters that no tankers had been hit and that the vessels in the port had been moved out to sea before the attack.

The port's operator, Yeysk Sea Port, said loading had been suspended "as a precaution" and would resume on Wednesday.

Ukrainian Foreign Minister Taras Melnychenko wrote on X that Russian ports "will remain legitimate targets as long as Russian ships fire missiles at Odesa".

Analysts said the attack, if confirmed, would show that Kyiv could now reach deep into a sea Moscow has treated as an internal lake. "For two years the Azov was Russia's safest backyard. That is over if these drones can get there regularly," said Marta Kovalenko, a naval analyst at the London-based Centre for Maritime Strategy.

(Reporting by Anna Kovalchuk in Kyiv and Reuters staff; Editing by Peter Ashworth)`;

export const gold: GoldText = {
  name: "sealed-e/01-yeysk-port-sea-drones",
  actors: actorsWithoutAliases("Ukraine", "Russia"),
  text,
  // Left out of gold: the UPDATE line and "(Adds ...)" line, Reuters' own verification and satellite images,
  // the background on the Azov, "It made no mention of tankers" (narration), the port operator Yeysk Sea
  // Port (a company), the analyst Marta Kovalenko (third party), and "what Moscow calls its special military operation" (naming, kept inside the Kremlin claim's
  // compound predicate, not a claim of its own).
  // Judgment calls: Kravets's quote across two paragraphs gives one claim per paragraph; the Krasnodar
  // governor is Russia and his account is linked as contradicting the ministry's "no damage" (same actor,
  // as fresh/08 allows); "rejected the Russian description of the port as civilian" gives its object as
  // the rebutting claim of the Kremlin's "civilian ports" claim; the military intelligence agency is Ukraine.
  claims: [
    /* 0 */ { quote: "sea drones hit fuel terminal in Russia's Azov port of Yeysk", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "attack repelled", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "its sea drones had struck a fuel terminal and two tankers in the Russian port of Yeysk on the Sea of Azov overnight", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "its forces had destroyed all the attacking boats before they reached the harbour", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Tonight the Sea of Azov stopped being a quiet rear for the Russian fleet", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "The terminal was used to fuel warships that shell our southern cities", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "at least one tanker was burning", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the strike had been carried out by a new type of long-range surface drone", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'air defences and ships of the Black Sea Fleet had "detected and destroyed" six unmanned boats heading for the coast of the Krasnodar region', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "There was no damage to port infrastructure", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "Debris from a destroyed drone had set fire to an oil storage tank near the port", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the blaze had been put out by noon", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "no one was hurt", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'attacks on civilian ports showed "the terrorist nature of the Kyiv regime" and would not change the course of what Moscow calls its special military operation', actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "the Russian description of the port as civilian", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'the Yeysk terminal had supplied fuel to landing ships and patrol boats of the Azov flotilla "on a daily basis" since last summer', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "the strike was a legitimate military operation", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "it had also shot down 27 Ukrainian aerial drones over the Rostov and Krasnodar regions and the Sea of Azov overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "no tankers had been hit", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 19 */ { quote: "the vessels in the port had been moved out to sea before the attack", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 20 */ { quote: 'Russian ports "will remain legitimate targets as long as Russian ships fire missiles at Odesa"', actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[1, 0], [3, 2], [10, 9], [13, 5], [14, 13], [18, 6]],
};
