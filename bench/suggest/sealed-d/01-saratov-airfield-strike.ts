// Sealed-d evaluation text: Reuters-style wire, two-sided headline and lead; Ukrainian drone strike on a
// Russian airfield. Anonymous SBU source, governor, General Staff spokesman, counter-accusation and denial.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Ukraine says drones hit bombers at Russian airbase; Moscow says all were downed

KYIV/MOSCOW, Dec 1 (Reuters) - Ukraine said on Monday its long-range drones had destroyed two Tu-22M3 bombers and damaged a fuel depot at an airbase in Russia's Saratov region, while Moscow said its air defences had shot down every drone before it reached the base.

A source in Ukraine's SBU security service told Reuters the overnight operation targeted the Yelshanka airfield, about 600 km (370 miles) from the front line, from which Russia launches cruise missiles at Ukrainian cities. "Two aircraft burned to the ground. The others will not fly for months," the source said, speaking on condition of anonymity because the operation was classified.

Reuters could not independently verify either side's account. Satellite images published by a U.S.-based commercial provider on Monday afternoon showed a dark scorch mark near one of the parking areas, but their resolution did not allow individual aircraft to be identified.

Russia's Defence Ministry said air defence units had intercepted and destroyed 46 Ukrainian drones overnight, 19 of them over the Saratov region. It made no mention of damage at any airfield.

Kremlin spokesman Arkady Voronin told reporters the Ukrainian reports were "another fantasy from Kyiv's propaganda machine" and that Russian strategic aviation "continues to carry out all its tasks".

Saratov regional governor Roman Bystrov said on Telegram that debris from a downed drone had started a small fire "on the territory of an industrial enterprise" near Yelshanka, which was put out within an hour. Nobody was hurt, he said.

Ukraine's General Staff, in its morning update, said "the results of the strike are being clarified" but confirmed that Yelshanka had been among the targets. Its spokesman, Colonel Taras Melnychuk, later told national television that the base stored glide bombs as well as fuel for the bombers.

"Every airfield from which they launch missiles at our cities is a legitimate military target, and it will remain one," Melnychuk said. "Distance no longer protects them."

Russian Foreign Ministry spokeswoman Yelena Sorokina accused Western governments of supplying Kyiv with the satellite intelligence needed for such strikes, and said Moscow would take this into account "in its military planning".

Kyiv denied that it had received outside targeting help for the raid. "These are Ukrainian drones, Ukrainian intelligence and Ukrainian planning," Deputy Foreign Minister Olena Hrytsenko said in a written statement.

Ukraine has stepped up attacks on Russian airbases this year, using drones it builds itself in growing numbers. Kyiv has argued that striking bombers on the ground is the cheapest way to protect its cities from missiles that its air defences struggle to intercept.

Russian military bloggers, some of them close to the Defence Ministry, posted photographs they said showed a burnt-out aircraft at Yelshanka, but later deleted several of the posts.

"If even one bomber was destroyed, that is a serious loss, because Russia is no longer building Tu-22s and has few left to spare," said Mikko Lehtonen, a Helsinki-based analyst who follows Russian long-range aviation.

The Tu-22M3, a supersonic bomber developed in the Soviet era, carries the Kh-22 cruise missile, which Ukraine says Russia has used repeatedly against apartment blocks and shopping centres.`;

export const gold: GoldText = {
  name: "sealed-d/01-saratov-airfield-strike",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Left out of gold: Reuters' own verification line and the satellite-image description (narration); "It
  // made no mention of damage" (narration about the ministry, no statement); the military bloggers (not
  // state officials); the analyst Lehtonen (third party); the background "Ukraine has stepped up attacks"
  // (narration). Judgment calls: the headline's two "says" clauses are gold, and "Moscow says all were
  // downed" rebuts the Ukrainian headline claim; "Moscow would take this into account ..." is a stated
  // intention with content and is gold; Kyiv's standing argument recalled with "has argued" is gold (as in
  // sealed-b); the last paragraph's "which Ukraine says Russia has used ..." is a Ukrainian claim and gold.
  claims: [
    /* 0 */ { quote: "drones hit bombers at Russian airbase", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "all were downed", actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "its long-range drones had destroyed two Tu-22M3 bombers and damaged a fuel depot at an airbase in Russia's Saratov region", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "its air defences had shot down every drone before it reached the base", actor: "Russia", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "the overnight operation targeted the Yelshanka airfield, about 600 km (370 miles) from the front line, from which Russia launches cruise missiles at Ukrainian cities", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 5 */ { quote: "Two aircraft burned to the ground. The others will not fly for months", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: "air defence units had intercepted and destroyed 46 Ukrainian drones overnight, 19 of them over the Saratov region", actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the Ukrainian reports were "another fantasy from Kyiv's propaganda machine"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Russian strategic aviation "continues to carry out all its tasks"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: 'debris from a downed drone had started a small fire "on the territory of an industrial enterprise" near Yelshanka, which was put out within an hour', actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Nobody was hurt", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the results of the strike are being clarified", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: "Yelshanka had been among the targets", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "the base stored glide bombs as well as fuel for the bombers", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Every airfield from which they launch missiles at our cities is a legitimate military target, and it will remain one", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: "Distance no longer protects them", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 16 */ { quote: "Western governments of supplying Kyiv with the satellite intelligence needed for such strikes", actor: "Russia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: 'Moscow would take this into account "in its military planning"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 18 */ { quote: "it had received outside targeting help for the raid", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 19 */ { quote: "These are Ukrainian drones, Ukrainian intelligence and Ukrainian planning", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 20 */ { quote: "striking bombers on the ground is the cheapest way to protect its cities from missiles that its air defences struggle to intercept", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 21 */ { quote: "Russia has used repeatedly against apartment blocks and shopping centres", actor: "Ukraine", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[1, 0], [3, 2], [7, 2], [18, 16], [19, 16]],
};
