// Unseen evaluation text: invented exchange of fire on the Armenian-Azerbaijani border, as a live blog
// with time stamps, present-tense attributions, an anonymous Armenian source, a presidential aide, the
// EU monitoring mission as a third party and a state news agency relaying a ministry.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `LIVE: Armenia and Azerbaijan report exchange of fire near Sotk

Updates from our correspondents in Yerevan and Baku. All times GMT.

06:42 - Armenia's Defence Ministry says Azerbaijani forces opened fire with small arms and mortars on Armenian positions near the village of Sotk in Gegharkunik province shortly after 5 a.m. local time. One Armenian soldier was wounded and is in a stable condition, the ministry says. It adds that a house on the edge of the village was hit.

07:15 - Azerbaijan's Defence Ministry has put out its own version. It says its positions in the Kalbajar district came under fire from the Armenian side first and that its units "took adequate retaliatory measures". It denies firing at any civilian area.

07:40 - No independent confirmation yet. The European Union's civilian monitoring mission in Armenia, which patrols the Armenian side of the border, says it has "received reports" of firing in the Sotk area and is sending a patrol.

08:05 - An Armenian government source tells us the secretary of the Security Council has been in touch with his Azerbaijani counterpart since early morning.

"Both sides want to stop this quickly. Nobody wants it to spoil the talks next week," the source said, speaking on condition of anonymity because he was not authorised to talk to the press.

08:31 - Elnur Rzayev, foreign policy aide to Azerbaijan's president, writes on X that Baku "remains committed to the peace agenda" but that provocations on the border "will not go unanswered". He accuses Yerevan of "playing a double game" by talking peace in Washington while building up fortifications along the line.

09:10 - In Yerevan, the prime minister's spokeswoman, Ani Karapetyan, tells reporters the talk of fortifications is "not serious".

"Armenia is building roads and schools in its border villages, not trenches," she says. "If Baku has evidence, let it show it to the European observers."

09:45 - Moscow weighs in. Russian Foreign Ministry spokeswoman Irina Belova says Russia is "concerned" by the reports. She says Moscow's offer to help with the delimitation of the border "remains on the table" and that Western monitors had "once again" failed to prevent an incident.

10:20 - The EU patrol has reached Sotk, a mission spokesperson says. "Our monitors observed damage to one residential building and heard no firing in the last hour," the spokesperson said.

10:52 - Azerbaijan's Defence Ministry now says the situation on the border is "calm and under control". Separately, the state news agency AZERTAC, citing the ministry, reports that Armenian units had fired from positions in Sotk and neighbouring Norabak using large-calibre machine guns.

11:30 - A quick bit of background for readers just joining us. The two countries fought two wars over Karabakh, which Azerbaijan retook in full in September 2023. They initialled a peace treaty this year but have yet to sign it, and the 1,000-km border between them has never been formally delimited.

11:48 - Armenia's Defence Ministry calls the AZERTAC report "disinformation" and says Armenian units "did not fire a single shot" before coming under attack. We will bring you more as we get it.`;

export const gold: GoldText = {
  name: "unseen/02-sotk-border-liveblog",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan", "Russia"),
  text,
  // Not gold: the EU monitoring mission and its spokesperson, and the 11:30 background.
  claims: [
    /* 0 */ { quote: "Azerbaijani forces opened fire with small arms and mortars on Armenian positions near the village of Sotk in Gegharkunik province shortly after 5 a.m. local time", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "One Armenian soldier was wounded and is in a stable condition", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "a house on the edge of the village was hit", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "its positions in the Kalbajar district came under fire from the Armenian side first", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'its units "took adequate retaliatory measures"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "firing at any civilian area", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the secretary of the Security Council has been in touch with his Azerbaijani counterpart since early morning", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: "Both sides want to stop this quickly. Nobody wants it to spoil the talks next week", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: 'Baku "remains committed to the peace agenda"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'provocations on the border "will not go unanswered"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Yerevan of "playing a double game" by talking peace in Washington while building up fortifications along the line', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'the talk of fortifications is "not serious"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "Armenia is building roads and schools in its border villages, not trenches", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "If Baku has evidence, let it show it to the European observers", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: 'Russia is "concerned" by the reports', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Moscow\'s offer to help with the delimitation of the border "remains on the table"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'Western monitors had "once again" failed to prevent an incident', actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: 'the situation on the border is "calm and under control"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    // AZERTAC is a news agency, not an actor: the claim is the ministry's, with no relayedBy.
    /* 18 */ { quote: "Armenian units had fired from positions in Sotk and neighbouring Norabak using large-calibre machine guns", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 19 */ { quote: 'the AZERTAC report "disinformation"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 20 */ { quote: 'Armenian units "did not fire a single shot" before coming under attack', actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 0],
    [5, 2],
    [11, 10],
    [12, 10],
    [19, 18],
    [20, 18],
  ],
};
