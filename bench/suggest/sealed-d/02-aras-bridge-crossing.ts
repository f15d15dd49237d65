// Sealed-d evaluation text: AP-style wire; opening of an Iran-Azerbaijan road crossing postponed, each side
// blaming the other. Government agencies, a presidential aide, a weekly briefing, an anonymous official,
// a border guard statement carried by a news agency, and a long-held position recalled in background.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `BAKU, Azerbaijan (AP) — The opening of a new road crossing between Iran and Azerbaijan over the Aras River was postponed on Tuesday, hours before a planned ceremony, with each government blaming the other for the delay.

Azerbaijan's State Customs Committee said the Iranian side had not finished installing scanning equipment at its end of the bridge near the village of Aghband, and that trucks "cannot be allowed to cross a border that is open on only one side."

Iran's Roads Ministry said the equipment was in place and had been tested last week. A deputy minister, Farhad Kiani, told the state news agency IRNA that the postponement was "a political decision taken in Baku, not a technical one."

The two-lane bridge, built largely with Iranian money, is part of a route that would link mainland Azerbaijan with its Nakhchivan exclave through Iranian territory, bypassing Armenia. Both governments had presented it as a sign that relations were improving after years of mutual suspicion.

Elnur Gasimov, a foreign policy aide to Azerbaijan's president, told reporters in Baku that his country remained "fully committed" to the project and that the crossing would open "before the end of the month."

He also accused Iranian customs officers of demanding that Azerbaijani drivers pay a new "transit service fee" of $40 per truck, which he said had never been agreed.

Iran's Foreign Ministry spokesman, Mehdi Sadeghi, rejected the accusation at his weekly news conference in Tehran.

"No new fee has been introduced. The charges are the same at every Iranian border crossing, and our Azerbaijani friends have known them for years," Sadeghi said. Tehran was ready to open the bridge "tomorrow morning" if Baku was, he added.

About 300 trucks were waiting on the Iranian side of the river on Tuesday afternoon, according to Iranian media. "We were told to come today. Now nobody tells us anything," said Rasim Aliyev, an Azerbaijani driver hauling tomatoes to Nakhchivan.

An Azerbaijani official, who spoke on condition of anonymity because he was not authorized to discuss the matter publicly, said Baku was also angered that Iranian border guards had photographed the passports of Azerbaijani engineers who inspected the bridge last week.

Iran's border guard command, in a statement carried by the Tasnim news agency, denied that any Azerbaijani engineer had been photographed. Its officers had "acted in accordance with standard procedure," the statement said.

Tehran has said repeatedly that it will not accept any change to borders in the region, and it has promoted the Aras route as an alternative to a corridor through southern Armenia that Baku once pressed for.

Relations between the neighbors have swung between warmth and open hostility. Azerbaijan closed its embassy in Tehran for more than a year after a deadly attack on the building, and the two militaries have held rival exercises near the border.

"Both capitals want this bridge, but neither wants to look as though it needs it more," said Nino Kapanadze, an analyst at a Tbilisi-based research center who studies Caspian trade. "A fee of 40 dollars is not the real issue."

The customs committee said late Tuesday that a new date for the ceremony would be set "after consultations with the Iranian side." Iran's ambassador in Baku, Hossein Mousavi, wrote on X that the bridge was "ready and waiting."`;

export const gold: GoldText = {
  name: "sealed-d/02-aras-bridge-crossing",
  actors: actorsWithoutAliases("Iran", "Azerbaijan"),
  text,
  // Left out of gold: the lead's "each government blaming the other" (sourcing naming no single actor);
  // Iranian media's truck count and the driver Aliyev (third parties); the analyst Kapanadze; background on
  // the route, the embassy closure and the exercises (narration). Judgment calls: "rejected the accusation"
  // is a claim whose span is its object and rebuts Gasimov's accusation; "which he said had never been
  // agreed" is a separate Azerbaijani claim inside the accusation's object, so the accusation's span stops
  // before it; "Tehran was ready ... if Baku was" is a stated position and gold; Tehran's standing position
  // recalled with "has said repeatedly" is gold, and the coordinated "it has promoted ..." is narration.
  claims: [
    /* 0 */ { quote: "the Iranian side had not finished installing scanning equipment at its end of the bridge near the village of Aghband", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'trucks "cannot be allowed to cross a border that is open on only one side', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the equipment was in place and had been tested last week", actor: "Iran", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'the postponement was "a political decision taken in Baku, not a technical one', actor: "Iran", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'his country remained "fully committed" to the project', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'the crossing would open "before the end of the month', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'Iranian customs officers of demanding that Azerbaijani drivers pay a new "transit service fee" of $40 per truck', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "had never been agreed", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the accusation", actor: "Iran", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "No new fee has been introduced. The charges are the same at every Iranian border crossing, and our Azerbaijani friends have known them for years", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: 'Tehran was ready to open the bridge "tomorrow morning" if Baku was', actor: "Iran", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Baku was also angered that Iranian border guards had photographed the passports of Azerbaijani engineers who inspected the bridge last week", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "any Azerbaijani engineer had been photographed", actor: "Iran", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'Its officers had "acted in accordance with standard procedure', actor: "Iran", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "it will not accept any change to borders in the region", actor: "Iran", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'a new date for the ceremony would be set "after consultations with the Iranian side', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'the bridge was "ready and waiting', actor: "Iran", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[2, 0], [3, 0], [8, 6], [9, 6], [12, 11]],
};
