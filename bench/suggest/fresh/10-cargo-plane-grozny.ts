// Fresh evaluation text (wire update): invented damage to an Azerbaijani cargo plane over Russia; state media
// quoting a ministry, anonymous sources from two actors, the Kremlin, Kyiv weighing in, an aviation body (third party).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `UPDATE 2-Azerbaijan says Russian air defences hit its cargo plane; Kremlin points to Ukrainian drones

(Adds Kremlin comment in paragraphs 6-7, Ukrainian foreign ministry in paragraphs 9-10)

BAKU, Jan 17 (Reuters) - Azerbaijan said on Saturday that a Russian air defence missile had damaged one of its cargo planes as it approached Grozny airport, forcing the crew to divert to the Russian city of Makhachkala, and demanded that Moscow admit responsibility.

The Boeing 747 freighter, operated by state-owned Silk Way West Airlines, landed safely with a damaged left wing and shrapnel holes in its fuselage. None of the six crew members was hurt.

"The preliminary findings leave no doubt that the aircraft was hit from the ground by a Russian surface-to-air missile," Azerbaijan's Ministry of Digital Development and Transport said in a statement carried by the state news agency AZERTAC. It said the plane had been flying on its approved route and in contact with air traffic control.

Two Azerbaijani government sources told Reuters that investigators had found fragments consistent with a Pantsir air defence system in the wing. One of them said Baku expected "a public apology, punishment of those responsible and compensation", and would reconsider cargo flights to Russia until it received them.

Russia's Federal Air Transport Agency said the plane had encountered "a complex situation" as Ukrainian drones were attacking Grozny, and that the airport had been closed for several hours.

Kremlin spokesman Gennady Lavrin said it would be "wrong to jump to conclusions before the investigation is complete".

"There were Ukrainian drone attacks in the area at that moment, and our air defences were repelling them," Lavrin told reporters. "That is all that can be said for now."

A Russian aviation source said the crew had ignored instructions to hold outside the area, a claim Azerbaijani officials rejected as "an attempt to shift the blame onto the pilots".

Ukraine's Foreign Ministry said in a statement that the incident showed Russia's air defences were "a threat to civil aviation across the region" and offered to share its own radar data with Azerbaijani investigators. It denied that any Ukrainian drone had been near Grozny airport at the time.

"Moscow always blames Ukraine for its own mistakes," ministry spokesman Heorhiy Pylypenko said. "The world saw the same thing in 2024."

The Interstate Aviation Committee, which investigates air accidents in several former Soviet states, said it had opened an inquiry at Russia's request. Baku said it would not accept the committee's findings unless Azerbaijani and independent experts took part.

Relations between Baku and Moscow have been strained since December 2024, when an Azerbaijan Airlines passenger jet crashed in Kazakhstan after being damaged over Grozny, killing 38 people.

"Baku has less patience now than it had a year ago," said Nigar Huseynli, an aviation analyst in Baku. "This time it wants an answer quickly."`;

export const gold: GoldText = {
  name: "fresh/10-cargo-plane-grozny",
  actors: actorsWithoutAliases("Azerbaijan", "Russia", "Ukraine"),
  text,
  // Not gold: "Kremlin points to Ukrainian drones" (a headline summary with no statement), the demand and the
  // offer (no claimed content), the Interstate Aviation Committee, the analyst, the narration on 2024.
  claims: [
    /* 0 */ { quote: "Russian air defences hit its cargo plane", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "a Russian air defence missile had damaged one of its cargo planes as it approached Grozny airport, forcing the crew to divert to the Russian city of Makhachkala", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The preliminary findings leave no doubt that the aircraft was hit from the ground by a Russian surface-to-air missile", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "the plane had been flying on its approved route and in contact with air traffic control", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "investigators had found fragments consistent with a Pantsir air defence system in the wing", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: 'Baku expected "a public apology, punishment of those responsible and compensation", and would reconsider cargo flights to Russia until it received them', actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: 'the plane had encountered "a complex situation" as Ukrainian drones were attacking Grozny', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the airport had been closed for several hours", actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'it would be "wrong to jump to conclusions before the investigation is complete"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "There were Ukrainian drone attacks in the area at that moment, and our air defences were repelling them", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "That is all that can be said for now", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "the crew had ignored instructions to hold outside the area", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    // "a claim Azerbaijani officials rejected as ...": the statement is what they call it.
    /* 12 */ { quote: "an attempt to shift the blame onto the pilots", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: `the incident showed Russia's air defences were "a threat to civil aviation across the region"`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "any Ukrainian drone had been near Grozny airport at the time", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Moscow always blames Ukraine for its own mistakes", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: "The world saw the same thing in 2024", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 17 */ { quote: "it would not accept the committee's findings unless Azerbaijani and independent experts took part", actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [12, 11],
    [14, 9],
    [15, 9],
  ],
};
