// Unseen evaluation text: an invented tit-for-tat over a Russian state news bureau in Baku. Wire copy
// with a quote that runs across two paragraphs, "X called A B", an embassy as a speaker, a denial by
// "the ministry", a relay of one actor by another, a press-freedom group and the journalist's union as
// third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `BAKU, Dec 1 (Reuters) - Azerbaijan ordered the closure of the Baku bureau of a Russian state news agency on Monday and expelled two of its correspondents, accusing them of working for Russian intelligence, in a fresh blow to relations between Moscow and its once-close partner.

The State Security Service said the two men, both Russian citizens, had collected "information of a military nature" under the cover of journalism and had tried to recruit sources in Azerbaijan's defence industry. It gave them 48 hours to leave the country.

Moscow responded within hours. Russian Foreign Ministry spokeswoman Irina Belova called the expulsions "a hostile and absurd step" and said Russia would respond "in kind".

"We have warned our Azerbaijani colleagues many times that the campaign against Russian media would not go without consequences. Baku has chosen to ignore these warnings.

"The accusations of espionage are invented from beginning to end, as the Azerbaijani side knows very well," Belova told reporters.

The agency itself said its staff had been working legally, with accreditation renewed in September, and had never been warned of any violation.

Azerbaijan's Foreign Ministry rejected the charge that it was targeting the media. The ministry said the decision had "nothing to do with journalism" and was based on "concrete evidence" gathered over several months.

"Azerbaijan respects freedom of the press. It does not respect espionage," ministry spokesman Aykhan Guliyev said in a statement, adding that other Russian journalists in the country could continue to work.

The Russian embassy in Baku said the two correspondents had been detained for several hours on Sunday and that its diplomats had not been given access to them. Azerbaijani officials denied that the men had been detained and said they had come to the security service's offices voluntarily.

Relations between Baku and Moscow have been strained since December 2024, when an Azerbaijan Airlines passenger jet crashed in Kazakhstan. Baku says it was hit by Russian air defences over Chechnya. A year later Azerbaijani police raided the offices of another Russian state media outlet in Baku and arrested several of its staff.

Kremlin spokesman Dmitry Voronov said on Monday that Moscow still valued its "strategic partnership" with Baku. Asked whether President Vladimir Putin would raise the matter with his Azerbaijani counterpart, he said no contacts were planned "for now".

Azerbaijan's ambassador in Moscow was summoned to the Foreign Ministry, according to the Russian state news agency RIA, citing the ministry's press service.

The Committee to Protect Journalists urged both governments to stop using reporters "as pawns in a diplomatic quarrel". A Baku-based union of journalists said it regretted the decision but had "no reason to doubt" the security service's findings.

Turkish Foreign Minister Kerem Aydin, speaking in Ankara, said Turkey hoped the "two friendly countries" would settle their dispute through dialogue.`;

export const gold: GoldText = {
  name: "unseen/04-news-bureau-expulsion",
  actors: actorsWithoutAliases("Russia", "Azerbaijan"),
  text,
  // Not gold: the agency itself (a medium speaking for itself, not for the state), the CPJ, the Baku
  // journalists' union, Turkey (not among this text's actors) and the background narration; its "Baku
  // says" is gold all the same, an attributed statement like any other. The quote that runs across two paragraphs is one claim per paragraph.
  claims: [
    /* 0 */ { quote: "them of working for Russian intelligence", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'the two men, both Russian citizens, had collected "information of a military nature" under the cover of journalism and had tried to recruit sources in Azerbaijan\'s defence industry', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'the expulsions "a hostile and absurd step"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'Russia would respond "in kind"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "We have warned our Azerbaijani colleagues many times that the campaign against Russian media would not go without consequences. Baku has chosen to ignore these warnings", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "The accusations of espionage are invented from beginning to end, as the Azerbaijani side knows very well", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "the charge that it was targeting the media", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'the decision had "nothing to do with journalism" and was based on "concrete evidence" gathered over several months', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Azerbaijan respects freedom of the press. It does not respect espionage", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "other Russian journalists in the country could continue to work", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "the two correspondents had been detained for several hours on Sunday", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "its diplomats had not been given access to them", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "the men had been detained", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "they had come to the security service's offices voluntarily", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "it was hit by Russian air defences over Chechnya", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Moscow still valued its "strategic partnership" with Baku', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'no contacts were planned "for now"', actor: "Russia", attribution: "PARAPHRASE" },
    // RIA is a news agency, not an actor: the claim is the Russian ministry's, with no relayedBy.
    /* 17 */ { quote: "Azerbaijan's ambassador in Moscow was summoned to the Foreign Ministry", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [5, 1],
    [6, 4],
    [7, 4],
    [8, 4],
    [12, 10],
    [13, 10],
  ],
};
