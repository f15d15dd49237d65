// Sealed evaluation text (set sealed-a): an Azerbaijani regional outlet's story translated into English,
// energy. Invented suspension and officials; a headline quote followed by its speaker, passive "it was
// noted", a deputy minister, Iran's ministry via IRNA, an anonymous Azerbaijani government source, Turkey's
// minister on social media, Iran's ambassador, and an expert and an MP who are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `“Gas deliveries to Nakhchivan will continue without interruption” – Ministry of Energy

(Translated from Azerbaijani. First published by the news portal Araz Xəbər, Nakhchivan.)

Baku, 18 January. The Ministry of Energy of the Republic of Azerbaijan stated on Thursday that the supply of natural gas to the Nakhchivan Autonomous Republic is being carried out in full volume via the Iğdır–Nakhchivan pipeline. The statement came two days after the Islamic Republic of Iran suspended the swap deliveries which had been carried out through Iranian territory for almost two decades.

In the statement disseminated by the press service of the ministry, it was noted that the pipeline, commissioned last spring, has a capacity of up to 500 million cubic metres per year, which “fully covers the needs of the population and industry of the autonomous republic in the winter period”.

Speaking to journalists in Baku, Deputy Minister of Energy Orkhan Sadigov emphasised that the Iranian side had informed Baku of the suspension “only a few hours before the valves were closed”. “We had prepared for such a scenario in advance. Not a single household in Nakhchivan was left without gas, not for a single hour,” the deputy minister stated.

Under the swap arrangement signed in 2005, Azerbaijan delivered gas to Iran at Astara, and Iran supplied an equivalent volume, minus a commission, to Nakhchivan, which has no land connection with the rest of Azerbaijan.

The Iranian side presents the matter differently. The Ministry of Petroleum of Iran, as reported by the IRNA news agency, stated that the deliveries had been halted for “scheduled repair work” on the Astara section of the network and would be resumed “as soon as the work is completed”. The ministry’s spokesman noted that Tehran had notified its Azerbaijani partners “in accordance with the contract” and emphasised that the matter “has no political dimension whatsoever”.

However, a source in the Azerbaijani government, who asked not to be named, told our correspondent that the explanation about repairs “does not stand up”, noting that no such work had been announced in the annual maintenance schedule which the Iranian side sends to Baku every autumn.

Turkey’s Minister of Energy and Natural Resources, Kemal Aydın, in a post on social media, noted that Turkish gas was flowing to Nakhchivan “as a natural expression of the principle of one nation, two states” and stated that BOTAŞ was ready to increase volumes “at any moment, if our Azerbaijani brothers need it”.

The Ambassador of the Islamic Republic of Iran in Baku, Mojtaba Rahmani, in an interview with a local television channel, stated that relations between the two countries “are developing in a positive direction”. He expressed the hope that the gas issue would not be “exaggerated by certain circles”.

Energy expert Rauf Mammadzade noted for our portal that the episode once again demonstrated the importance of diversification. “Two years ago, a decision like this in January would have meant a humanitarian problem. Today it is an inconvenience,” the expert emphasised.

Member of the Milli Majlis Sahiba Guliyeva stated that the Iranian step “cannot be seen separately from the general state of relations” and called on the government to accelerate the construction of a second line.

It should be noted that the Iğdır–Nakhchivan pipeline, about 85 kilometres long, was built by BOTAŞ and SOCAR.`;

export const gold: GoldText = {
  name: "sealed-a/08-nakhchivan-gas-swap",
  actors: actorsWithoutAliases("Azerbaijan", "Iran", "Turkey"),
  text,
  // Left out of gold: expert Rauf Mammadzade, MP Sahiba Guliyeva (a lawmaker speaking for herself), IRNA as
  // such, the swap background and the closing "It should be noted" paragraph (the journalist's narration),
  // and the MP's call on the government (an appeal).
  // Judgment calls: the headline quote followed by "– Ministry of Energy" is gold; the ministry's claim ends
  // at "pipeline" (the next sentence is narration); the ambassador's "expressed the hope that ..." is a wish,
  // not a claim; Turkey's minister's two that-clauses are two claims.
  claims: [
    /* 0 */ { quote: "Gas deliveries to Nakhchivan will continue without interruption", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "the supply of natural gas to the Nakhchivan Autonomous Republic is being carried out in full volume via the Iğdır–Nakhchivan pipeline", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the pipeline, commissioned last spring, has a capacity of up to 500 million cubic metres per year, which “fully covers the needs of the population and industry of the autonomous republic in the winter period”", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "the Iranian side had informed Baku of the suspension “only a few hours before the valves were closed”", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "We had prepared for such a scenario in advance. Not a single household in Nakhchivan was left without gas, not for a single hour", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "the deliveries had been halted for “scheduled repair work” on the Astara section of the network and would be resumed “as soon as the work is completed”", actor: "Iran", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Tehran had notified its Azerbaijani partners “in accordance with the contract”", actor: "Iran", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the matter “has no political dimension whatsoever”", actor: "Iran", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the explanation about repairs “does not stand up”", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: "no such work had been announced in the annual maintenance schedule which the Iranian side sends to Baku every autumn", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "Turkish gas was flowing to Nakhchivan “as a natural expression of the principle of one nation, two states”", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "BOTAŞ was ready to increase volumes “at any moment, if our Azerbaijani brothers need it”", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "relations between the two countries “are developing in a positive direction”", actor: "Iran", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[6, 3], [8, 5], [9, 5]],
};
