// Sealed-d evaluation text: a story from Moscow on the arrest of an Armenian archbishop, in which the
// officials speak almost only through spokespeople named by title. Armenian prime minister's office,
// Investigative Committee, Foreign Ministry; Russia's Foreign Ministry and the Kremlin; the Church, its
// diocese in Russia, a diaspora group and opposition MPs as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Moscow says Armenian archbishop's arrest is "persecution of the Church"; Yerevan tells Russia to stay out

MOSCOW, Dec 2 - Russia on Tuesday condemned the arrest of a senior Armenian Apostolic Church archbishop as politically motivated, prompting a sharp reply from Yerevan, which said the case was a criminal matter and accused Moscow of meddling in Armenia's internal affairs.

Archbishop Nerses Ohanjanyan, who heads one of the Church's largest dioceses, was detained at his residence near Echmiadzin on Sunday. Armenia's Investigative Committee said he was suspected of obstructing an investigation and of organising the transfer of church funds to an unregistered political movement.

A spokesman for the committee told reporters that investigators had "audio recordings and bank documents" and that the archbishop had been questioned for six hours in the presence of his lawyers. "Nobody is above the law, whatever he wears," the spokesman said.

In Moscow, the Russian Foreign Ministry's spokeswoman called the arrest "persecution of the Church" and "an attack on the spiritual foundations of the Armenian people." Russia, she told a weekly briefing, was "following with great concern" the government's campaign against the clergy.

The Kremlin's spokesman was more cautious. Asked whether the Russian president had discussed the case, he said it was "Armenia's internal affair" but that Moscow expected the rights of believers "to be respected."

Yerevan was not in a mood for nuance. The spokeswoman for Armenia's prime minister wrote on Facebook that the Russian statements were "an unacceptable interference" and that Armenia "does not need lessons on freedom of religion from anyone."

"The Church is respected in Armenia. Politicians in cassocks are a different matter," she wrote.

Armenia's Foreign Ministry summoned the Russian chargé d'affaires in Yerevan on Tuesday afternoon, its spokesperson said, and handed him a note of protest.

The spokesperson rejected the Russian ministry's suggestion that the clergy were being targeted as a group. Only three clergymen were under investigation, she said, all on charges "unrelated to their faith or their office."

The Church's headquarters at Echmiadzin called the arrest "unlawful and shameful" and said it would hold a prayer vigil on Wednesday. Its diocese in southern Russia, whose spokesman spoke to Russian state television, said parishioners there were "deeply worried."

The case has drawn attention far beyond Armenia. A Paris-based diaspora association said it would ask the European Court of Human Rights to intervene, and two Armenian opposition MPs flew to Moscow on Monday to meet Russian lawmakers.

Tensions between the government and the Church have grown since the Church's leadership backed street protests last year demanding the prime minister's resignation. Several clerics have since been charged.

Relations between Armenia and Russia, its former patron, have worsened over the same period. Yerevan has frozen its participation in the Russian-led CSTO military alliance and has said Russia failed to protect it from Azerbaijan.

A Russian diplomatic source, speaking on condition of anonymity, said Moscow had no plans to recall its own ambassador, who is on leave, over the dispute. "We are not going to escalate this," the source said.`;

export const gold: GoldText = {
  name: "sealed-d/10-archbishop-arrest-spokespeople",
  actors: actorsWithoutAliases("Armenia", "Russia"),
  text,
  // Left out of gold: the detention and the last background paragraphs' narration (except the standing
  // Armenian position recalled with "has said"); the Church's headquarters, its diocese in Russia, the
  // diaspora association and the opposition MPs (third parties); "Yerevan was not in a mood for nuance" and
  // "The Kremlin's spokesman was more cautious" (the writer's judgment); "expected the rights of believers
  // to be respected" (a wish, no claimed content); the headline's "Yerevan tells Russia to stay out" (a
  // demand). Judgment calls: the lead's "condemned ... as politically
  // motivated" gives "politically motivated" as Russia's claim, and its two Armenian parts are gold; the
  // Investigative Committee speaks for Armenia; the summoning and the protest note are steps taken,
  // reported through "its spokesperson said", one claim; "rejected the Russian ministry's suggestion that
  // ..." gives the suggestion (as the rebutting claim), since the that-clause restates the Russian claim;
  // "called the arrest A and B" gives "the arrest A and B" as one claim.
  claims: [
    /* 0 */ { quote: `Armenian archbishop's arrest is "persecution of the Church"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "politically motivated", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the case was a criminal matter", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Moscow of meddling in Armenia's internal affairs", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "he was suspected of obstructing an investigation and of organising the transfer of church funds to an unregistered political movement", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'investigators had "audio recordings and bank documents"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the archbishop had been questioned for six hours in the presence of his lawyers", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Nobody is above the law, whatever he wears", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'the arrest "persecution of the Church" and "an attack on the spiritual foundations of the Armenian people', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Russia, she told a weekly briefing, was "following with great concern" the government's campaign against the clergy`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `it was "Armenia's internal affair"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'the Russian statements were "an unacceptable interference"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Armenia "does not need lessons on freedom of religion from anyone', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "The Church is respected in Armenia. Politicians in cassocks are a different matter", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "Armenia's Foreign Ministry summoned the Russian chargé d'affaires in Yerevan on Tuesday afternoon, its spokesperson said, and handed him a note of protest", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "the Russian ministry's suggestion that the clergy were being targeted as a group", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'Only three clergymen were under investigation, she said, all on charges "unrelated to their faith or their office', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "Russia failed to protect it from Azerbaijan", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "Moscow had no plans to recall its own ambassador, who is on leave, over the dispute", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 19 */ { quote: "We are not going to escalate this", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[2, 1], [11, 8], [15, 9], [16, 9]],
};
