// Unseen evaluation text: invented incident at the Zaporizhzhia nuclear plant. Wire copy with a headline,
// a reciprocal accusation, a denial, a spokeswoman named without her country, Moscow-installed officials
// (de facto authorities) and the IAEA as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia and Ukraine trade blame over drone strike at Zaporizhzhia nuclear plant

KYIV/MOSCOW, Nov 27 (Reuters) - Russia and Ukraine accused each other on Thursday of a drone attack that damaged a training building at the Zaporizhzhia nuclear power plant, Europe's largest, prompting the U.N. nuclear watchdog to renew its call for restraint.

The Russian Defence Ministry said Ukrainian forces had launched three drones at the plant's site overnight, one of which struck the roof of a training centre about 400 metres from the No. 6 reactor. It said no one was hurt and radiation levels were normal.

"The Kyiv regime continues its nuclear terrorism, counting on the silence of its Western sponsors," Foreign Ministry spokeswoman Irina Belova told a weekly briefing in Moscow.

Ukraine denied any involvement. "Ukraine has never struck and will never strike a nuclear facility. This is a staged provocation by the occupiers, and not the first one," Heorhiy Tkachuk, a spokesman for Ukraine's military intelligence agency, said on Telegram.

He said Russian forces had for months kept military vehicles in the plant's turbine halls and used the site "as a shield" to shell the towns of Nikopol and Marhanets across the Dnipro river.

The plant's Moscow-installed management said in a statement that the drone had hit a roof used to store training equipment and that there were no casualties. Yevgen Lavrenko, the Russian-appointed head of the occupied part of Zaporizhzhia region, called the attack "a blow against the whole of Europe".

The International Atomic Energy Agency, which keeps a small team of experts at the plant, said its staff had heard an explosion at around 7:30 a.m. local time and later seen damage to the roof of the training centre.

"Attacks of this kind must stop, whoever is behind them. Every one of them brings us closer to an accident," the agency's director general said in a statement. The IAEA did not say who had launched the drones.

Kremlin spokesman Dmitry Voronov told reporters that Moscow expected the IAEA "to call things by their names" and to say publicly who had fired the drones. Asked whether Russia would let the agency's experts examine the debris, he said the question was "for the military".

Kyiv, for its part, accused Moscow of using the incident to distract attention from its strikes on Ukraine's power grid, which have left millions without electricity for hours at a time this month.

Ukrainian Foreign Ministry spokesman Oleh Marchenko said Russia was "the only country in history to turn a nuclear power plant into a military base". "The only way to make the plant safe is for Russian troops to leave it," he added.

Reuters could not independently verify either side's account.

The plant, seized by Russian forces in the first weeks of the February 2022 invasion, has been in cold shutdown since 2024 but still needs external power to cool its six reactors and spent fuel. Its last remaining high-voltage line has been cut at least ten times since the start of the war, according to the IAEA.

Both sides have repeatedly accused each other of shelling the site, and neither has allowed independent investigators to examine the debris from earlier incidents.`;

export const gold: GoldText = {
  name: "unseen/01-enerhodar-drone-roof",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Not gold: the headline's and the lead's "accused each other" (no single speaker), the plant's
  // Moscow-installed management and the Russian-appointed regional head (de facto authorities), the IAEA,
  // and the last paragraphs' narration.
  claims: [
    /* 0 */ { quote: "Ukrainian forces had launched three drones at the plant's site overnight, one of which struck the roof of a training centre about 400 metres from the No. 6 reactor", actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "no one was hurt and radiation levels were normal", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "The Kyiv regime continues its nuclear terrorism, counting on the silence of its Western sponsors", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "any involvement", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Ukraine has never struck and will never strike a nuclear facility. This is a staged provocation by the occupiers, and not the first one", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'Russian forces had for months kept military vehicles in the plant\'s turbine halls and used the site "as a shield" to shell the towns of Nikopol and Marhanets across the Dnipro river', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'Moscow expected the IAEA "to call things by their names" and to say publicly who had fired the drones', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the question was "for the military"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Moscow of using the incident to distract attention from its strikes on Ukraine's power grid", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Russia was "the only country in history to turn a nuclear power plant into a military base"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "The only way to make the plant safe is for Russian troops to leave it", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [3, 0],
    [4, 0],
  ],
};
