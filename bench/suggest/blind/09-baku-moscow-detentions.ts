// Blind evaluation text: invented incident, AFP-like; denials, "insisting", counter-accusation on X, "adding that".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `MOSCOW, July 2 (AFP) - Russia on Wednesday summoned Azerbaijan's ambassador over the arrest of eight Russian citizens in Baku, as a diplomatic row between the two countries deepened.

Azerbaijan's Interior Ministry said the eight, detained in a police raid on Monday, were members of an organised group smuggling heroin from Iran and running online fraud schemes targeting Azerbaijani citizens.

The Russian Foreign Ministry said in a statement that the detainees, most of them IT specialists working for Azerbaijani companies, had been subjected to "unjustified violence" during their arrest, and that the charges against them were "fabricated". It demanded immediate consular access.

"We consider the actions of the Azerbaijani side unacceptable and expect those responsible for the beatings to be punished," the ministry said.

Footage broadcast by Azerbaijani state television showed several of the men, some with bruised faces, being led into a courtroom in handcuffs.

Azerbaijan's Foreign Ministry denied the detainees had been mistreated, insisting that they had been treated "in full accordance with the law" and that the Russian embassy had been informed of the arrests within 24 hours.

Baku also went on the counter-attack. "Two of our citizens were beaten to death in police custody in Yekaterinburg last month, and to this day no one has been held responsible," Rauf Guliyev, a foreign policy aide to the Azerbaijani president, wrote on X. "Moscow is in no position to lecture anyone about the treatment of detainees."

Russia's Investigative Committee has said one of the men died of heart failure and the other of injuries sustained in a fall in his cell.

Kremlin spokesman Anatoly Zverev told reporters that Moscow valued its "strategic partnership" with Baku. "At the same time, we cannot remain indifferent to the fate of our citizens," he said, adding that the matter had been discussed by telephone between the two countries' foreign ministers.

Relations between the former Soviet neighbours, once close, have cooled sharply over the past year, and Azerbaijani diplomacy has grown noticeably more assertive towards Moscow.

"Baku no longer feels it needs Moscow's approval for anything," said Elvin Rustamov, a political analyst in Baku. "The Kremlin, with its hands full in Ukraine, has far fewer levers than it used to."

Some two million ethnic Azerbaijanis are estimated to live in Russia, and remittances from them remain an important source of income for many families in Azerbaijan.`;

export const gold: GoldText = {
  name: "blind/09-baku-moscow-detentions",
  actors: actorsWithoutAliases("Russia", "Azerbaijan"),
  text,
  claims: [
    /* 0 */ { quote: "the eight, detained in a police raid on Monday, were members of an organised group smuggling heroin from Iran and running online fraud schemes targeting Azerbaijani citizens", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the detainees, most of them IT specialists working for Azerbaijani companies, had been subjected to "unjustified violence" during their arrest', actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'the charges against them were "fabricated"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "We consider the actions of the Azerbaijani side unacceptable and expect those responsible for the beatings to be punished", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 4 */ { quote: "the detainees had been mistreated", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'they had been treated "in full accordance with the law"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the Russian embassy had been informed of the arrests within 24 hours", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "Two of our citizens were beaten to death in police custody in Yekaterinburg last month, and to this day no one has been held responsible", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: "Moscow is in no position to lecture anyone about the treatment of detainees", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "one of the men died of heart failure and the other of injuries sustained in a fall in his cell", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Moscow valued its "strategic partnership" with Baku', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "At the same time, we cannot remain indifferent to the fate of our citizens", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "the matter had been discussed by telephone between the two countries' foreign ministers", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [2, 0],
    [4, 1],
    [5, 1],
    [9, 7],
  ],
};
