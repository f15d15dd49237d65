// Sealed-f evaluation text: AP-style wire (punctuation inside quote marks); invented detention of Azerbaijani truck
// drivers at an Iranian border crossing. Headline "calls it ...", "dismissed as B" in the lead, attribution after a long
// statement, "It said" referring back, an anonymous provincial official, a standing accusation, third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Azerbaijan says Iran is holding 14 of its truck drivers; Tehran calls it a customs matter

BAKU, Azerbaijan (AP) — Azerbaijan said Wednesday that Iranian border guards had detained 14 Azerbaijani truck drivers at the Bilasuvar crossing and were holding them without charge, a claim Tehran dismissed as "a misunderstanding blown out of proportion."

The drivers, who were carrying Turkish textiles and Russian sunflower oil on transit routes to the Persian Gulf, have been held since Sunday at a customs compound in Iran's Ardabil province, the Azerbaijani Foreign Ministry said in a statement. It said Baku's consul in Tabriz had twice been refused access to the men.

"We are talking about ordinary working people, fathers of families, who have done nothing wrong," ministry spokesman Elnur Hasanli told reporters. "Their trucks were inspected on entry and nothing illegal was found."

The ministry said it had handed Iran's ambassador a protest note on Tuesday evening.

Relatives gathered outside the ministry building in central Baku on Wednesday morning. "My brother called on Monday and said they had taken his phone and his passport," said Sevinj Aliyeva, 34. "Since then, nothing."

Iran's Foreign Ministry spokesman, Mehdi Kazemzadeh, told a weekly news conference in Tehran that the drivers had not been arrested. Customs officers had found discrepancies between the cargo and the shipping documents, he said, and the men had been asked to stay while the case was checked.

"They are free to call their families, they are staying in a hotel, not a prison," Kazemzadeh said. He said the men would be allowed to return home "within days" once the inspection was completed.

An Iranian provincial official, speaking on condition of anonymity because he was not authorized to brief the media, told The Associated Press that two of the trucks had carried undeclared electronics hidden under the textiles.

The Azerbaijani road hauliers' association said more than 300 trucks were waiting on both sides of the border because Iranian customs had slowed checks. The International Road Transport Union, which represents the industry worldwide, urged both governments to "keep the corridor open."

Relations between the two neighbors have been tense for years. Tehran has long accused Baku of letting Israel use Azerbaijani territory for surveillance, a charge Azerbaijan denies. Azerbaijan kept its embassy in Tehran closed for more than a year after a deadly gun attack on the building in 2023.

The route through Iran is one of the shortest links between Azerbaijan and the Gulf, and trade along it has grown as traffic through Russia has slowed.

Ganira Mammadova, an Azerbaijani lawmaker who sits on parliament's foreign affairs committee, called the detentions "hostage-taking" and said Baku should suspend talks on a new railway link with Iran until the men were freed.

Iranian state television aired footage late Wednesday of what it said were the drivers eating a meal in a hotel dining room. The footage could not be independently verified, and the drivers did not speak on camera.

Asked whether Iran would allow the consul to visit, Kazemzadeh said only that "consular matters are being handled through the usual channels." Azerbaijan's ministry said no such visit had been scheduled by Wednesday night.`;

export const gold: GoldText = {
  name: "sealed-f/02-bilasuvar-truck-drivers",
  actors: actorsWithoutAliases("Iran", "Azerbaijan"),
  text,
  // Left out of gold: the drivers' relative (a citizen), the hauliers' association and the IRU (industry bodies), the
  // Azerbaijani lawmaker (speaking for herself), Iranian state television (state media speaking for itself, "what it
  // said were the drivers ..."), and the journalist's background on relations and the route. "a charge Azerbaijan
  // denies" is a denial whose object only points back (like a pronoun) and is not gold. Judgment calls: the lead's
  // that-clause has a compound predicate ("had detained ... and were holding ...") and is one claim; the Iranian
  // spokesman's statements on either side of "he said" are two claims; "Tehran has long accused Baku of ..." is a
  // standing position recalled with an attribution verb (gold); "it a customs matter" follows "called A a B". The
  // provincial official is a state official (Iran, ANONYMOUS_SOURCE).
  claims: [
    /* 0 */ { quote: "Iran is holding 14 of its truck drivers", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "it a customs matter", actor: "Iran", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Iranian border guards had detained 14 Azerbaijani truck drivers at the Bilasuvar crossing and were holding them without charge", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "a misunderstanding blown out of proportion", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "The drivers, who were carrying Turkish textiles and Russian sunflower oil on transit routes to the Persian Gulf, have been held since Sunday at a customs compound in Iran's Ardabil province", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "Baku's consul in Tabriz had twice been refused access to the men", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "We are talking about ordinary working people, fathers of families, who have done nothing wrong", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "Their trucks were inspected on entry and nothing illegal was found", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "it had handed Iran's ambassador a protest note on Tuesday evening", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "the drivers had not been arrested", actor: "Iran", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Customs officers had found discrepancies between the cargo and the shipping documents", actor: "Iran", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the men had been asked to stay while the case was checked", actor: "Iran", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "They are free to call their families, they are staying in a hotel, not a prison", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: 'the men would be allowed to return home "within days" once the inspection was completed', actor: "Iran", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "two of the trucks had carried undeclared electronics hidden under the textiles", actor: "Iran", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: "Baku of letting Israel use Azerbaijani territory for surveillance", actor: "Iran", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "consular matters are being handled through the usual channels", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 17 */ { quote: "no such visit had been scheduled by Wednesday night", actor: "Azerbaijan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [1, 0],
    [3, 2],
    [9, 2],
    [12, 4],
    [10, 7],
  ],
};
