// Sealed-d evaluation text: a story built on the two foreign ministries' conflicting read-outs of a phone
// call about a closed Russian news bureau in Baku. What one read-out says the other minister said (relayed),
// a spokeswoman's denial of that, "the ministry" and "it" referring back, a press freedom group.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Baku and Moscow give clashing accounts of ministers' call on shuttered news bureau

MOSCOW/BAKU, Nov 20 - Azerbaijan and Russia offered sharply different accounts on Thursday of a telephone call between their foreign ministers about the closure of a Russian state news agency's bureau in Baku, with each side saying the other had asked for the conversation.

According to the Azerbaijani Foreign Ministry's read-out, Foreign Minister Rashad Mammadov told his Russian counterpart Nikolai Vetrov that the Kavkaz-Inform bureau had been closed "strictly in accordance with Azerbaijani legislation" after it failed to renew its accreditation. The ministry said the call took place "at the request of the Russian side".

The read-out also said Vetrov had "expressed understanding" of Azerbaijan's right to regulate the work of foreign media on its territory.

The Russian Foreign Ministry's version, published two hours later, said the call was held at Baku's initiative. It said Vetrov had "expressed serious concern" over the detention of two of the bureau's Russian employees, who it said were being held "without any legal grounds", and had called for their immediate release.

Russian Foreign Ministry spokeswoman Yelena Sorokina later told reporters that the Azerbaijani account "does not correspond to reality".

"The minister did not express any understanding for the closure of a news agency and the arrest of journalists, and could not have done so," Sorokina said. "We would advise our Azerbaijani colleagues to read out what was actually said."

The Kavkaz-Inform bureau, which employed 14 people, was sealed by police on Nov 12. Its director and an editor, both Russian citizens, were detained the same day.

Azerbaijan's State Security Service has said the two men were "officers of Russian special services working under journalistic cover" and that they had been collecting information on military facilities near the Iranian border. It has not made any evidence public.

Moscow has dismissed that allegation as "absurd". In a statement on Nov 14, the Russian Foreign Ministry said the men were "professional journalists with many years of experience" and accused Baku of "taking hostages to settle political scores".

Relations between Moscow and Baku, long close, have soured over the past year. Russian authorities have blocked several Azerbaijani news websites, and Azerbaijan has cut back Russian-language broadcasting on its state channels.

Hikmet Rzayev, a spokesman for the Azerbaijani Foreign Ministry, said on Thursday evening that Baku "stands by every word" of its read-out. "We publish what was said, not what one would have wished to say," he wrote on X.

He added that Azerbaijani journalists working in Russia had faced "constant pressure" and that two of them had been refused entry at Moscow's Vnukovo airport in October.

The Russian ministry did not respond to a request for comment on the airport incident.

The Committee to Protect Journalists called on both governments to stop "using reporters as pawns" and urged Azerbaijan to release the two detained men or charge them in an open court.

Neither read-out mentioned any agreement to continue contacts, and no date has been set for the next meeting of the two ministers, who last met in person in September.`;

export const gold: GoldText = {
  name: "sealed-d/07-baku-bureau-readouts",
  actors: actorsWithoutAliases("Azerbaijan", "Russia"),
  text,
  // Left out of gold: the lead's "with each side saying the other had asked" (names both sides, the two
  // claims are given later); the bureau's closure, the blocked websites and the last paragraph
  // (narration); "It has not made any evidence public" and "did not respond" (narration); the CPJ (third
  // party); demands ("had called for their immediate release", "We would advise ..."). Judgment calls: a
  // foreign ministry's read-out speaks for its state; what the Azerbaijani read-out says Vetrov said is
  // Russia's claim relayed by Azerbaijan (claims 2, 3), and Sorokina's denial rebuts the relayed claim 3;
  // "who it said were being held ..." is a separate claim inside the read-out's sentence; "dismissed as
  // B" gives B; the State Security Service's "has said" is gold (a recent statement recalled).
  claims: [
    /* 0 */ { quote: 'the Kavkaz-Inform bureau had been closed "strictly in accordance with Azerbaijani legislation" after it failed to renew its accreditation', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the call took place "at the request of the Russian side"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `Vetrov had "expressed understanding" of Azerbaijan's right to regulate the work of foreign media on its territory`, actor: "Russia", attribution: "PARAPHRASE", relayedBy: "Azerbaijan" },
    /* 3 */ { quote: "the call was held at Baku's initiative", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `Vetrov had "expressed serious concern" over the detention of two of the bureau's Russian employees`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'were being held "without any legal grounds"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'the Azerbaijani account "does not correspond to reality"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "The minister did not express any understanding for the closure of a news agency and the arrest of journalists, and could not have done so", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'the two men were "officers of Russian special services working under journalistic cover"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "they had been collecting information on military facilities near the Iranian border", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "absurd", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: 'the men were "professional journalists with many years of experience"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Baku of "taking hostages to settle political scores"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'Baku "stands by every word" of its read-out', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "We publish what was said, not what one would have wished to say", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: 'Azerbaijani journalists working in Russia had faced "constant pressure"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "two of them had been refused entry at Moscow's Vnukovo airport in October", actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[3, 1], [6, 2], [7, 2], [10, 8], [11, 8], [13, 6]],
};
