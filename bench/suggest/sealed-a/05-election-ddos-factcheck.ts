// Sealed evaluation text (set sealed-a): a fact-check desk's article, cyberattacks. Invented incident and
// officials; the claim box, the desk's own findings and verdict (not gold), Georgian and Russian officials,
// an Interfax-relayed anonymous Russian diplomat, security researchers and a hosting company (not gold).
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `FACT CHECK: Did a Russian military hacking unit knock Georgia's election website offline?

CLAIM: "The attack on the Central Election Commission's website on polling day was carried out from Russian territory by a group working for Russian military intelligence." (Georgia's State Security Service, 14 October)

OUR RATING: PARTLY TRUE. The outage was real and much of the hostile traffic came from Russian addresses. The link to military intelligence has not been shown publicly.

What was said

On the evening of the local elections, Georgia's State Security Service (SSG) said the Central Election Commission's website had been hit by a distributed denial-of-service (DDoS) attack that left it unreachable for nearly three hours. In a statement the next day, the service said the traffic had come "from Russian territory" and blamed the attack on a group "working for Russian military intelligence".

Deputy Interior Minister Levan Abashidze went further in a television interview, saying Georgian state systems faced "up to two million attacks a day", most of them from Russia. The prime minister told a rally the same evening that Georgia "will not be intimidated by hackers from anywhere".

Russia's Foreign Ministry rejected the accusation. Its spokeswoman, Alla Kuzminova, told a briefing in Moscow that Tbilisi had "not presented a single piece of evidence" and that Georgian officials were "looking for an external enemy to explain their own technical failures". She added that Russia itself was the target of "thousands of attacks from Georgian territory".

What we found

The outage is well documented. Two independent internet monitoring services recorded the site as unreachable from 20:05 to 22:51 local time. Vote counting was not affected: results are transmitted over a separate network.

The origin of the traffic is less clear-cut. Data shared with us by the commission's hosting provider, a Tbilisi company, show that about 58 percent of the malicious requests came from IP addresses registered in Russia. The rest came from more than 40 countries, which is typical of attacks run through hijacked devices.

The Russian spokeswoman's remark about evidence is not accurate. The SSG published a 12-page technical annex on 16 October listing IP ranges and the tools used. SSG chief Giorgi Beridze also told a parliamentary committee that the agency had "handed the full technical evidence to our partners".

But the annex does not explain why the SSG attributes the attack to military intelligence. Two security researchers who reviewed it for us said the tools were widely available. "Attributing a DDoS attack to a particular state agency is very hard from traffic data alone," said one of them, Natia Kiknadze.

As for the figure of two million attacks a day, the Interior Ministry did not tell us where it came from. A ministry spokesman later said it included "every automated scan" of government networks, which most specialists would not count as an attack.

We also asked the Russian side for evidence of attacks from Georgia. A senior Russian diplomat, speaking to the Interfax news agency on condition of anonymity, said Moscow was "ready to look at any data Tbilisi sends through the Swiss channel". Russia and Georgia have had no diplomatic relations since 2008; Switzerland represents their interests.

Our rating

Partly true. A large share of the attack traffic did come from Russia, but the public evidence does not support the attribution to military intelligence.`;

export const gold: GoldText = {
  name: "sealed-a/05-election-ddos-factcheck",
  actors: actorsWithoutAliases("Georgia", "Russia"),
  text,
  // Left out of gold: the headline question, the desk's rating, findings and conclusions (including "is not
  // accurate"), the hosting company, the monitoring services, the
  // researchers and Natia Kiknadze, Interfax as such, and narration on Swiss representation.
  // Judgment calls: the quoted claim in the CLAIM box is the SSG's direct quote and gold; "blamed the attack
  // on a group ..." gives "Z on Y" (like "blamed Y for Z" gives "Y for Z"); "rejected the accusation" gives
  // "the accusation", the rebutting claim; the prime minister (named only by title) is Georgia.
  claims: [
    /* 0 */ { quote: "The attack on the Central Election Commission's website on polling day was carried out from Russian territory by a group working for Russian military intelligence", actor: "Georgia", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: "the Central Election Commission's website had been hit by a distributed denial-of-service (DDoS) attack that left it unreachable for nearly three hours", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: 'the traffic had come "from Russian territory"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'the attack on a group "working for Russian military intelligence"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'Georgian state systems faced "up to two million attacks a day", most of them from Russia', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'Georgia "will not be intimidated by hackers from anywhere"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the accusation", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'Tbilisi had "not presented a single piece of evidence"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Georgian officials were "looking for an external enemy to explain their own technical failures"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'Russia itself was the target of "thousands of attacks from Georgian territory"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'the agency had "handed the full technical evidence to our partners"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'it included "every automated scan" of government networks', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: 'Moscow was "ready to look at any data Tbilisi sends through the Swiss channel"', actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[6, 3], [7, 3], [8, 1], [10, 7]],
};
