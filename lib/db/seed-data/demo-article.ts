// The demo article a new installation starts with: written for Counterclaim in the style of a
// wire story, about an invented incident. It is illustrative and reports no real event.

export const DEMO_ARTICLE = {
  title: "Demo: Rival accounts after a night of fire near the Lachin corridor",
  source: "Counterclaim demo desk (illustrative text, not a real report)",
  url: null,
  publishedAt: "2026-03-14T09:30:00.000Z",
  language: "en",
  paragraphs: [
    "Moscow on Saturday accused Azerbaijani forces of moving troops into a village overseen by Russian peacekeepers, the first such public accusation in months, while Baku said the claim was groundless and Yerevan called the movement an act of aggression.",
    "\"During the night, units of the Azerbaijani armed forces advanced two kilometres into the zone of responsibility of the Russian peacekeeping contingent,\" the Russian Defense Ministry said in a statement, adding that it had asked Baku to pull the units back.",
    "In Baku, the Azerbaijani Defense Ministry said the statement \"does not correspond to reality\" and that its soldiers had only repaired positions on territory that belongs to Azerbaijan under international law.",
    "Azerbaijani diplomacy went further, saying the Russian contingent had allowed Armenian armed groups to bring weapons into the area through the Lachin corridor, in breach of the ceasefire.",
    "The Armenian Foreign Ministry described the advance as \"an invasion of the territory of Nagorno-Karabakh\" and called on the peacekeepers to restore the positions held before the night of fire.",
    "Prime Minister Nikol Pashinian told reporters in Yerevan that two soldiers of the local defence forces had been wounded and that Armenia would ask for an international inquiry.",
    "Satellite images published by an independent research group on Sunday showed new earthworks near the village, but did not show which side had built them or when.",
  ],
  /** Claims to tag on the demo article: `exact` must occur once in the text. */
  claims: [
    {
      actor: "russia",
      attribution: "DIRECT_QUOTE",
      exact: "units of the Azerbaijani armed forces advanced two kilometres into the zone of responsibility of the Russian peacekeeping contingent",
    },
    { actor: "azerbaijan", attribution: "DIRECT_QUOTE", exact: "does not correspond to reality" },
    {
      actor: "azerbaijan",
      attribution: "PARAPHRASE",
      exact: "the Russian contingent had allowed Armenian armed groups to bring weapons into the area through the Lachin corridor",
    },
    { actor: "armenia", attribution: "DIRECT_QUOTE", exact: "an invasion of the territory of Nagorno-Karabakh" },
  ],
  /** Rebuttals between the claims above, by index: from rebuts to. */
  links: [
    { from: 1, to: 0, kind: "REBUTS" },
    { from: 3, to: 1, kind: "REBUTS" },
  ],
} as const;
