// Sealed evaluation text (set E): dpa-style wire on a cyberattack on three Ukrainian banks. Ukraine's
// security service blames Russian military intelligence and servers in Belarus; the Kremlin, the Russian
// Foreign Ministry and the Belarusian KGB deny; a security firm, a bank and an opposition MP as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Ukraine blames Russian military hackers for attack on banks, Moscow denies involvement

Kyiv (dpa) - Ukraine's SBU security service on Monday blamed Russian military intelligence for a cyberattack that knocked out card payments and mobile banking at three Ukrainian banks for most of the weekend.

The attack was carried out by a unit of the GRU known to researchers as Sandworm, the SBU said in a statement, adding that the hackers had used servers rented in Belarus to hide their traffic.

"This was not a prank by teenagers," said Colonel Artem Lysenko, who heads the SBU's cyber department. "It was a planned operation against the financial system of a country at war."

The National Bank of Ukraine said the attack had combined a flood of junk traffic with malicious software that erased data on some internal servers. Customer deposits were "fully safe", the central bank said, and all three banks had restored their services by Monday morning.

Dnipro Commerce Bank, the largest of the three lenders, apologized to its customers and said no money had been stolen from accounts. Queues formed at cash machines in Kyiv and Dnipro on Saturday, according to dpa reporters.

Kremlin spokesman Dmitry Lavrentyev said Russia had "nothing to do" with the incident and accused Kyiv of blaming Moscow "for every one of its own failures".

Foreign Ministry spokeswoman Yelena Borodina went further, calling the SBU's findings "a cheap provocation" timed to a meeting of Ukraine's international donors in Brussels this week.

In Minsk, the State Security Committee (KGB) said it had found no evidence that servers on Belarusian territory had been used in the attack. "Belarus does not allow its infrastructure to be used against its neighbours," the committee said in a statement carried by the state news agency Belta.

The SBU stood by its findings. Lysenko told dpa that investigators had traced the traffic to two data centres near Minsk and had handed the Belarusian side the addresses "weeks before this attack, after an earlier test run".

Ukraine's Digital Transformation Ministry said the government's Diia app and state payment systems had not been affected.

The Slovak cybersecurity firm ESET, which has tracked Sandworm for years, said it was still analysing samples of the malware and had not yet attributed the attack to any group.

Ukraine has been hit by a string of cyberattacks since 2014, including attacks on its power grid, and Western governments have attributed several of them to the same GRU unit. The European Union's foreign policy service condemned the weekend attack on Monday, without naming a culprit.

Opposition lawmaker Oksana Hrytsenko said the central bank had been warned about weaknesses at smaller lenders for months. "Everyone knew the back door was open," she said.

The National Bank said it would require all banks to run emergency drills of their payment systems by the end of the year. It said the outage had cost the three lenders "tens of millions of hryvnias" in lost fees, but that their capital was not at risk.`;

export const gold: GoldText = {
  name: "sealed-e/04-bank-cyberattack-dpa",
  actors: actorsWithoutAliases("Ukraine", "Russia", "Belarus"),
  text,
  // Left out of gold: Dnipro Commerce Bank (a company), ESET (a company), the EU's foreign policy service,
  // opposition lawmaker Oksana Hrytsenko and her quote, dpa's own reporters and the background on earlier
  // attacks and Western attributions, "The SBU stood by its findings" (narration), and "would require all
  // banks to run emergency drills" (a requirement announced, no claimed content).
  // Judgment calls: the National Bank of Ukraine is a state body and speaks for Ukraine; "Moscow denies
  // involvement" gives "involvement" (like fresh's "denies keeping anything back"); "calling the SBU's
  // findings "a cheap provocation" timed to ..." gives "A a B" with the timing inside B; "accused Kyiv of
  // blaming Moscow ..." is a counter-accusation but not linked as a rebuttal (the denial before it is);
  // "had traced ... and had handed ..." is one that-clause with a compound predicate, one claim.
  claims: [
    /* 0 */ { quote: "Russian military hackers for attack on banks", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "involvement", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "Russian military intelligence for a cyberattack that knocked out card payments and mobile banking at three Ukrainian banks for most of the weekend", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "The attack was carried out by a unit of the GRU known to researchers as Sandworm", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the hackers had used servers rented in Belarus to hide their traffic", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 5 */ { quote: "This was not a prank by teenagers", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: "It was a planned operation against the financial system of a country at war", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: "the attack had combined a flood of junk traffic with malicious software that erased data on some internal servers", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Customer deposits were "fully safe"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "all three banks had restored their services by Monday morning", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'Russia had "nothing to do" with the incident', actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Kyiv of blaming Moscow "for every one of its own failures"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "the SBU's findings \"a cheap provocation\" timed to a meeting of Ukraine's international donors in Brussels this week", actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "it had found no evidence that servers on Belarusian territory had been used in the attack", actor: "Belarus", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Belarus does not allow its infrastructure to be used against its neighbours", actor: "Belarus", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: 'investigators had traced the traffic to two data centres near Minsk and had handed the Belarusian side the addresses "weeks before this attack, after an earlier test run"', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "the government's Diia app and state payment systems had not been affected", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 17 */ { quote: 'the outage had cost the three lenders "tens of millions of hryvnias" in lost fees', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "their capital was not at risk", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[1, 0], [10, 2], [12, 3], [13, 4], [15, 13]],
};
