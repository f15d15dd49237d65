// Sealed evaluation text (set sealed-a): a Moldovan regional outlet's story translated into English,
// Transnistria. Invented incident; long sentences with "stated", "noted", "emphasised", a headline in the
// "Speaker: “quote”" shape, an embassy and a ministry spokeswoman for Russia, Ukraine's border service, and
// the de facto Tiraspol administration, the OSCE, an analyst and an opposition party that are not gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Chișinău protests Russian manoeuvres in the Security Zone; Moscow: “routine training”

(Translated from Romanian; first published by Cuvântul Nistrean, Rezina.)

The Ministry of Foreign Affairs of the Republic of Moldova on Tuesday summoned the Ambassador of the Russian Federation, Oleg Vasnetsov, and handed him a note of protest over tactical exercises by the Operational Group of Russian Forces which, according to the Moldovan side, took place over the weekend in villages of the Security Zone near Dubăsari without the consent of the Joint Control Commission.

In the statement published after the meeting, the ministry noted that the presence of Russian troops on the territory of the Republic of Moldova “is illegal and contrary to the Constitution” and emphasised that any military activity in the Security Zone “undermines the fragile trust built over three decades”.

Speaking at a press conference in Chișinău, the Deputy Prime Minister for Reintegration, Ion Cazacu, stated that the authorities had learned of the manoeuvres from residents of the village of Cocieri, who had reported armoured vehicles and blank-fire shooting on the outskirts of the locality late on Saturday evening. “We were not informed, neither through the Joint Control Commission nor through diplomatic channels. This is a practice that we will not accept,” the official emphasised, adding that Chișinău would raise the matter at the next meeting of the OSCE Permanent Council in Vienna.

The Embassy of the Russian Federation in Chișinău, in a commentary for journalists, stated that the exercises had been “of a routine nature” and had been held exclusively on the training ground of the Operational Group, outside the localities of the Security Zone. “Attempts to present ordinary combat training as a provocation serve only those who wish to drag Moldova into confrontation with Russia,” the diplomatic mission noted.

In Moscow, the official representative of the Russian Foreign Ministry, Yelena Mironova, told a weekly briefing that the Russian military presence in the Transnistrian region “is a guarantee of stability” and that its withdrawal “is possible only after a final political settlement”.

Asked about the position of the embassy, Mr Cazacu noted that the Moldovan authorities possess photographs and video recordings from Cocieri which “leave no room for interpretation”.

The administration in Tiraspol, for its part, described the protest of Chișinău as “a propaganda campaign” and claimed that the residents of Cocieri had been “manipulated”.

The State Border Guard Service of Ukraine, whose units guard more than 400 kilometres of border with the Transnistrian region, stated that it had not registered any movement of Russian units towards the Ukrainian border, but emphasised that it “remains on heightened alert”. Its spokesman, Colonel Yuriy Dmytrenko, noted that the situation on that section was “calm and under control”.

The OSCE Mission to Moldova stated that it was in contact with all sides and called for restraint. The opposition Party of Socialists accused the government of “inflating an incident in order to distract attention from the price of gas”.

Russia has kept about 1,500 troops on the left bank of the Dniester since the conflict of 1992, most of them in the Operational Group, which guards the ammunition depot at Cobasna. Chișinău has for years demanded their withdrawal.

Political analyst Ana Rusu noted for our newspaper that the incident comes at a sensitive moment, with the “5+2” negotiations frozen since 2022.`;

export const gold: GoldText = {
  name: "sealed-a/02-dubasari-exercises",
  actors: actorsWithoutAliases("Moldova", "Russia", "Ukraine"),
  text,
  // Left out of gold: the Tiraspol administration (de facto authorities), the OSCE Mission, the opposition
  // Party of Socialists, analyst Ana Rusu, the background paragraph on the troops and Cobasna, and
  // Chișinău's long-standing demand for withdrawal (a demand with no claimed content). The headline's
  // “Chișinău protests Russian manoeuvres” has no statement; “routine training” after "Moscow:" is gold.
  // Judgment calls: claim 1 is the smallest stretch holding the statement (the exercises ... took place ...),
  // with "according to the Moldovan side" inside it; "would raise the matter at the OSCE" is a stated
  // intention and gold; the embassy's two predicates ("had been ... and had been held ...") are one claim.
  claims: [
    /* 0 */ { quote: "routine training", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "tactical exercises by the Operational Group of Russian Forces which, according to the Moldovan side, took place over the weekend in villages of the Security Zone near Dubăsari without the consent of the Joint Control Commission", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "the presence of Russian troops on the territory of the Republic of Moldova “is illegal and contrary to the Constitution”", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "any military activity in the Security Zone “undermines the fragile trust built over three decades”", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the authorities had learned of the manoeuvres from residents of the village of Cocieri, who had reported armoured vehicles and blank-fire shooting on the outskirts of the locality late on Saturday evening", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "We were not informed, neither through the Joint Control Commission nor through diplomatic channels. This is a practice that we will not accept", actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "Chișinău would raise the matter at the next meeting of the OSCE Permanent Council in Vienna", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the exercises had been “of a routine nature” and had been held exclusively on the training ground of the Operational Group, outside the localities of the Security Zone", actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Attempts to present ordinary combat training as a provocation serve only those who wish to drag Moldova into confrontation with Russia", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "the Russian military presence in the Transnistrian region “is a guarantee of stability”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "its withdrawal “is possible only after a final political settlement”", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the Moldovan authorities possess photographs and video recordings from Cocieri which “leave no room for interpretation”", actor: "Moldova", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "it had not registered any movement of Russian units towards the Ukrainian border", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "it “remains on heightened alert”", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "the situation on that section was “calm and under control”", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[7, 1], [9, 2], [11, 7]],
};
