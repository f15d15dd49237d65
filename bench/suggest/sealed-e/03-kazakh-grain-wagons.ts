// Sealed evaluation text (set E): AFP-style wire on Kazakh grain held up on Russian railways and rerouted
// across the Caspian. Two-sided headline and lead, a state-owned railway as a third party, an anonymous
// Russian government source relayed by a newspaper, a Kazakh reply to it, Azerbaijan's port offer.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kazakhstan accuses Russia of holding up grain trains; Moscow says delays 'technical'

ASTANA, Oct 22 (AFP) - Kazakhstan on Wednesday accused Russia of deliberately slowing the transit of Kazakh wheat to Black Sea ports, while Moscow insisted the delays were caused by a shortage of wagons and congestion on its own railways.

"Since the start of the harvest, more than 3,000 wagons with Kazakh grain have been standing at the border or on Russian sidings. This is not a technical problem," Agriculture Minister Yerlan Abenov told a briefing in the capital.

Abenov said Kazakh exporters had lost about $40 million in demurrage and penalties in September alone, and that contracts with buyers in Turkey and Egypt were "at risk".

Kazakhstan, one of the world's ten largest wheat exporters, ships most of its grain by rail across Russia to the ports of Novorossiysk and Taman. This year's harvest is expected to exceed 24 million tonnes, according to the Kazakh Grain Union, which represents exporters.

Russian Railways, the state rail monopoly, said in a statement that it was handling Kazakh freight "on an equal basis" with domestic cargo and that wagon shortages were affecting all shippers.

Russia's Transport Ministry said the grain harvest in southern Russia had been the largest in five years, putting heavy pressure on the lines to the Black Sea.

"There is no discrimination against our Kazakh partners, and there is no political motive," Deputy Transport Minister Gennady Lyubimov said, according to the Interfax news agency.

A source in the Russian government, quoted by the business daily RBC, was less diplomatic. Astana was "using the harvest to score political points", the source said, adding that Kazakhstan had never raised its complaints in the rail transport commission of the Eurasian Economic Union.

Kazakh Foreign Ministry spokesman Nurlan Zhaksybekov rejected that account. The issue had been raised "at every level" for months, including at the Eurasian Economic Union, he told reporters, and Astana had handed the Russian side a list of the stranded wagons on October 3.

Relations between the two neighbours have cooled since Kazakhstan declined to recognise Moscow's annexation of four Ukrainian regions, although Astana remains a member of the Russian-led economic bloc.

"Whether or not the delays are political, Astana is reading them as political, and that is what matters for its strategy," said Daniyar Seitkali, an economist at an Almaty consultancy. "Every month like this one pushes more cargo onto the Caspian."

That shift is already under way. Kazakhstan has begun sending part of its grain by ship across the Caspian to Azerbaijan's port of Alat, and from there by rail to Georgia's Black Sea terminals. Abenov said shipments on the route had tripled since August and would reach one million tonnes this season.

Azerbaijan's Ministry of Digital Development and Transport said in a statement that Alat had "sufficient free capacity" to take Kazakh grain through the winter and that tariffs for transit cargo had been cut by 20 percent from October 1.

The Caspian route remains more expensive. Traders in Astana estimate it adds $15 to $20 per tonne compared with rail to Novorossiysk, and Caspian ports can freeze in hard winters.

Kazakhstan's Agriculture Ministry said the government had also asked China to increase the number of grain trains accepted at the Khorgos crossing. It gave no figures.`;

export const gold: GoldText = {
  name: "sealed-e/03-kazakh-grain-wagons",
  actors: actorsWithoutAliases("Kazakhstan", "Russia", "Azerbaijan"),
  text,
  // Left out of gold: Russian Railways (a state-owned company), the Kazakh Grain Union, the economist
  // Daniyar Seitkali and traders in Astana (third parties), RBC and Interfax as such (relays, no relayedBy),
  // and the journalist's background on exports, the EAEU, the cooled relations and the Caspian route.
  // Judgment calls: "accuses Russia of ..." in the headline and the lead give "Russia of ..."; "Moscow
  // says delays 'technical'" gives "delays 'technical'"; "rejected that account" is a noun phrase pointing
  // back and is the rebutting claim of the RBC source's claim, and the that-clause after it rebuts the same
  // claim; the Agriculture Ministry's report of a step taken (asking China for more trains) is gold, as in
  // sealed-b.
  claims: [
    /* 0 */ { quote: "Russia of holding up grain trains", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "delays 'technical'", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Russia of deliberately slowing the transit of Kazakh wheat to Black Sea ports", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "the delays were caused by a shortage of wagons and congestion on its own railways", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Since the start of the harvest, more than 3,000 wagons with Kazakh grain have been standing at the border or on Russian sidings. This is not a technical problem", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "Kazakh exporters had lost about $40 million in demurrage and penalties in September alone", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'contracts with buyers in Turkey and Egypt were "at risk"', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the grain harvest in southern Russia had been the largest in five years, putting heavy pressure on the lines to the Black Sea", actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "There is no discrimination against our Kazakh partners, and there is no political motive", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: 'Astana was "using the harvest to score political points"', actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 10 */ { quote: "Kazakhstan had never raised its complaints in the rail transport commission of the Eurasian Economic Union", actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 11 */ { quote: "that account", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'The issue had been raised "at every level" for months, including at the Eurasian Economic Union', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Astana had handed the Russian side a list of the stranded wagons on October 3", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "shipments on the route had tripled since August and would reach one million tonnes this season", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 15 */ { quote: 'Alat had "sufficient free capacity" to take Kazakh grain through the winter', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "tariffs for transit cargo had been cut by 20 percent from October 1", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "the government had also asked China to increase the number of grain trains accepted at the Khorgos crossing", actor: "Kazakhstan", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[1, 0], [3, 2], [8, 2], [11, 10], [12, 10]],
};
