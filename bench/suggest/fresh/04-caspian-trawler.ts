// Fresh evaluation text (AFP wire): invented Caspian detention; state media relaying a provincial official,
// an ambassador summoned, "X, citing Y" (Baku relaying Tehran), a coast guard (third party) and Moscow.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Iran detains Azerbaijani trawler in Caspian, Baku summons envoy

BAKU, Aug 21, 2026 (AFP) - Iranian border guards have detained an Azerbaijani fishing vessel and its seven crew in the Caspian Sea, officials in both countries said Thursday, in a rare maritime incident between the two neighbours.

Iran's official news agency IRNA quoted the deputy governor of Gilan province, Mehdi Rastegar, as saying the trawler had been seized "several miles inside Iranian waters" while fishing illegally for sturgeon, an endangered species whose catch is banned across the Caspian.

"The vessel ignored repeated warnings and tried to flee. The crew are being held in Bandar Anzali pending a judicial decision," Rastegar said.

Azerbaijan's Foreign Ministry said the boat, the Shirvan-7, had been in Azerbaijan's sector of the sea and that there was "no legal basis" for its detention. It summoned the Iranian ambassador, Mohammad Hosseini Nejad, and handed him a note of protest.

"We demand the immediate release of our citizens and the vessel," ministry spokesman Aykhan Hajizada told AFP, adding that the trawler's satellite tracking data showed it had never crossed the line.

Hajizada, citing Iranian officials, later said the seven men were in good health and had been allowed to call their families.

Tehran did not accept Baku's version. Iranian Foreign Ministry spokesman Reza Ghaderi said the coordinates recorded by the border guards were "beyond dispute" and denied that the patrol had fired warning shots, as some Azerbaijani media had reported.

"Nobody in the Islamic Republic has any interest in a quarrel with our Azerbaijani brothers," he said, "but our waters are our waters."

The vessel's owner, a private company in the port town of Lankaran, said in a statement that the captain had radioed at dawn that an Iranian patrol boat was approaching "at high speed" and that the crew had not been fishing at the time.

Relations between Baku and Tehran have swung between hostility and thaw in recent years. Azerbaijan's embassy in Tehran was attacked by a gunman in January 2023, killing a security guard, and Baku reopened it only in 2024.

An Iranian diplomatic source told AFP the case was "a legal matter, not a political one" and could be resolved quickly if the owner paid a fine.

The legal status of the Caspian, the world's largest inland body of water, was settled in principle by a 2018 convention signed by its five littoral states, but the seabed borders between Iran and Azerbaijan have never been fully agreed.

Russia, which hosts the next summit of Caspian states in Astrakhan, urged both sides to resolve the dispute through dialogue. "The Caspian must remain a sea of peace and good neighbourliness, and incidents like this should be settled bilaterally, without outside interference," Russian Foreign Ministry spokeswoman Irina Zotova told a briefing in Moscow.

Kazakhstan's foreign ministry, which chairs a working group on Caspian fisheries, said it was following the situation.`;

export const gold: GoldText = {
  name: "fresh/04-caspian-trawler",
  actors: actorsWithoutAliases("Iran", "Azerbaijan", "Russia"),
  text,
  // "officials in both countries said" (the detention itself) names no single actor and is not gold.
  claims: [
    /* 0 */ { quote: 'the trawler had been seized "several miles inside Iranian waters" while fishing illegally for sturgeon', actor: "Iran", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "The vessel ignored repeated warnings and tried to flee. The crew are being held in Bandar Anzali pending a judicial decision", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: "the boat, the Shirvan-7, had been in Azerbaijan's sector of the sea", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: 'there was "no legal basis" for its detention', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "We demand the immediate release of our citizens and the vessel", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "the trawler's satellite tracking data showed it had never crossed the line", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "the seven men were in good health and had been allowed to call their families", actor: "Iran", attribution: "PARAPHRASE", relayedBy: "Azerbaijan" },
    /* 7 */ { quote: 'the coordinates recorded by the border guards were "beyond dispute"', actor: "Iran", attribution: "PARAPHRASE" },
    // A denial of what media (not an actor) reported: a claim, with nothing to rebut.
    /* 8 */ { quote: "the patrol had fired warning shots", actor: "Iran", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Nobody in the Islamic Republic has any interest in a quarrel with our Azerbaijani brothers", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "but our waters are our waters", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: 'the case was "a legal matter, not a political one" and could be resolved quickly if the owner paid a fine', actor: "Iran", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "The Caspian must remain a sea of peace and good neighbourliness, and incidents like this should be settled bilaterally, without outside interference", actor: "Russia", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [2, 0],
    [3, 0],
    [5, 0],
    [7, 2],
  ],
};
