// Sealed evaluation text (set b): three short news briefs in one file (detentions at the Abkhaz boundary line,
// a Russian troop exercise in Transnistria, Caspian oil loadings). Invented incidents and officials. Headlines
// with "X says", a security service and a Russian FSB directorate, an embassy, anonymous officials, a port operator.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Georgia says Russian border guards detained two villagers near Abkhaz line

TBILISI, May 12 — Georgia's State Security Service said on Monday that Russian border guards had detained two residents of the village of Khurcha near the administrative boundary line with Abkhazia and taken them to Gali.

The service said the men, aged 58 and 62, had been "collecting firewood on Georgian-controlled territory" and called their detention "another act of illegal borderisation".

The Border Directorate of Russia's FSB in Abkhazia said the two had "illegally crossed the state border of the Republic of Abkhazia" and had been handed over to the local authorities. The de facto authorities in Sukhumi said the men would face fines.

Relatives of the two men said they had been arrested while gathering wood a few hundred metres from their homes, as they had done every autumn for years. The EU Monitoring Mission in Georgia said it had activated its hotline with the Russian side. Georgian Foreign Minister Nino Lomidze said Tbilisi would raise the case at the next round of the Geneva International Discussions.

Moldova protests Russian troops' exercise in Transnistria security zone

CHISINAU, May 13 — Moldova's Bureau for Reintegration said on Tuesday that Russian troops stationed in the breakaway Transnistria region had held an unannounced exercise inside the security zone along the Dniester river.

Deputy Prime Minister for Reintegration Ion Rusu told reporters in Chisinau that armoured vehicles had been seen near the bridge at Gura Bicului. "Such actions undermine the peacekeeping mission and are unacceptable," he said.

The Russian embassy in Chisinau said the drills were "routine" and had been "notified through the Joint Control Commission in accordance with established procedures".

A Moldovan member of the commission, speaking on condition of anonymity, said no such notification had been received. The OSCE Mission to Moldova said it was seeking clarification. Transnistria's de facto authorities did not comment. Some 1,500 Russian troops remain in the region, about 400 of them under the peacekeeping mandate agreed in 1992.

Kazakhstan says Russian inspectors halted Caspian oil loadings

ASTANA, May 14 — Kazakhstan's Energy Ministry said on Wednesday that loadings of Kazakh crude at the Russian Caspian port of Makhachkala had been suspended for three days after Russian inspectors ordered checks on "minor technical grounds".

About 90,000 tonnes of oil had been held up, the ministry said, and it had asked the Russian side for "clear and predictable rules".

Russia's transport inspection agency, Rostransnadzor, said inspectors had found "serious violations of fire safety requirements" at two terminals and that the suspension had nothing to do with the origin of the cargo.

A Kazakh government official, who asked not to be named, said Astana suspected the checks were linked to a dispute over transit tariffs. The port operator said loadings resumed on Thursday morning.

Kazakhstan ships most of its crude through the CPC pipeline to the Black Sea, but has been sending more oil across the Caspian by tanker in an effort to diversify its export routes.`;

export const gold: GoldText = {
  name: "sealed-b/09-three-briefs",
  actors: actorsWithoutAliases("Georgia", "Russia", "Moldova", "Kazakhstan"),
  text,
  // Left out of gold: the de facto authorities in Sukhumi and in Transnistria, the villagers' relatives, the EU Monitoring
  // Mission, the OSCE Mission and the port operator (third parties); the troop numbers and the CPC background (narration); the second headline ("Moldova protests ...": a verb with no
  // statement after it).
  // Judgment calls: Russian troops in Transnistria are not a speaker here; the Russian FSB directorate in
  // Abkhazia is Russia; "called their detention ..." gives A a B; "About 90,000 tonnes ..., the ministry said, and
  // it had asked ..." is two claims (13, 14), the attribution standing between two statements; "had asked" reports
  // a step taken, unlike a bare demand.
  claims: [
    /* 0 */ { quote: `Russian border guards detained two villagers near Abkhaz line`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `Russian border guards had detained two residents of the village of Khurcha near the administrative boundary line with Abkhazia and taken them to Gali`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `the men, aged 58 and 62, had been "collecting firewood on Georgian-controlled territory"`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `their detention "another act of illegal borderisation"`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `the two had "illegally crossed the state border of the Republic of Abkhazia" and had been handed over to the local authorities`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `Tbilisi would raise the case at the next round of the Geneva International Discussions`, actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `Russian troops stationed in the breakaway Transnistria region had held an unannounced exercise inside the security zone along the Dniester river`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `armoured vehicles had been seen near the bridge at Gura Bicului`, actor: "Moldova", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `Such actions undermine the peacekeeping mission and are unacceptable`, actor: "Moldova", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: `the drills were "routine" and had been "notified through the Joint Control Commission in accordance with established procedures"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `no such notification had been received`, actor: "Moldova", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: `Russian inspectors halted Caspian oil loadings`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `loadings of Kazakh crude at the Russian Caspian port of Makhachkala had been suspended for three days after Russian inspectors ordered checks on "minor technical grounds"`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `About 90,000 tonnes of oil had been held up`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `it had asked the Russian side for "clear and predictable rules"`, actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `inspectors had found "serious violations of fire safety requirements" at two terminals`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: `the suspension had nothing to do with the origin of the cargo`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: `Astana suspected the checks were linked to a dispute over transit tariffs`, actor: "Kazakhstan", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[4, 2], [9, 6], [10, 9], [15, 12]],
};
