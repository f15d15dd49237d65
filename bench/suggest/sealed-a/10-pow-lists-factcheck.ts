// Sealed evaluation text (set sealed-a): a fact-check desk's article, prisoners. Invented exchange and
// officials; the claim box with two Russian statements, the desk's verdict and findings (not gold), a
// Ukrainian government body and its secretary, "denied that", Russia's human rights commissioner via RIA
// Novosti, "the two sides said" (no single actor), and the UAE, ICRC and a UN mission (third parties).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Fact check: Did Ukraine refuse to take back its own prisoners of war?

THE CLAIM: Russia's Defence Ministry said on 3 October that Kyiv had "refused to accept" 935 Ukrainian prisoners of war whom Moscow had offered to return in a planned exchange, and that the exchange had collapsed "solely through the fault of the Ukrainian side".

OUR VERDICT: MISLEADING. The exchange did fall through, but there is no evidence that Ukraine refused to take back its soldiers. The two sides disagree about changes to the lists, and neither version can be fully verified.

Why we looked at this

The Defence Ministry's statement was shared thousands of times on Telegram. It was repeated the next day by Russian Foreign Ministry spokeswoman Yulia Markelova, who told a briefing that Ukraine "does not want its own soldiers back". Dozens of families of missing Ukrainian servicemen wrote to us asking whether it was true.

What Ukraine says

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, a government body, said the same day that Russia had "unilaterally changed the lists" hours before the exchange and had tried to include 47 civilians whom Ukraine had never asked for. The headquarters also accused Russia of using the exchanges "as a tool of psychological pressure on families".

"We have never refused to take back a single Ukrainian. That is simply a lie," the headquarters' secretary, Colonel Andriy Sobko, told us by phone.

Ukraine's parliamentary human rights commissioner wrote on Telegram that Russia was holding "thousands" of Ukrainians whom it had never registered with the Red Cross.

What Russia says

Russia's Defence Ministry did not answer our questions. Russia's human rights commissioner, asked about the lists by the state news agency RIA Novosti, said the changes had been "agreed at the working level" and that the civilians were "Ukrainian citizens who asked to go home".

Sobko denied that any such agreement had been reached. "Nothing was agreed. Our delegation saw the new lists for the first time on the morning of the exchange," he said.

What we found

We obtained both versions of the list from a person familiar with the negotiations. The later version does differ: 61 names were removed and 47 added, among them people who, according to Ukrainian court records, were convicted in Ukraine of collaboration. We could not establish who requested the changes.

The United Arab Emirates, which has mediated many of the exchanges, said only that talks "are continuing". The International Committee of the Red Cross told us it does not comment on negotiations.

A UN monitoring mission report published in September found that exchanges had repeatedly been delayed by disputes over lists, on both sides.

Ten days after the collapse, on 13 October, 420 Ukrainian and 420 Russian prisoners were exchanged, the two sides said. In announcing that exchange, Russia's Defence Ministry said Moscow had "once again demonstrated goodwill".

Our verdict

Misleading. The planned exchange collapsed, and both sides blame each other. We found no evidence for the claim that Ukraine "refused to accept" its own soldiers, and a smaller exchange took place less than two weeks later.`;

export const gold: GoldText = {
  name: "sealed-a/10-pow-lists-factcheck",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Left out of gold: the desk's verdicts and findings (including its closing restatement of the claim),
  // the person familiar with the negotiations, the Ukrainian court records, the UAE, the ICRC, the UN
  // mission, and "the two sides said" (sourcing that names no single actor); "both sides blame each other"
  // is the desk's summary. The first occurrence of "refused to accept" is the Defence Ministry's.
  // Judgment calls: human rights commissioners are state officials (Russia and Ukraine); RIA Novosti relays
  // Russia's commissioner with no relayedBy; "denied that X" gives X; the Coordination Headquarters and its
  // secretary are Ukraine.
  claims: [
    /* 0 */ { quote: 'Kyiv had "refused to accept" 935 Ukrainian prisoners of war whom Moscow had offered to return in a planned exchange', actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the exchange had collapsed "solely through the fault of the Ukrainian side"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'Ukraine "does not want its own soldiers back"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'Russia had "unilaterally changed the lists" hours before the exchange and had tried to include 47 civilians whom Ukraine had never asked for', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Russia of using the exchanges "as a tool of psychological pressure on families"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "We have never refused to take back a single Ukrainian. That is simply a lie", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: 'Russia was holding "thousands" of Ukrainians whom it had never registered with the Red Cross', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the changes had been "agreed at the working level"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'the civilians were "Ukrainian citizens who asked to go home"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "any such agreement had been reached", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Nothing was agreed. Our delegation saw the new lists for the first time on the morning of the exchange", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: 'Moscow had "once again demonstrated goodwill"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[3, 1], [5, 0], [7, 3], [9, 7], [10, 7]],
};
