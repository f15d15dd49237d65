// Sealed evaluation text (set b): AP-style wire copy on border delimitation. Invented incident and officials.
// Headline with "X says", a lead that summarises both sides, full titles, anonymous officials on both sides,
// "the statement ... It accused", a quote before its anonymous attribution, a denial by object.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Armenia says Azerbaijani survey team set markers on village farmland; Baku denies it

YEREVAN, Armenia (AP) — Armenia and Azerbaijan traded accusations Tuesday over a stretch of their newly delimited border in Armenia's northern Tavush region, with Yerevan saying an Azerbaijani survey team had placed border markers on village farmland and Baku insisting its engineers never left the agreed line.

The dispute centers on a 1.4-kilometer (0.9-mile) section near the village of Kirants, one of the first segments the two countries' delimitation commissions agreed on after decades of hostility. Residents have complained for months that the new line cuts them off from orchards and from part of the road to the regional center, Ijevan.

Armenia's deputy prime minister and the head of its border delimitation commission, Gevorg Sahakyan, told reporters in Yerevan that the Azerbaijani team had set at least four concrete posts between 60 and 110 meters (65 and 120 yards) inside Armenian territory on Monday afternoon.

"This is not a technical error. The coordinates were signed by both sides, and the posts do not match them," Sahakyan said. He added that Armenia had handed a protest note to the Azerbaijani side through the commission's secretariat.

Two Armenian officials familiar with the commission's work, who spoke on condition of anonymity because they were not authorized to discuss it publicly, said the posts had been photographed by Armenian border guards and that the images had been shared with European monitors.

Azerbaijan's Foreign Ministry rejected the allegations within hours. In a written statement, spokeswoman Leyla Gasimova said Azerbaijani specialists had worked "strictly on the basis of the agreed coordinates" and that no post had been placed outside the line.

"The statements of the Armenian side are aimed at a domestic audience and do not reflect the situation on the ground," the statement said. It accused Yerevan of trying to reopen sections that both commissions had already signed off on.

"Armenian engineers were present when these posts were set, and they signed the field protocol," said a senior Azerbaijani government official, who spoke on condition of anonymity to discuss internal deliberations.

Russia, whose border guards patrolled parts of Armenia's frontier until last year, weighed in cautiously. Russian Foreign Ministry spokeswoman Alina Vorontsova said Moscow regarded delimitation as a bilateral matter, but that Soviet-era General Staff maps "remain the most reliable basis" for settling such disputes.

The European Union's civilian monitoring mission in Armenia said its patrols had visited the area Tuesday morning and were "assessing the information." It declined to say whether monitors had seen the posts.

In Kirants, farmer Artur Melkonyan said villagers had been told by police not to approach the new posts. "We are not politicians. We just want to know where our fields end," he said by phone.

The delimitation talks, relaunched in 2024, are meant to build confidence ahead of a comprehensive peace treaty. Both governments have said the treaty text is largely agreed, but it has not been signed, and Azerbaijan has made signing conditional on changes to Armenia's constitution.

Narek Hovhannisyan, an opposition lawmaker from Tavush, said the government had "surrendered the initiative" by agreeing to settle the border piece by piece.

Associated Press writer Emil Huseynov in Baku contributed.`;

export const gold: GoldText = {
  name: "sealed-b/01-kirants-border-posts",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan", "Russia"),
  text,
  // Left out of gold: the residents' complaint and the farmer Melkonyan (citizens; his "villagers had been told by
  // police" too), the EU monitoring mission (third party), the opposition lawmaker (speaking for himself),
  // "Both governments have said ..." (no single actor) and the closing background paragraph (narration; "Azerbaijan
  // has made signing conditional" is the journalist's summary, not an attributed statement).
  // Judgment calls: the headline's "Baku denies it" has only a pronoun object (not gold); claim 8 is the bare
  // rejection "the allegations", linked to Sahakyan's claim 3; the lead's two halves are two claims and a pair.
  claims: [
    /* 0 */ { quote: `Azerbaijani survey team set markers on village farmland`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `an Azerbaijani survey team had placed border markers on village farmland`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `its engineers never left the agreed line`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `the Azerbaijani team had set at least four concrete posts between 60 and 110 meters (65 and 120 yards) inside Armenian territory on Monday afternoon`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `This is not a technical error. The coordinates were signed by both sides, and the posts do not match them`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `Armenia had handed a protest note to the Azerbaijani side through the commission's secretariat`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `the posts had been photographed by Armenian border guards`, actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 7 */ { quote: `the images had been shared with European monitors`, actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 8 */ { quote: `the allegations`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `Azerbaijani specialists had worked "strictly on the basis of the agreed coordinates"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `no post had been placed outside the line`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `The statements of the Armenian side are aimed at a domestic audience and do not reflect the situation on the ground`, actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: `Yerevan of trying to reopen sections that both commissions had already signed off on`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Armenian engineers were present when these posts were set, and they signed the field protocol`, actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: `Moscow regarded delimitation as a bilateral matter`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 15 */ { quote: `Soviet-era General Staff maps "remain the most reliable basis" for settling such disputes`, actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[2, 1], [8, 3], [9, 4], [10, 3], [13, 4]],
};
