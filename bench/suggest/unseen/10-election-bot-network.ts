// Unseen evaluation text: an invented disinformation case before an Armenian election, wire copy:
// a security service and "the service", an anonymous official who goes on as "the official", the
// Russian embassy and its spokeswoman, state media relaying an intelligence service, a quote running
// across two paragraphs, an opposition party, a research lab and the EU as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `YEREVAN, Dec 1 (Reuters) - Armenia said on Tuesday it had dismantled a network of more than 3,000 fake social media accounts run from Russia that was spreading false reports about the government ahead of next year's local elections, an accusation Moscow dismissed as "Russophobic hysteria".

Armenia's National Security Service said the accounts, on Facebook, TikTok and Telegram, had posted tens of thousands of messages since the summer claiming, among other things, that the government planned to hand border villages to Azerbaijan and to close Armenian churches.

The service said the network was coordinated by "a group of individuals in the Russian Federation linked to state structures" and paid for through cryptocurrency wallets. It did not name the individuals or say which structures it meant.

"This is not the work of a few enthusiasts. It is organised, it is funded, and it has one aim: to make Armenians lose faith in their own state," a senior Armenian security official told Reuters on condition of anonymity.

The official said some of the accounts had posed as Azerbaijani users in an attempt to inflame tensions between the two countries, which are close to signing a peace treaty.

The Russian embassy in Yerevan rejected the allegations. "We categorically deny any involvement of Russian official bodies in this so-called network," embassy spokeswoman Yelena Gorbunova said in a statement.

"Instead of looking for Russian hackers under every bed, the Armenian authorities should ask themselves why so many Armenians are unhappy with their policies."

Russian state news agency RIA Novosti, citing the Foreign Intelligence Service, reported that the United States was funding Armenian non-governmental organisations to "prepare the ground" for mass protests if the ruling party lost the vote. The U.S. embassy in Yerevan called the report "a recycled fiction".

In Baku, the Azerbaijani Foreign Ministry said it had "no information" about the accounts and was "not interested in the internal affairs of Armenia". A ministry official, who asked not to be named, said Baku had noticed similar fake accounts posing as Azerbaijanis in the past and had reported them to the platforms.

Armenia's main opposition bloc accused the government of using the case to silence critics. "Every time the authorities are in trouble, they discover a Russian plot," one of its leaders said at a news conference.

Baltic Signal Lab, a Tallinn-based research group that studied part of the network, said in a report that it had found "strong indications" of coordination and that several accounts had earlier promoted pro-Kremlin content in other countries. It said it could not establish who ran them.

The European Union, which has pledged 15 million euros to help Armenia fight disinformation, said it was following the case closely.

Armenia's Deputy Prime Minister Arsen Melikyan told reporters the government would ask Meta and TikTok to remove all the accounts identified by the service. Asked whether Yerevan would expel Russian diplomats, he said the country would "act on the facts, not on emotions".

Relations between Yerevan and Moscow have been deteriorating since 2023, when Armenia accused Russian peacekeepers of failing to stop Azerbaijan from retaking Nagorno-Karabakh. Armenia has since frozen its participation in the Russian-led CSTO security bloc.`;

export const gold: GoldText = {
  name: "unseen/10-election-bot-network",
  actors: actorsWithoutAliases("Armenia", "Russia", "Azerbaijan"),
  text,
  // Not gold: the opposition bloc and its leader (a party, not the state), the U.S. embassy (not among
  // this text's actors), the research lab, the EU and the narration, including "It did not name the individuals".
  // RIA is a news agency: its claim is the intelligence service's, Russia's, with no relayedBy. The
  // background's "Armenia accused Russian peacekeepers of ..." is gold like any other attributed statement.
  // The embassy's second quoted paragraph has no attribution of its own: it is the spokeswoman's too.
  claims: [
    /* 0 */ { quote: "it had dismantled a network of more than 3,000 fake social media accounts run from Russia that was spreading false reports about the government ahead of next year's local elections", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "Russophobic hysteria", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "the accounts, on Facebook, TikTok and Telegram, had posted tens of thousands of messages since the summer claiming, among other things, that the government planned to hand border villages to Azerbaijan and to close Armenian churches", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'the network was coordinated by "a group of individuals in the Russian Federation linked to state structures" and paid for through cryptocurrency wallets', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "This is not the work of a few enthusiasts. It is organised, it is funded, and it has one aim: to make Armenians lose faith in their own state", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: "some of the accounts had posed as Azerbaijani users in an attempt to inflame tensions between the two countries", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: "the allegations", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "We categorically deny any involvement of Russian official bodies in this so-called network", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Instead of looking for Russian hackers under every bed, the Armenian authorities should ask themselves why so many Armenians are unhappy with their policies", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: 'the United States was funding Armenian non-governmental organisations to "prepare the ground" for mass protests if the ruling party lost the vote', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'it had "no information" about the accounts and was "not interested in the internal affairs of Armenia"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Baku had noticed similar fake accounts posing as Azerbaijanis in the past and had reported them to the platforms", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "the government would ask Meta and TikTok to remove all the accounts identified by the service", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'the country would "act on the facts, not on emotions"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Russian peacekeepers of failing to stop Azerbaijan from retaking Nagorno-Karabakh", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [1, 0],
    [6, 3],
    [7, 3],
  ],
};
