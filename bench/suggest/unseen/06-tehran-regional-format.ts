// Unseen evaluation text: an invented "3+3" ministerial meeting in Tehran, AFP style: five actors,
// Iran relaying Russia, a joint statement, a minister's view put by his own ministry, Georgia (not
// among this text's actors) and an EU spokesman as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Tehran hosts South Caucasus talks as Georgia stays away

TEHRAN, Nov 24, 2026 (AFP) - Foreign ministers from Iran, Russia, Turkey, Azerbaijan and Armenia met in Tehran on Monday to discuss trade routes and security in the South Caucasus, with host Iran warning that "powers from outside the region" were stoking tensions.

The so-called "3+3" format, launched after the 2020 war over Nagorno-Karabakh, is meant to bring together the three South Caucasus states and their three large neighbours. Georgia has again declined to take part.

"The problems of our region must be solved by the countries of the region," Iranian Foreign Minister Mohammad Reza Ghaffari said as he opened the meeting. "Every time outsiders have come here with their plans, they have left behind more conflict than they found."

Ghaffari, citing his Russian counterpart, told reporters after the talks that Moscow and Tehran shared the view that no foreign military presence should be allowed on the planned transit routes through southern Armenia.

Russian Foreign Minister Vladimir Kostin did not repeat that remark in public. Speaking to Russian journalists, he said only that the meeting had been "useful and frank" and that Russia was ready to "help unblock communications on the basis of mutual respect".

Azerbaijan's Foreign Minister Ramiz Hasanov said Baku and Yerevan were "closer to peace than at any time in the last thirty years". He accused unnamed European politicians of "trying to turn Armenia into an outpost" against its neighbours, without naming anyone.

Armenian Foreign Minister Davit Hovsepyan rejected that description. "Armenia is nobody's outpost. We are building relations with the European Union, with Iran, with Russia, with everyone who respects our sovereignty," he said.

According to Hovsepyan, the two sides have agreed the text of a protocol on opening rail links and will sign it "as soon as the lawyers have finished". An Azerbaijani diplomat attending the talks said several points of the protocol were still being negotiated.

Turkey's Kerem Aydin said Ankara saw "a historic window" for normalisation in the region. Turkey would open its land border with Armenia to all travellers "once the peace treaty is signed", he said, a condition Turkish officials have set for several years.

The ministers adopted a joint statement pledging to respect "the sovereignty, territorial integrity and inviolability of the borders" of the states of the region and to hold their next meeting in Baku.

Georgia's Foreign Ministry said in Tbilisi that it would not join any format that included Russia as long as Russian troops remained in Abkhazia and South Ossetia, two breakaway regions Moscow recognised as independent after a brief war in 2008.

The European Union, which has a civilian monitoring mission on Armenia's border with Azerbaijan, said it welcomed "any dialogue that reduces tensions". Its spokesman rejected suggestions that the bloc was seeking a military foothold in Armenia.

Iran has long opposed any change to its 44-kilometre border with Armenia and fears that a transit route controlled by outsiders could cut it off from its northern neighbour.`;

export const gold: GoldText = {
  name: "unseen/06-tehran-regional-format",
  actors: actorsWithoutAliases("Iran", "Russia", "Turkey", "Azerbaijan", "Armenia"),
  text,
  // Not gold: the joint statement (five speakers at once), Georgia (not among this text's actors), the
  // EU and its spokesman, "a condition Turkish officials have set" (narration), and the background.
  claims: [
    /* 0 */ { quote: '"powers from outside the region" were stoking tensions', actor: "Iran", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "The problems of our region must be solved by the countries of the region", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "Every time outsiders have come here with their plans, they have left behind more conflict than they found", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "Moscow and Tehran shared the view that no foreign military presence should be allowed on the planned transit routes through southern Armenia", actor: "Russia", attribution: "PARAPHRASE", relayedBy: "Iran" },
    /* 4 */ { quote: 'the meeting had been "useful and frank"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'Russia was ready to "help unblock communications on the basis of mutual respect"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'Baku and Yerevan were "closer to peace than at any time in the last thirty years"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'unnamed European politicians of "trying to turn Armenia into an outpost" against its neighbours', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "that description", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Armenia is nobody's outpost. We are building relations with the European Union, with Iran, with Russia, with everyone who respects our sovereignty", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: 'the two sides have agreed the text of a protocol on opening rail links and will sign it "as soon as the lawyers have finished"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "several points of the protocol were still being negotiated", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: 'Ankara saw "a historic window" for normalisation in the region', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'Turkey would open its land border with Armenia to all travellers "once the peace treaty is signed"', actor: "Turkey", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [8, 7],
    [9, 7],
    [11, 10],
  ],
};
