// Sealed evaluation text (set b): live blog with timestamps on a pilgrims' convoy held on the Lachin road.
// Invented incident and officials. Present-tense "says", "writes on X", "it says" inside a statement, a quote
// split by its attribution, an anonymous official, a bare "disputes that", "rejects the accusation".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Live: Armenian pilgrims' convoy held at Lachin road checkpoint

Updates from our correspondents in Yerevan, Goris and Baku. All times are local (GMT+4).

09:12
A convoy of 14 buses carrying about 600 Armenian pilgrims to the Dadivank monastery has been stopped at the Azerbaijani checkpoint at the Hakari bridge, at the start of the Lachin road, the organisers say. The visit, the first of its kind, was agreed last month by the two governments as a goodwill gesture.

09:40
Armenia's Foreign Ministry says the convoy has been waiting for more than two hours "without any explanation". Spokeswoman Anahit Karapetyan writes on X that "all passenger lists were submitted to the Azerbaijani side ten days ago, as agreed".

10:05
Azerbaijan's State Border Service has issued a short statement. The delay, it says, is due to "discrepancies between the submitted lists and the passengers actually on board". Border guards are checking documents "in a calm and orderly manner", the statement adds.

10:31
"Nobody has stopped anyone," Elchin Rzayev, a foreign policy adviser to Azerbaijan's president, tells our Baku correspondent. "Eleven people on these buses are not on the list, and the list is what we agreed. Once this is sorted out, they will go."

11:15
An Armenian government official, who asked not to be named, tells us the eleven are the drivers' relief crew and two paramedics, whose names were sent to Baku separately on Thursday. "They have the same passports as everyone else. This is a pretext," the official says.

11:50
The International Committee of the Red Cross says its staff are at the bridge and in contact with both sides. Temperatures in the valley have passed 30C, and many of the pilgrims are elderly.

12:20
Russia's Foreign Ministry has commented. Spokeswoman Yelena Morozova told a briefing in Moscow that Russia had not been informed in advance about the arrangements for the visit. She said Russian peacekeepers, who left the region in 2024, had "for years guaranteed the safe passage of exactly such convoys".

12:45
The opposition Armenia Alliance says the government should never have agreed to a visit "on Baku's terms" and is calling for the foreign minister to resign.

13:30
Breaking: Azerbaijan's border service says the buses have been allowed through. The eleven people not on the list will return to Armenia "by their own choice", it says.

13:42
Yerevan disputes that. "No one chose to turn back. They were told they would not pass," Karapetyan writes. In a second post she accuses Azerbaijani border guards of "humiliating" elderly pilgrims with a five-hour wait in the sun.

14:10
Baku rejects the accusation. "The pilgrims were offered water, toilets and shade throughout," the State Border Service says in a new statement. "Any claims of humiliation are false."

14:55
The first buses have reached Dadivank, the organisers say. Our correspondent in Goris reports that the eleven people held at the bridge are on their way back to Armenia by minibus, escorted by Red Cross staff.

15:20
We are pausing our live coverage here. Thank you for following.`;

export const gold: GoldText = {
  name: "sealed-b/03-lachin-pilgrim-convoy",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan", "Russia"),
  text,
  // Left out of gold: the organisers (a third party), the ICRC, the opposition Armenia Alliance, our correspondent's
  // report and the narration; "Yerevan disputes that" (pronoun object only).
  // Judgment calls: "The delay, it says, is due to ..." keeps the parenthetical attribution inside the span; the
  // adviser's quote interrupted by its attribution is two claims (4, 5); "the statement adds" after a quote with
  // a leading clause keeps the whole clause (3); "the eleven are ..." contradicts "not on the list" (pair [6, 5]).
  claims: [
    /* 0 */ { quote: `the convoy has been waiting for more than two hours "without any explanation"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `all passenger lists were submitted to the Azerbaijani side ten days ago, as agreed`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: `The delay, it says, is due to "discrepancies between the submitted lists and the passengers actually on board"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Border guards are checking documents "in a calm and orderly manner"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Nobody has stopped anyone`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `Eleven people on these buses are not on the list, and the list is what we agreed. Once this is sorted out, they will go`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: `the eleven are the drivers' relief crew and two paramedics, whose names were sent to Baku separately on Thursday`, actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `They have the same passports as everyone else. This is a pretext`, actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `Russia had not been informed in advance about the arrangements for the visit`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Russian peacekeepers, who left the region in 2024, had "for years guaranteed the safe passage of exactly such convoys"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `the buses have been allowed through`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `The eleven people not on the list will return to Armenia "by their own choice"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `No one chose to turn back. They were told they would not pass`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: `Azerbaijani border guards of "humiliating" elderly pilgrims with a five-hour wait in the sun`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `the accusation`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `The pilgrims were offered water, toilets and shade throughout`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: `Any claims of humiliation are false`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [[6, 5], [7, 2], [12, 11], [14, 13], [16, 13]],
};
