// Sealed-d evaluation text: live blog with timestamps; Georgians detained near the Abkhaz boundary line.
// Georgian ministries and the security service, Russia's FSB border directorate and Foreign Ministry, the
// de facto Abkhaz authorities, the EU monitors and relatives as third parties; quotes before and after
// their attribution; "the ministry" and "it" referring back.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `LIVE: Four Georgians detained near Abkhaz line, Tbilisi says Russian guards crossed into Zugdidi district

Updated 18:40

18:40 - That is where we will leave our coverage for today. The four men remain in custody in Gali, and the EU monitors say they will return to the area tomorrow morning. Thank you for following.

18:05 - Russia's Foreign Ministry has weighed in. In a statement on its website, the ministry said the men had been detained "on the territory of the Republic of Abkhazia" for "violating the state border" and that their fate was a matter for the Abkhaz courts. It called Tbilisi's protest "another attempt to internationalise a problem of its own making".

17:20 - Georgia's Foreign Ministry says it has summoned no one, because there is no Russian embassy in Tbilisi to summon. Instead, it says, it has sent a note through the Swiss embassy, which represents Russian interests here, demanding the men's release.

16:45 - The European Union Monitoring Mission says its patrol reached the area near Orsantia at around 14:00 and "observed freshly dug tracks on the Tbilisi-administered side of the line." It does not say who made them. The mission has no access to Abkhazia.

15:50 - The FSB border directorate, which polices the line with Russian troops, has given its own version. The men were "detained while attempting to illegally cross the border of the Republic of Abkhazia" and were "handed over to the Abkhaz side in accordance with the agreements in force," it said in a brief statement to the Interfax news agency. The directorate denies that its guards left Abkhaz territory at any point.

15:10 - A reader asks why Russian border guards are on the line at all. Russia has kept several thousand troops and border guards in Abkhazia since the 2008 war, under agreements with the de facto authorities that Georgia and most of the world do not recognise.

14:30 - Georgia's State Security Service has released a statement. The detentions took place "no less than 300 metres" inside Tbilisi-controlled territory, it says, and the men were "forcibly taken across the line" by "armed representatives of the Russian occupation forces". The service says it has informed the EU monitors and the co-chairs of the Geneva talks.

13:55 - The de facto Abkhaz security service says the four were "smugglers" caught with hazelnuts near the village of Nabakevi. Relatives told our reporter in Zugdidi that the men were collecting firewood.

13:15 - Georgia's state minister for reconciliation, Tamar Kvaratskhelia, has spoken to reporters outside her office. "These are peaceful villagers who were taken from their own land. This is a kidnapping, and it is a kidnapping by Russia," she said.

She added that 11 Georgian citizens had been detained along the Abkhaz line since January, more than in the whole of last year.

12:40 - Some background: detentions along both the Abkhaz and South Ossetian lines are frequent, and those held are usually released after paying a fine. The line runs mostly along the Enguri river, but in places it cuts through farmland.

12:20 - Good afternoon. Four men from the village of Orsantia were detained this morning near the line separating Georgia's Zugdidi district from Russian-backed Abkhazia. Georgia's Interior Ministry says they were detained at about 9:30 by Russian border guards and taken towards Gali.`;

export const gold: GoldText = {
  name: "sealed-d/04-enguri-detentions-liveblog",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  // Left out of gold: the blog's own entries (18:40 sign-off, 15:10 reader question, 12:40 background,
  // "It does not say who made them"); the EU monitors (third party, also "the EU monitors say they will
  // return"); the de facto Abkhaz security service; relatives; "Instead ... demanding the men's release" is a
  // step taken (the note was sent) and gold for its content, the demand itself is not. Judgment calls: the
  // headline's "Tbilisi says Russian guards crossed into Zugdidi district" is gold; "it has summoned no one,
  // because ..." is one claim; the FSB directorate is a Russian state body, its statement "to the Interfax
  // news agency" gives no relayedBy; "It called Tbilisi's protest ..." gives "Tbilisi's protest ..." (the
  // called-A-B rule); the directorate's quoted sentence has one subject and a compound predicate, one
  // claim; the directorate's denial rebuts the headline (the first statement of the crossing);
  // the blog runs newest first, so the Russian accounts (15:50, 18:05) rebut the earlier Georgian 14:30 one.
  claims: [
    /* 0 */ { quote: "Russian guards crossed into Zugdidi district", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the men had been detained "on the territory of the Republic of Abkhazia" for "violating the state border"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "their fate was a matter for the Abkhaz courts", actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Tbilisi's protest "another attempt to internationalise a problem of its own making"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "it has summoned no one, because there is no Russian embassy in Tbilisi to summon", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "it has sent a note through the Swiss embassy, which represents Russian interests here", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'The men were "detained while attempting to illegally cross the border of the Republic of Abkhazia" and were "handed over to the Abkhaz side in accordance with the agreements in force', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "its guards left Abkhaz territory at any point", actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'The detentions took place "no less than 300 metres" inside Tbilisi-controlled territory', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'the men were "forcibly taken across the line" by "armed representatives of the Russian occupation forces"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "it has informed the EU monitors and the co-chairs of the Geneva talks", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "These are peaceful villagers who were taken from their own land. This is a kidnapping, and it is a kidnapping by Russia", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "11 Georgian citizens had been detained along the Abkhaz line since January, more than in the whole of last year", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "they were detained at about 9:30 by Russian border guards and taken towards Gali", actor: "Georgia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[7, 0], [6, 8], [1, 8]],
};
