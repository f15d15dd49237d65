// Sealed evaluation text (set sealed-a): Reuters-style wire with an UPDATE line, Black Sea shipping.
// Invented incident; a lead that summarises both sides, a navy spokesman, a regional governor, the
// Defence Ministry referred back to as "it" and "the ministry", an anonymous Turkish official, and
// third parties (the ship's manager, a broker) that are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 1-Ukraine says Russian drone struck bulk carrier off Odesa; Moscow blames drifting mine

(Adds Russian Defence Ministry statement, Turkish reaction, ship manager and insurance comment)

KYIV, March 3 (Reuters) - A Russian drone struck a Liberian-flagged bulk carrier heading for the port of Chornomorsk overnight, wounding two crew members, Ukraine's navy said on Monday, while Moscow said the ship had most likely hit a drifting Ukrainian mine.

The Aster Grace, sailing in ballast, was about 20 nautical miles off the coast when it was hit shortly after 2 a.m., navy spokesman Captain Andriy Tkachuk told national television. He said the drone had struck the superstructure above the engine room and started a fire that the crew put out within an hour.

"This was a deliberate attack on a civilian vessel sailing in a corridor that every shipping company knows about," Tkachuk said. "The Russians saw the ship, they tracked it, and they hit it."

The two injured sailors, both Filipino nationals, were taken to hospital in Odesa and were in a stable condition, regional governor Oleh Savchuk wrote on Telegram.

Ukraine has kept ships moving through its own corridor along the western coast of the Black Sea since Russia quit a U.N.-brokered grain deal in 2023, and the route has carried most of the country's grain exports since then. Russia has repeatedly said that ships bound for Ukrainian ports could be regarded as carriers of military cargo.

Russia's Defence Ministry said in a statement later on Monday that its forces had carried out no strikes in the area overnight. It said Ukrainian forces had laid mines "indiscriminately" near their own ports and that some of them had broken loose during winter storms.

"Kyiv is once again trying to blame Russia for the consequences of its own reckless actions," the ministry said.

Tkachuk dismissed the Russian version as "a fairy tale". "Mines do not fly, and they do not hit a ship from above," he said, adding that fragments of a Shahed-type drone had been found on the deck.

The ship's Greek manager, Kyma Maritime, said in an emailed statement that the vessel had sustained damage to its bridge and accommodation block and would be towed to Chornomorsk for repairs. It declined to comment on the cause.

Turkey, which has sought to revive talks on safe navigation in the Black Sea, said through its Foreign Ministry that it was following the incident "with concern" and was in contact with both Kyiv and Moscow. A Turkish official, who spoke on condition of anonymity because he was not authorised to brief the media, said Ankara had offered to send naval experts to examine the hull.

War-risk insurance premiums for calls at Ukrainian ports, already around 1% of a ship's value, could rise again after the incident, a London-based broker said. "Two incidents in a month is enough to move the market," said Mark Ellison, a marine insurance specialist.

The Aster Grace is the third merchant ship reported damaged near Ukraine's coast this year.

(Reporting by Olena Marchuk in Kyiv and Dmitry Antonov in Moscow; Additional reporting by Can Sezer in Istanbul; Editing by Mark Heinrich)`;

export const gold: GoldText = {
  name: "sealed-a/01-odesa-bulk-carrier",
  actors: actorsWithoutAliases("Ukraine", "Russia", "Turkey"),
  text,
  // Left out of gold: the ship manager Kyma Maritime (a company, including "It declined to comment"), the
  // London broker and Mark Ellison (third parties), the journalist's background on the corridor and the
  // closing line, and "Moscow blames drifting mine" in the headline (no statement after the verb).
  // Judgment calls: the regional governor is Ukraine (a state official); "Russia has repeatedly said that ..."
  // in the background paragraph is an attributed statement and is gold; "dismissed the Russian version as
  // "a fairy tale"" gives "a fairy tale" (like "rejected as B"); Turkey's "following the incident ... and was in
  // contact with" is one coordinated statement.
  claims: [
    /* 0 */ { quote: "Russian drone struck bulk carrier off Odesa", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "A Russian drone struck a Liberian-flagged bulk carrier heading for the port of Chornomorsk overnight, wounding two crew members", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the ship had most likely hit a drifting Ukrainian mine", actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "The Aster Grace, sailing in ballast, was about 20 nautical miles off the coast when it was hit shortly after 2 a.m.", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the drone had struck the superstructure above the engine room and started a fire that the crew put out within an hour", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "This was a deliberate attack on a civilian vessel sailing in a corridor that every shipping company knows about", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "The Russians saw the ship, they tracked it, and they hit it", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "The two injured sailors, both Filipino nationals, were taken to hospital in Odesa and were in a stable condition", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "ships bound for Ukrainian ports could be regarded as carriers of military cargo", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "its forces had carried out no strikes in the area overnight", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Ukrainian forces had laid mines "indiscriminately" near their own ports', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "some of them had broken loose during winter storms", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Kyiv is once again trying to blame Russia for the consequences of its own reckless actions", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "a fairy tale", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "Mines do not fly, and they do not hit a ship from above", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: "fragments of a Shahed-type drone had been found on the deck", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'it was following the incident "with concern" and was in contact with both Kyiv and Moscow', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "Ankara had offered to send naval experts to examine the hull", actor: "Turkey", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[2, 1], [9, 1], [12, 1], [13, 2], [14, 2]],
};
