// Sealed-f evaluation text: live blog, 24h timestamps, present tense; invented Ukrainian intelligence claims about North
// Korean shells near Pokrovsk. Headline statement, "says" and "claims" in present tense, a Kremlin spokesman named by
// title only, a pronoun-only denial, a standing dismissal recalled in background, an anonymous military official,
// South Korea, analysts and the blog's own correspondent as non-gold.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia-Ukraine war live: Kyiv says North Korean shells make up 'half' of Russian artillery fire near Pokrovsk

08:40
Good morning and welcome to our live coverage of the war in Ukraine. Today we are following new claims from Kyiv about North Korean ammunition, and fighting in the Donetsk region.

08:52
Ukraine's military intelligence agency, the HUR, says North Korean-made shells now account for about half of the artillery rounds Russian forces are firing near Pokrovsk. In a statement on Telegram, it says it has recovered fragments with Korean markings from at least 40 impact sites since the start of the month.

09:15
The HUR statement also claims that up to a fifth of the North Korean shells fail to explode or detonate early, citing accounts from Ukrainian gunners and from Russian prisoners of war.

09:40
Some background: Pyongyang and Moscow signed a mutual defence treaty in June 2024. Moscow has in the past dismissed reports of North Korean arms deliveries as "Western fabrications", although South Korean intelligence estimates that several million shells have been shipped by rail and sea.

10:05
The Kremlin has responded. Asked about the Ukrainian claim on a conference call with reporters, the Kremlin spokesman says Russia's military-technical cooperation with its partners "is a sovereign matter that we do not comment on". He adds that Ukraine is "trying to explain its failures on the front by inventing foreign help for Russia".

10:30
Russia's Defence Ministry says its forces have "liberated" the village of Kotlyne in the Pokrovsk district. The ministry published a short video of soldiers raising a flag over a ruined building.

10:48
Ukraine's General Staff denies that. In its morning update, it says fighting for Kotlyne is continuing and that Ukrainian units are holding positions on the village's western edge.

11:20
Our defence correspondent writes: The figure of "half" is impossible to verify independently. Researchers who track ammunition have documented North Korean shells on the front since early 2024, but they caution that markings alone can mislead.

11:55
Ukraine's defence minister, Serhiy Bondar, is speaking at a news conference in Kyiv. "We have documented at least 60 KN-23 missiles fired at Ukrainian cities since last autumn," he says. "Every one of them was launched by Russian crews from Russian territory."

12:30
Russia's Foreign Ministry has weighed in. Spokeswoman Yelena Sobolevskaya calls the Ukrainian figures "a fantasy aimed at Seoul". Kyiv, she says, wants to push South Korea into sending weapons to Ukraine.

13:10
South Korea's defence ministry says it is "closely analysing" the Ukrainian data and declines to comment further.

14:05
A senior Ukrainian military official, speaking to us on condition of anonymity, says the HUR count "is, if anything, conservative" because many shells land in fields and are never examined.

14:30
In other news, Russia's Defence Ministry says air defences destroyed 37 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions. The governor of Belgorod says a woman was injured when debris hit a house in the village of Razumnoye.

15:00
That is all from us for now. Thank you for following. Our live coverage continues tomorrow morning.`;

export const gold: GoldText = {
  name: "sealed-f/05-north-korean-shells-liveblog",
  actors: actorsWithoutAliases("Ukraine", "Russia"),
  text,
  // Left out of gold: South Korean intelligence and South Korea's defence ministry (not among the actors), the
  // ammunition researchers, our defence correspondent's analysis, the blog's own framing ("The Kremlin has
  // responded", "Russia's Foreign Ministry has weighed in"), the pronoun-only denial "Ukraine's General Staff denies
  // that", and the Defence Ministry's video (a description of published material). Judgment calls: "citing accounts
  // from Ukrainian gunners and from Russian prisoners of war" relays no actor, so claim 3 has no `relayedBy`; the
  // Kremlin's "sovereign matter" line is a statement about Russia's policy and is gold; "dismissed ... as B" in the
  // background entry is a standing position (gold, B only); the Belgorod governor speaks for Russia; "Kyiv, she
  // says, wants ..." keeps the parenthetical attribution inside the span.
  claims: [
    /* 0 */ { quote: "North Korean shells make up 'half' of Russian artillery fire near Pokrovsk", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "North Korean-made shells now account for about half of the artillery rounds Russian forces are firing near Pokrovsk", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "it has recovered fragments with Korean markings from at least 40 impact sites since the start of the month", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "up to a fifth of the North Korean shells fail to explode or detonate early", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Western fabrications", actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'Russia\'s military-technical cooperation with its partners "is a sovereign matter that we do not comment on"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: 'Ukraine is "trying to explain its failures on the front by inventing foreign help for Russia"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'its forces have "liberated" the village of Kotlyne in the Pokrovsk district', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "fighting for Kotlyne is continuing", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Ukrainian units are holding positions on the village's western edge", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "We have documented at least 60 KN-23 missiles fired at Ukrainian cities since last autumn", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "Every one of them was launched by Russian crews from Russian territory", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 12 */ { quote: 'the Ukrainian figures "a fantasy aimed at Seoul"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "Kyiv, she says, wants to push South Korea into sending weapons to Ukraine", actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: 'the HUR count "is, if anything, conservative" because many shells land in fields and are never examined', actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: "air defences destroyed 37 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions", actor: "Russia", attribution: "PARAPHRASE" },
    /* 16 */ { quote: "a woman was injured when debris hit a house in the village of Razumnoye", actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [6, 1],
    [8, 7],
    [12, 10],
  ],
};
