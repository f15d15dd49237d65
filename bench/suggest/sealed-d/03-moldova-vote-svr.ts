// Sealed-d evaluation text: AFP-style wire; Russian intelligence claims about Moldova's coming election and
// Moldova's answer. Statement by an agency, embassy, ministry spokeswoman, an electoral body, an
// intelligence service's counter-accusation, an opposition party and observers as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Chisinau (AFP) - Moldova on Wednesday dismissed as "crude disinformation" a claim by Russia's foreign intelligence service that the pro-European government was preparing to rig next month's parliamentary election, and accused Moscow of trying to discredit the vote before a single ballot had been cast.

In a statement published on its website, Russia's Foreign Intelligence Service (SVR) said Moldovan authorities planned to keep polling stations in the breakaway region of Transnistria closed and to "inflate" the diaspora vote in European Union countries with "hundreds of thousands of ballots that no one will ever check."

The agency, which rarely gives evidence for such statements, said European advisers were "directly supervising" the operation from Chisinau.

"These are the same fairy tales we heard before every election since 2020, only told louder," Moldovan foreign ministry spokeswoman Daniela Rusu told AFP. "Moscow knows perfectly well that our elections are observed by the OSCE and by hundreds of independent monitors."

Moldova's Central Electoral Commission said the number of polling stations abroad had been fixed in August according to the law and that 31 stations would open for voters from Transnistria on the right bank of the Dniester, more than at the last election.

The Russian embassy in Chisinau, asked by AFP whether it stood by the intelligence service's statement, said it had "nothing to add" but that Moscow was "following with concern the persecution of opposition politicians" in Moldova.

Moldova's own intelligence service, the SIS, said in a report last week that Russian-linked networks had paid an estimated 80,000 Moldovans to vote for opposition candidates and had bought advertising on social networks through shell companies in Dubai.

"What we see is not interference in the abstract. It is money, delivered in cash and through cards, to specific people," SIS deputy director Vasile Cojocaru told a news conference. He said the service had passed evidence on 14 cases to prosecutors.

Kremlin spokesman Arkady Voronin said on Wednesday that Russia "has never interfered and does not interfere" in the internal affairs of Moldova, and described the vote-buying allegations as "an attempt to blame others for the failures of the current leadership".

The Party of Socialists, the largest opposition force, said it would ask the Constitutional Court to review the number of polling stations in Russia, where it says tens of thousands of Moldovans live and work. Only two are planned there.

An observer mission from the OSCE's Office for Democratic Institutions and Human Rights arrived in Chisinau on Monday. Its head told reporters the mission would "look at all credible reports, from all sides."

The election, set for November 29, is seen in Brussels as a test of whether the country of 2.4 million can stay on course for EU membership, which it formally applied for in 2022.

The governing pro-European party has accused Russia of interference in every ballot since it came to power, a charge Moscow rejects. Moldova expelled three Russian diplomats in the spring over what it called their role in financing protests in Chisinau.

Polls suggest the governing party could lose its majority, with many voters angry about rising energy prices and slow reforms.`;

export const gold: GoldText = {
  name: "sealed-d/03-moldova-vote-svr",
  actors: actorsWithoutAliases("Moldova", "Russia"),
  text,
  // Left out of gold: "The agency, which rarely gives evidence" and the election background (narration);
  // the Party of Socialists and "where it says tens of thousands of Moldovans live" (opposition party); the
  // OSCE mission head (third party); polls. Judgment calls: the SVR, the SIS and the Central Electoral
  // Commission are state agencies and speak for their states; "dismissed as B" gives B; the embassy's
  // "nothing to add" is not a statement and not gold, its coordinated "that Moscow was ..." is; the governing
  // party's accusations (a party) are not gold, nor is "a charge Moscow
  // rejects" (a rejection of a non-gold claim whose object only points back); "what it called their role in financing protests" gives
  // Moldova's claim "their role in financing protests in Chisinau". The SVR's two planned steps are one
  // that-clause with a compound predicate, one claim.
  claims: [
    /* 0 */ { quote: "crude disinformation", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "Moscow of trying to discredit the vote before a single ballot had been cast", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'Moldovan authorities planned to keep polling stations in the breakaway region of Transnistria closed and to "inflate" the diaspora vote in European Union countries with "hundreds of thousands of ballots that no one will ever check', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'European advisers were "directly supervising" the operation from Chisinau', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "These are the same fairy tales we heard before every election since 2020, only told louder", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "Moscow knows perfectly well that our elections are observed by the OSCE and by hundreds of independent monitors", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "the number of polling stations abroad had been fixed in August according to the law", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "31 stations would open for voters from Transnistria on the right bank of the Dniester, more than at the last election", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Moscow was "following with concern the persecution of opposition politicians" in Moldova', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Russian-linked networks had paid an estimated 80,000 Moldovans to vote for opposition candidates and had bought advertising on social networks through shell companies in Dubai", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "What we see is not interference in the abstract. It is money, delivered in cash and through cards, to specific people", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "the service had passed evidence on 14 cases to prosecutors", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Russia "has never interfered and does not interfere" in the internal affairs of Moldova', actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "an attempt to blame others for the failures of the current leadership", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "their role in financing protests in Chisinau", actor: "Moldova", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[0, 2], [4, 2], [7, 2], [12, 9], [13, 9]],
};
