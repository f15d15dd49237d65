// Sealed evaluation text (set C): investigative story built on a leaked intelligence assessment and
// anonymous officials; invented Iranian drone shipments to Russia across the Caspian. "According to a
// document seen by", "the document says", "describes X as B", a confirming anonymous official, European
// officials and an arms-tracing group as third parties, a UN mission's emailed response, an anonymous
// Russian official, a "did not respond" line.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Iran shipped upgraded drones to Russia across the Caspian, leaked assessment says; Tehran denies

By Meridian investigations staff

Iran delivered at least 600 upgraded attack drones to Russia across the Caspian Sea between April and August, according to a Ukrainian military intelligence assessment seen by The Meridian, despite Tehran's repeated assurances that it has sent no weapons for use in the war in Ukraine.

The 14-page document, dated Sept. 2 and marked for limited distribution, was prepared for Ukraine's defence leadership and shared with a small number of allied governments. The Meridian could not independently verify all of its findings.

The drones, a version of the Shahed-136 fitted with a small jet engine and a Russian satellite navigation module, were loaded at the Iranian port of Amirabad and shipped to Makhachkala on four Russian-flagged cargo vessels, the document says. It names the ships and gives dates for eleven voyages.

The assessment also says that Iranian engineers visited the Alabuga drone plant in Russia's Tatarstan region at least twice this year to help set up an assembly line for the jet-powered model. It describes the Caspian route as "practically invisible to Western monitoring".

A senior Ukrainian intelligence official, who spoke on condition of anonymity because he was not authorised to discuss classified material, confirmed that the document was genuine. "If anything, the numbers are conservative," he said. "We count only the shipments we can prove."

Two European officials said their governments had reached broadly similar conclusions, though one said the figure of 600 could not be confirmed.

Investigators at Conflict Armament Research, which examines debris from drones downed in Ukraine, said components recovered this summer carried production markings from 2024 but did not say where they had been assembled.

Iran rejected the report. "This is a fabrication by the Kyiv regime and its Western sponsors, who need a new story every month," Foreign Ministry spokesman Hossein Karimzadeh told reporters in Tehran on Monday. The Islamic Republic "has not sent and will not send" weapons for use in Ukraine, he said.

In an emailed response to questions, Iran's mission to the United Nations said that defence cooperation with Russia predated the war and that drones supplied earlier "cannot be the subject of accusations now".

The Kremlin did not respond to a request for comment. A Russian official close to the defence ministry, reached by telephone, called the document "a collection of rumours" but said Moscow "does not hide" that it works with Tehran on drone technology.

Russian Deputy Foreign Minister Sergei Tolmachev said at a briefing in Moscow on Tuesday that military-technical cooperation with Iran was "not directed against third countries" and was carried out "in full compliance with international law".

Ukraine's Foreign Ministry said it would present the findings to the UN Security Council and to the European Union, which has already sanctioned several Iranian drone makers. It called on Tehran to "stop lying to its own people and to the world".

Sanctions experts say the Caspian route is hard to police. "There is no navy of a Western country on that sea, and both ports are controlled by sanctioned states," said Dalia Ostrowska, a former EU sanctions official.

Ukrainian air force data show the number of jet-powered Shaheds fired at Ukraine rose from a handful in the spring to more than 40 a week by late August.`;

export const gold: GoldText = {
  name: "sealed-c/09-caspian-drone-shipments-leak",
  actors: actorsWithoutAliases("Iran", "Russia", "Ukraine"),
  text,
  // Left out of gold: "Tehran denies" in the headline (no object); the document's description (dated,
  // prepared for, shared with) and "It names the ships and gives dates" (narration about the document); the European officials, Conflict Armament
  // Research and the sanctions expert (third parties); "The Kremlin did not respond"; Ukraine's call on
  // Tehran to "stop lying" (a demand); the last paragraph ("air force data show": data, not a statement,
  // judgment call). Judgment calls: the leaked Ukrainian intelligence assessment speaks for Ukraine and,
  // as an unsigned document obtained by the paper, is ANONYMOUS_SOURCE; "describes X as B" gives B;
  // "Tehran's repeated assurances that ..." is Iran's long-held position recalled with an attribution
  // noun, gold, and linked to the lead's delivery claim; "Iran rejected the report" is a claim with its
  // object as the span; the headline's "..., leaked assessment says" is the Ukrainian assessment's claim
  // (claim 0), named as Ukrainian only in the lead; the UN mission speaks for Iran; the anonymous Russian
  // official's "called the document B" is linked to the lead claim too.
  claims: [
    /* 0 */ { quote: `Iran shipped upgraded drones to Russia across the Caspian`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 1 */ { quote: `Iran delivered at least 600 upgraded attack drones to Russia across the Caspian Sea between April and August`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 2 */ { quote: `it has sent no weapons for use in the war in Ukraine`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `The drones, a version of the Shahed-136 fitted with a small jet engine and a Russian satellite navigation module, were loaded at the Iranian port of Amirabad and shipped to Makhachkala on four Russian-flagged cargo vessels`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 4 */ { quote: `Iranian engineers visited the Alabuga drone plant in Russia's Tatarstan region at least twice this year to help set up an assembly line for the jet-powered model`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: `practically invisible to Western monitoring`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: `the document was genuine`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `If anything, the numbers are conservative`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `We count only the shipments we can prove`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 9 */ { quote: `the report`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `This is a fabrication by the Kyiv regime and its Western sponsors, who need a new story every month`, actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: `The Islamic Republic "has not sent and will not send" weapons for use in Ukraine`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `defence cooperation with Russia predated the war`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `drones supplied earlier "cannot be the subject of accusations now"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `the document "a collection of rumours"`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: `Moscow "does not hide" that it works with Tehran on drone technology`, actor: "Russia", attribution: "ANONYMOUS_SOURCE" },
    /* 16 */ { quote: `military-technical cooperation with Iran was "not directed against third countries" and was carried out "in full compliance with international law"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: `it would present the findings to the UN Security Council and to the European Union, which has already sanctioned several Iranian drone makers`, actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [2, 1],
    [9, 1],
    [10, 1],
    [11, 1],
    [14, 1],
  ],
};
