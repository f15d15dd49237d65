// Sealed evaluation text (set C): AFP-style wire; invented sentencing in Baku of two Armenian villagers.
// Headline statement with a pronoun, "a verdict X condemned as B", a prosecutor's office, a quote before
// its attribution, "the office said, adding that", a denial, "rejected the criticism", a human rights
// commissioner, relatives, the ICRC, lawyers, an analyst and background narration.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Azerbaijan jails two Armenians for 'sabotage', Yerevan says they are shepherds

Baku (AFP) - A military court in Baku on Thursday sentenced two Armenian men detained near the border last spring to 14 years in prison each for sabotage, a verdict Armenia condemned as "a political reprisal against two village shepherds".

Azerbaijan's Prosecutor General's Office said in a statement that Arsen Grigoryan, 34, and Hayk Melkonyan, 29, had crossed into the Kalbajar district at night carrying explosives, maps and a satellite phone, and had planned to blow up a road used by Azerbaijani border troops.

"Both men confessed during the investigation," the office said, adding that the trial had been "open and fair".

Armenia's Foreign Ministry said the men had been herding sheep near the village of Kut when they lost their way in fog, and denied they had been carrying any weapons.

"Any confession obtained in detention, without independent lawyers and without the Red Cross present, has no value," ministry spokeswoman Nare Aslanyan told AFP. "These are two shepherds from a border village, and the whole village knows it."

Grigoryan's mother, Siranush, said by telephone from Kut that her son had "never held anything more dangerous than a shepherd's crook". Lawyers for the two men said they would appeal and, if necessary, take the case to the European Court of Human Rights.

The International Committee of the Red Cross said it had visited both men twice in detention but would not comment on their cases, in line with its usual practice.

Baku rejected the criticism. Ramil Guliyev, a foreign policy aide to the Azerbaijani president, said Yerevan was "once again defending saboteurs" and accused Armenia of using the case to distract from its failure to hand over accurate maps of the minefields it laid in the 1990s.

Armenian officials said last year that Melkonyan had been beaten during his first days in custody, which Baku denies. On Thursday Azerbaijan's human rights commissioner, Leyla Huseynova, said the men had been held in "proper conditions" and had received regular medical checks.

Azerbaijan retook Karabakh in a lightning offensive in September 2023, prompting the exodus of more than 100,000 ethnic Armenians. The two countries initialled a peace agreement in 2025 but have yet to sign it, and the fate of detainees remains one of the most emotional issues between them.

In Yerevan, Deputy Foreign Minister Mher Ghukasyan told reporters that Armenia had raised the case with Baku through the two countries' border commissions and would seek the men's return "as part of any future exchange". Armenia holds no Azerbaijani detainees, he said.

Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons said in a separate statement that 3,890 Azerbaijanis were still listed as missing from the first Karabakh war.

Elnur Mammadov, a political analyst in Baku, said he did not expect a quick release. "For Baku this is a security case, for Yerevan a humanitarian one, and they are not talking about the same thing," he told AFP.

The court's verdict can be appealed within one month.

bur-ia/rl`;

export const gold: GoldText = {
  name: "sealed-c/03-kalbajar-shepherds-verdict",
  actors: actorsWithoutAliases("Azerbaijan", "Armenia"),
  text,
  // Left out of gold: the court's sentence itself (narration of the event); the mother, the lawyers, the
  // ICRC and the analyst (third parties); "which Baku denies" (a denial whose object is only a pronoun);
  // the background paragraph and "The court's verdict can be appealed" (narration). Judgment calls: "a
  // verdict Armenia condemned as B" gives B, DIRECT_QUOTE since B is entirely quoted; "denied they had been
  // carrying any weapons" gives the clause; "Baku rejected the criticism" is a claim with its object as the
  // span, linked to Armenia's condemnation; the prosecutor's office and the state commission speak for
  // Azerbaijan, the human rights commissioner too.
  claims: [
    /* 0 */ { quote: `they are shepherds`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `a political reprisal against two village shepherds`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: `Arsen Grigoryan, 34, and Hayk Melkonyan, 29, had crossed into the Kalbajar district at night carrying explosives, maps and a satellite phone, and had planned to blow up a road used by Azerbaijani border troops`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Both men confessed during the investigation`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: `the trial had been "open and fair"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `the men had been herding sheep near the village of Kut when they lost their way in fog`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `they had been carrying any weapons`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `Any confession obtained in detention, without independent lawyers and without the Red Cross present, has no value`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: `These are two shepherds from a border village, and the whole village knows it`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: `the criticism`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `Yerevan was "once again defending saboteurs"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `Armenia of using the case to distract from its failure to hand over accurate maps of the minefields it laid in the 1990s`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Melkonyan had been beaten during his first days in custody`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `the men had been held in "proper conditions" and had received regular medical checks`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `Armenia had raised the case with Baku through the two countries' border commissions and would seek the men's return "as part of any future exchange"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Armenia holds no Azerbaijani detainees`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `3,890 Azerbaijanis were still listed as missing from the first Karabakh war`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [5, 2],
    [6, 2],
    [7, 3],
    [9, 1],
    [13, 12],
  ],
};
