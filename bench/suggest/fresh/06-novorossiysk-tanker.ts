// Fresh evaluation text (wire copy): invented sea-drone attack; competing accounts, a Ukrainian security
// source, Turkey as flag state, the CPC consortium and Kazakhstan (third parties), "called A a B".
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Sea drones strike tanker off Novorossiysk, Turkish crew evacuated

ISTANBUL/MOSCOW, Oct 3 (AP) - Ukrainian sea drones hit a Turkish-owned oil tanker near the Russian Black Sea port of Novorossiysk early on Friday, a Ukrainian security source said, while Russia's military insisted that every drone had been destroyed before reaching its target.

The tanker, the Marmara Star, was waiting to load crude at the Caspian Pipeline Consortium (CPC) terminal when explosions were heard shortly after 4 a.m., according to residents who posted videos on social media.

The Russian Defence Ministry said its Black Sea Fleet had destroyed five uncrewed surface vessels "on approach to the port" and that no ships or port facilities had been damaged.

But the Ukrainian source, who spoke on condition of anonymity because the operation had not been officially acknowledged, said two of the drones had struck the tanker's stern. "This ship was carrying oil that pays for missiles fired at our cities. It was a legitimate target," the source said.

Ukraine's navy declined to comment.

Turkey's Defence Ministry said the 23 crew members, all Turkish citizens, had been safely evacuated to a coast guard vessel and that the tanker had suffered "limited damage above the waterline". Ministry spokesman Ozan Ertekin said Ankara was in contact with both Moscow and Kyiv.

"We will not accept attacks on civilian ships in the Black Sea, whoever carries them out," Ertekin told a weekly briefing in Ankara. "Freedom of navigation must be respected."

The CPC, which exports most of Kazakhstan's oil through Novorossiysk, said loadings had been suspended for several hours as a precaution. Kazakhstan's energy ministry said exports would not be affected in the longer term.

In Moscow, Russian Foreign Ministry spokeswoman Irina Zotova called the attack "an act of international terrorism" and said it showed that Kyiv had no interest in peace. She accused Western intelligence services of helping Ukraine plan strikes on shipping.

Kremlin spokesman Gennady Lavrin said the president had been briefed. Asked whether Russia would retaliate, he said: "Our military knows what to do."

Ukrainian Foreign Ministry spokesman Heorhiy Pylypenko did not confirm the attack but said Russia had "turned the Black Sea into a war zone" when it invaded Ukraine in 2022. He said ships that carry Russian oil in breach of sanctions should expect to be treated as part of Moscow's war effort.

Ukraine has repeatedly struck Russian naval vessels and oil infrastructure with sea and aerial drones, forcing much of the Black Sea Fleet to move from Crimea to Novorossiysk. Attacks on foreign commercial tankers are rarer.

Maritime security firm Ambrey said it was the third incident involving a tanker near Novorossiysk this year, and that insurance premiums for the port were likely to rise again.`;

export const gold: GoldText = {
  name: "fresh/06-novorossiysk-tanker",
  actors: actorsWithoutAliases("Russia", "Ukraine", "Turkey"),
  text,
  claims: [
    /* 0 */ { quote: "Ukrainian sea drones hit a Turkish-owned oil tanker near the Russian Black Sea port of Novorossiysk early on Friday", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 1 */ { quote: "every drone had been destroyed before reaching its target", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'its Black Sea Fleet had destroyed five uncrewed surface vessels "on approach to the port"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "no ships or port facilities had been damaged", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "two of the drones had struck the tanker's stern", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: "This ship was carrying oil that pays for missiles fired at our cities. It was a legitimate target", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: "the 23 crew members, all Turkish citizens, had been safely evacuated to a coast guard vessel", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the tanker had suffered "limited damage above the waterline"', actor: "Turkey", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Ankara was in contact with both Moscow and Kyiv", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "We will not accept attacks on civilian ships in the Black Sea, whoever carries them out", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "Freedom of navigation must be respected", actor: "Turkey", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: 'the attack "an act of international terrorism"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "it showed that Kyiv had no interest in peace", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Western intelligence services of helping Ukraine plan strikes on shipping", actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "the president had been briefed", actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: "Our military knows what to do", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: 'Russia had "turned the Black Sea into a war zone" when it invaded Ukraine in 2022', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "ships that carry Russian oil in breach of sanctions should expect to be treated as part of Moscow's war effort", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  // Not gold: residents, the CPC, Kazakhstan's ministry, Ambrey, "Ukraine's navy declined to comment".
  rebuttals: [
    [1, 0],
    [4, 3],
  ],
};
