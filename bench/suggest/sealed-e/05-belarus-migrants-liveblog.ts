// Sealed evaluation text (set E): live blog with 24h timestamps and a key-points box on migrant pressure
// from Belarus. Lithuania, Poland, the EU, the IOM and an analyst are third parties; Ukraine's border guard
// reports groups on its own border, Belarus denies, Russia backs Minsk and denies a Moscow-airport route.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Belarus border live: migrants gather at Polish and Lithuanian crossings as Kyiv says groups pushed towards Ukraine

Key points
- Lithuania says about 600 people tried to cross from Belarus overnight
- Belarus says it "does not control" migrants' movements
- Ukraine says groups seen near Volyn border for first time

09:05
Good morning and welcome to our live coverage of the situation on Belarus's western borders, where Polish and Lithuanian authorities say the number of attempted crossings has risen sharply since Friday. Our correspondent is in Druskininkai, on the Lithuanian side.

09:20
Lithuania's interior minister has just told a news conference in Vilnius that border guards recorded 612 attempts to cross overnight, most of them along the Neris river. She accused Minsk of "running a travel agency with state buses".

09:41
Belarus's State Border Committee has responded on Telegram. It says it "does not control and cannot control" the movement of foreigners who entered the country legally, and that its guards have "not escorted anyone" to the border.

10:15
A new element this morning: Ukraine. "For the first time this year, we have recorded groups of foreigners being brought by minibus to the Ukrainian border in the Volyn region," Yurii Bondar, a spokesman for Ukraine's State Border Guard Service, told national television.

Most of them had arrived in Minsk on flights from Moscow, he said. "We see signs that someone is organising this. People do not get to a forest in Volyn by themselves."

10:32
Belarus has already answered Kyiv. Its border committee told the state news agency Belta that the Ukrainian claims were "a fantasy" and that no migrants had been seen in the border zone with Ukraine.

11:10
Moscow weighs in. Kremlin spokesman Dmitry Lavrentyev says the crisis has been caused by "Western adventures" in the Middle East and Africa, not by Minsk. Russia has no plans to discuss the issue with Warsaw, he adds.

11:45
Poland's Border Guard says it has recorded 412 attempts on its section since midnight and detained 19 suspected smugglers. The European Commission says it is "in close contact" with Warsaw and Vilnius.

12:20
"This looks like a test of how the EU and Ukraine react, not a humanitarian wave," says Agnieszka Wrobel, a migration researcher in Warsaw. "The numbers are small compared with 2021. The choice of places is not random."

12:50
Belarusian Foreign Minister Anatoly Verbitsky, speaking in Minsk alongside his Hungarian counterpart, said Belarus was "not a guard dog for the European Union" and would not detain people holding valid visas.

13:15
Ukraine's Foreign Ministry has summoned Belarus's charge d'affaires in Kyiv. In a statement, the ministry says Minsk is "deliberately opening a new front of pressure" against Ukraine and its EU neighbours.

13:40
Russia's Foreign Ministry has now also reacted to the Ukrainian border guard. Reports that migrants were reaching Belarus through Moscow airports were "disinformation", it said, adding that all foreign arrivals in Russia are checked "in strict accordance with the law".

14:05
The International Organization for Migration says it has asked Belarus for access to the border zone to assess conditions for the people stuck there. There has been no answer so far, it says.

14:20
That's where we'll pause our coverage for now. Thanks for following.`;

export const gold: GoldText = {
  name: "sealed-e/05-belarus-migrants-liveblog",
  actors: actorsWithoutAliases("Belarus", "Ukraine", "Russia"),
  text,
  // Left out of gold: Lithuania and its interior minister (the key point and the 09:20 entry), Poland's
  // Border Guard, the European Commission, the IOM, the researcher Agnieszka Wrobel (third parties, not
  // among the actors), the blog's own narration ("Moscow weighs in", "Belarus has already answered Kyiv",
  // "A new element this morning: Ukraine", the sign-off) and "has summoned Belarus's charge d'affaires"
  // (the journalist's report of a step, no statement).
  // Judgment calls: the headline's "Kyiv says groups pushed towards Ukraine" and the key-point bullets with
  // "X says" are gold like headlines; "he said" after "Most of them had arrived in Minsk..." closes its own
  // statement, and the next quote is a new claim; "said Belarus was "..." and would not detain ..." is one
  // that-clause with a compound predicate, one claim; Belarus's "a fantasy" and "no migrants" both rebut
  // the Ukrainian border guard's report, Russia's "disinformation" rebuts the Moscow-flights claim.
  claims: [
    /* 0 */ { quote: "groups pushed towards Ukraine", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'it "does not control" migrants\' movements', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "groups seen near Volyn border for first time", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'it "does not control and cannot control" the movement of foreigners who entered the country legally', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'its guards have "not escorted anyone" to the border', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "For the first time this year, we have recorded groups of foreigners being brought by minibus to the Ukrainian border in the Volyn region", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "Most of them had arrived in Minsk on flights from Moscow", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "We see signs that someone is organising this. People do not get to a forest in Volyn by themselves", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 8 */ { quote: 'the Ukrainian claims were "a fantasy"', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "no migrants had been seen in the border zone with Ukraine", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'the crisis has been caused by "Western adventures" in the Middle East and Africa, not by Minsk', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "Russia has no plans to discuss the issue with Warsaw", actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Belarus was "not a guard dog for the European Union" and would not detain people holding valid visas', actor: "Belarus", attribution: "PARAPHRASE" },
    /* 13 */ { quote: 'Minsk is "deliberately opening a new front of pressure" against Ukraine and its EU neighbours', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'Reports that migrants were reaching Belarus through Moscow airports were "disinformation"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'all foreign arrivals in Russia are checked "in strict accordance with the law"', actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[8, 5], [9, 5], [14, 6]],
};
