// Sealed evaluation text (set b): live blog (Guardian-style times, key points) on a tanker seized in the Caspian.
// Invented incident and officials. Statements in the headline and in key points, a state broadcaster "citing"
// the navy, "calls the boarding ...", a deputy minister by title, an anonymous official, a counter-accusation.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Caspian tanker seizure: Iran says ship was smuggling fuel, Baku calls it piracy – live

Key points
- Iran's navy boarded the Azerbaijani-flagged tanker Shirvan-7 overnight and escorted it to Bandar Anzali
- Tehran says the cargo papers were forged; Baku says the ship was in its own sector
- Three of the 14 crew members are Kazakh citizens

7.58am
Good morning. Here is what we know so far. The Shirvan-7, a 6,000-tonne tanker owned by the state shipping company ASCO, left Baku on Monday evening with a cargo of gas oil bound for the Iranian port of Neka. At about 2am, ASCO says, it was stopped by two Iranian naval vessels and ordered to change course. Times here are Baku time (GMT+4).

8.40am
Iran's state broadcaster IRIB, citing the navy's northern command, reports that the tanker was carrying "at least 1,500 tonnes more fuel than declared" and that its documents had been "forged to evade customs duties".

9.15am
Azerbaijan's foreign ministry has summoned Iran's ambassador. In a statement, the ministry says the tanker was intercepted "in the Azerbaijani sector of the Caspian Sea, 19 nautical miles from the sector boundary", and calls the boarding "an act of piracy".

9.52am
Iran's deputy foreign minister for consular affairs, Hossein Jalali, has told state television the ship "was inside Iranian waters when it was stopped, and the coordinates are in our possession". He says the crew are "safe and being treated well".

10.30am
Kazakhstan's foreign ministry confirms that three of the crew are Kazakh citizens. Its spokesman, Nurlan Baimukhanov, says the Kazakh consulate in Rasht "has not yet been given access" to the men and that Astana has asked Tehran for a meeting today.

11.05am
From our Tehran correspondent: an Iranian official who spoke on condition of anonymity says the Kazakh sailors "can go home as soon as the questioning of the captain is finished". That suggests the investigation is focused on the tanker's Azerbaijani master.

11.40am
Russia weighs in. At her weekly briefing, foreign ministry spokeswoman Irina Sokolova said no Russian ships had been involved and that Moscow was "in contact with Baku and Tehran". The 2018 Convention on the Legal Status of the Caspian Sea, she said, "provides all the necessary mechanisms" for resolving such incidents, a pointed reminder that Iran has yet to ratify it.

12.20pm
"Both governments have reasons to keep this small, but neither wants to be seen backing down first," says Rauf Nabiyev, a maritime security analyst in Baku. "The real test is whether the crew are home by the weekend."

12.55pm
The Azerbaijani foreign ministry has put out a second statement. The cargo documents, it says, "were issued by Azerbaijani customs and are fully in order". Tehran has hit back: the Iranian foreign ministry accuses Baku of "turning a customs case into a political show".

1.30pm
ASCO says the captain, an Azerbaijani citizen, has been allowed to call his family. More on this as we get it.`;

export const gold: GoldText = {
  name: "sealed-b/04-caspian-tanker-liveblog",
  actors: actorsWithoutAliases("Iran", "Azerbaijan", "Kazakhstan", "Russia"),
  text,
  // Left out of gold: ASCO (a company, even state-owned), the analyst Nabiyev (third party), the first key point
  // and the correspondent's inference (narration), "a pointed reminder that Iran has yet to ratify it" (narration).
  // Judgment calls: the headline and the second key point are gold ("says"); "calls the boarding "an act of
  // piracy"" gives A a B; IRIB only relays the navy, so claims 4-5 are Iran's without relayedBy; Sokolova's
  // parenthetical "she said" stays inside claim 16; "Astana has asked Tehran for a meeting" reports a step taken,
  // so it is a claim (12), unlike a bare demand; a that-clause mixing own words and a quoted tail is a paraphrase.
  claims: [
    /* 0 */ { quote: `ship was smuggling fuel`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `it piracy`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the cargo papers were forged`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `the ship was in its own sector`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `the tanker was carrying "at least 1,500 tonnes more fuel than declared"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `its documents had been "forged to evade customs duties"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the tanker was intercepted "in the Azerbaijani sector of the Caspian Sea, 19 nautical miles from the sector boundary"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the boarding "an act of piracy"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `the ship "was inside Iranian waters when it was stopped, and the coordinates are in our possession"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `the crew are "safe and being treated well"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `three of the crew are Kazakh citizens`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `the Kazakh consulate in Rasht "has not yet been given access" to the men`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `Astana has asked Tehran for a meeting today`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `the Kazakh sailors "can go home as soon as the questioning of the captain is finished"`, actor: "Iran", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: `no Russian ships had been involved`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Moscow was "in contact with Baku and Tehran"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `The 2018 Convention on the Legal Status of the Caspian Sea, she said, "provides all the necessary mechanisms" for resolving such incidents`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: `The cargo documents, it says, "were issued by Azerbaijani customs and are fully in order"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 18 */ { quote: `Baku of "turning a customs case into a political show"`, actor: "Iran", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[8, 6], [17, 5]],
};
