// lib/suggest: claim spans and actors from attribution patterns, states named without aliases, refusals
// (third parties, narration, an actor merely accused), offsets, and rebuttal pairing.
import { suggestClaims, suggestRebuttals, type ActorRef, type ClaimRef, type Suggestion } from "@/lib/suggest";

const STATES: ActorRef[] = ["Russia", "Azerbaijan", "Armenia"].map((name) => ({ name, aliases: [] }));

/** Each suggestion as [statement text, actor], the form every assertion below reads. */
function claimsIn(text: string, actors: ActorRef[] = STATES): [string, string][] {
  return suggestClaims(text, actors).map((suggestion) => [text.slice(suggestion.start, suggestion.end), suggestion.actor]);
}

function only(text: string, actors: ActorRef[] = STATES): Suggestion {
  const suggestions = suggestClaims(text, actors);
  expect(suggestions).toHaveLength(1);
  return suggestions[0];
}

describe("attribution patterns", () => {
  it("X said that …", () => {
    expect(claimsIn("The Russian Defense Ministry said that Azerbaijani troops had crossed the line of contact.")).toEqual([["Azerbaijani troops had crossed the line of contact", "Russia"]]);
  });

  it("X said … without that, and with circumstances between verb and statement", () => {
    expect(claimsIn("Baku said the accusation was groundless.")).toEqual([["the accusation was groundless", "Azerbaijan"]]);
    expect(claimsIn("Yerevan told reporters on Monday that two soldiers had been wounded.")).toEqual([["two soldiers had been wounded", "Armenia"]]);
  });

  it("…, X said.", () => {
    expect(claimsIn("Azerbaijani units crossed the line overnight, the Kremlin said on Sunday.")).toEqual([["Azerbaijani units crossed the line overnight", "Russia"]]);
  });

  it("according to X, … and …, according to X.", () => {
    expect(claimsIn("According to Yerevan, two soldiers were killed near Jermuk.")).toEqual([["two soldiers were killed near Jermuk", "Armenia"]]);
    expect(claimsIn("Two soldiers were killed near Jermuk, according to Baku.")).toEqual([["Two soldiers were killed near Jermuk", "Azerbaijan"]]);
  });

  it("X accused Y of … (the span is the accusation, not the attribution)", () => {
    const suggestion = only("Moscow on Saturday accused Azerbaijan of shelling the village of Parukh.");
    expect(suggestion.actor).toBe("Russia");
    expect(suggestion.attribution).toBe("PARAPHRASE");
  });

  it("X denied … and X denies that …", () => {
    expect(claimsIn("Yerevan denied shelling the village.")).toEqual([["shelling the village", "Armenia"]]);
    expect(claimsIn("Baku denies that its troops moved into the corridor.")).toEqual([["its troops moved into the corridor", "Azerbaijan"]]);
  });

  it("a denial of a bare pronoun is no claim", () => {
    expect(claimsIn("Yerevan denies this.")).toEqual([]);
  });

  it.each(["claimed", "stated", "announced", "insisted", "warned", "reported", "confirmed"])("X %s that …", (verb) => {
    expect(claimsIn(`The Azerbaijani Foreign Ministry ${verb} that the border was calm.`)).toEqual([["the border was calm", "Azerbaijan"]]);
  });

  it("a quote followed by its attribution", () => {
    const suggestion = only('"Our positions were shelled from the east," the Armenian Defence Ministry said in a statement.');
    expect(suggestion.attribution).toBe("DIRECT_QUOTE");
    expect(suggestion.actor).toBe("Armenia");
  });

  it("a quote running across sentences until the closing mark, and a quote continuing it", () => {
    const text = "“We did not move. Our units stayed in place,” Baku said. “Nothing happened in Lachin.”";
    expect(claimsIn(text)).toEqual([
      ["We did not move. Our units stayed in place", "Azerbaijan"],
      ["Nothing happened in Lachin", "Azerbaijan"],
    ]);
  });

  it.each([
    ["guillemets", "«Our positions came under fire,» the Azerbaijani Defence Ministry stated."],
    ["curly double quotes", "“Our positions came under fire,” the Azerbaijani Defence Ministry stated."],
    ["curly single quotes", "‘Our positions came under fire,’ the Azerbaijani Defence Ministry stated."],
    ["straight quotes", '"Our positions came under fire," the Azerbaijani Defence Ministry stated.'],
  ])("typographic quotes: %s", (_kind, text) => {
    expect(claimsIn(text)).toEqual([["Our positions came under fire", "Azerbaijan"]]);
  });

  it("X called … a …, but not a call on someone to do something", () => {
    expect(claimsIn("Yerevan called the movement an act of aggression.")).toEqual([["the movement an act of aggression", "Armenia"]]);
    expect(claimsIn("Yerevan called on Baku to withdraw its troops.")).toEqual([]);
  });

  it("splits 'said A and that B' into two statements", () => {
    expect(claimsIn("The Armenian Defence Ministry said the report was false and that its side had not opened fire.")).toEqual([
      ["the report was false", "Armenia"],
      ["its side had not opened fire", "Armenia"],
    ]);
  });

  it("X, citing Y, said …: the claim is Y's, relayed by X", () => {
    const suggestion = only("The Kremlin, citing contacts in Baku, said the Azerbaijani leadership had agreed to halt the advance.");
    expect(suggestion.actor).toBe("Azerbaijan");
    expect(suggestion.relayedBy).toBe("Russia");
  });

  it("anonymous sources, and the official they become afterwards", () => {
    const text = 'A source in the Azerbaijani Defense Ministry said the units were responding to sabotage. "We had no choice," the source said.';
    const suggestions = suggestClaims(text, STATES);
    expect(suggestions.map((s) => [text.slice(s.start, s.end), s.actor, s.attribution])).toEqual([
      ["the units were responding to sabotage", "Azerbaijan", "ANONYMOUS_SOURCE"],
      ["We had no choice", "Azerbaijan", "ANONYMOUS_SOURCE"],
    ]);
  });
});

describe("naming a state without aliases", () => {
  it.each([
    ["its capital", "Baku said that the road was open.", "Azerbaijan"],
    ["a seat-of-government metonym", "The Kremlin said that the road was open.", "Russia"],
    ["its ministry", "The Azerbaijani Foreign Ministry said that the road was open.", "Azerbaijan"],
    ["its diplomacy", "Russian diplomacy said that the road was open.", "Russia"],
    ["its government", "The Armenian government said that the road was open.", "Armenia"],
    ["a possessive", "Armenia's Defence Ministry said that the road was open.", "Armenia"],
    ["a demonym", "Azeri officials said that the road was open.", "Azerbaijan"],
  ])("%s", (_way, text, actor) => {
    expect(claimsIn(text)).toEqual([["the road was open", actor]]);
  });

  it("an official named once with the country, then by surname alone", () => {
    const text = "Armenian Prime Minister Nikol Pashinian visited the border on Monday. Pashinian warned that further attacks would end the talks.";
    expect(claimsIn(text)).toEqual([["further attacks would end the talks", "Armenia"]]);
  });

  it("pronouns and 'the ministry', 'the spokesman' refer back to the last speaker", () => {
    const text =
      "The Russian Defence Ministry said its forces hit fuel depots. It added that no civilians were hurt. The spokesman insisted that all targets had been hit. Baku said the strikes were illegal. It warned that Baku would respond.";
    expect(claimsIn(text)).toEqual([
      ["its forces hit fuel depots", "Russia"],
      ["no civilians were hurt", "Russia"],
      ["all targets had been hit", "Russia"],
      ["the strikes were illegal", "Azerbaijan"],
      ["Baku would respond", "Azerbaijan"],
    ]);
  });

  it("states beyond the three: Kyiv is Ukraine, Washington the United States", () => {
    const actors: ActorRef[] = [
      { name: "Ukraine", aliases: [] },
      { name: "USA", aliases: [] },
    ];
    expect(claimsIn("Kyiv said that the port was hit. Washington said that it would send more air defence.", actors)).toEqual([
      ["the port was hit", "Ukraine"],
      ["it would send more air defence", "USA"],
    ]);
  });

  it("uses the aliases given, for actors the gazetteer does not know", () => {
    const actors: ActorRef[] = [{ name: "Wagner Group", aliases: ["Wagner", "Prigozhin"] }];
    expect(claimsIn("Prigozhin said that his fighters had taken the town.", actors)).toEqual([["his fighters had taken the town", "Wagner Group"]]);
  });
});

describe("refusals", () => {
  it("a third party's statement is not an actor's", () => {
    expect(claimsIn("The European Union said that Azerbaijan must withdraw its troops.")).toEqual([]);
    expect(claimsIn("According to the Nagorno-Karabakh authorities, two civilians were wounded.")).toEqual([]);
    expect(claimsIn('"Each flare-up comes before talks," said Olesya Vartanyan, a regional analyst.')).toEqual([]);
    expect(claimsIn("Romania's defence ministry said that no Russian drone had entered its airspace.")).toEqual([]);
  });

  it("a third party's pronoun is not taken for the actor spoken of before", () => {
    expect(claimsIn("Baku said that the road was open. An EU spokesperson said talks would resume. He added that the EU would send monitors.")).toEqual([["the road was open", "Azerbaijan"]]);
  });

  it("the journalist's narration is not suggested", () => {
    expect(claimsIn("Tensions have risen since 2020. Around 2,000 Russian peacekeepers are deployed in the region.")).toEqual([]);
    expect(claimsIn("This is the first time since 2020 that Moscow has accused one of the parties of violating the truce.")).toEqual([]);
  });

  it("an actor merely accused by a third party makes no claim", () => {
    expect(claimsIn("Russia was accused by the EU of failing to protect civilians.")).toEqual([]);
  });

  it("a negated speech verb attributes nothing", () => {
    expect(claimsIn("Azerbaijani officials did not confirm that account.")).toEqual([]);
  });
});

describe("offsets and output", () => {
  it("offsets are UTF-16 offsets, right after emoji", () => {
    const text = "🔥🇦🇿 Update: 🔥 Baku said that the village of Parukh was calm.";
    const [suggestion] = suggestClaims(text, STATES);
    expect(text.slice(suggestion.start, suggestion.end)).toBe("the village of Parukh was calm");
  });

  it("is sorted by start, with confidence in 0..1 and a reason", () => {
    const text = "Baku said that the road was open. Yerevan said that the road was closed. Moscow said that talks would resume.";
    const suggestions = suggestClaims(text, STATES);
    expect(suggestions.map((s) => s.actor)).toEqual(["Azerbaijan", "Armenia", "Russia"]);
    for (const suggestion of suggestions) {
      expect(suggestion.confidence).toBeGreaterThan(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
      expect(suggestion.reason).toMatch(/Reported speech: “(Baku|Yerevan|Moscow) said …”/);
    }
  });

  it("names the speaker in the reason of a direct quote", () => {
    expect(only('"We did not fire," Baku said.').reason).toBe("Direct quote attributed to Baku");
  });
});

describe("suggestRebuttals", () => {
  function claimRefs(text: string, parts: [string, string][]): ClaimRef[] {
    return parts.map(([quote, actor], index) => {
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`"${quote}" is not in the text`);
      return { id: `c${index}`, start, end: start + quote.length, actor };
    });
  }

  it("pairs a denial with the other actor's accusation, naming the cue", () => {
    const text = 'Moscow accused Baku of shelling Parukh. "This information does not reflect the truth," the Azerbaijani Defence Ministry said.';
    const claims = claimRefs(text, [
      ["Baku of shelling Parukh", "Russia"],
      ["This information does not reflect the truth", "Azerbaijan"],
    ]);
    expect(suggestRebuttals(text, claims)).toEqual([expect.objectContaining({ rebuttalId: "c1", targetId: "c0", reason: expect.stringContaining("does not reflect the truth") })]);
  });

  it("prefers the earlier claim sharing content words with a negated restatement", () => {
    const text = "Yerevan said Azerbaijani troops crossed the border. Moscow said talks would resume on Friday. Baku said its troops had not crossed the border.";
    const claims = claimRefs(text, [
      ["Azerbaijani troops crossed the border", "Armenia"],
      ["talks would resume on Friday", "Russia"],
      ["its troops had not crossed the border", "Azerbaijan"],
    ]);
    expect(suggestRebuttals(text, claims).map((r) => [r.rebuttalId, r.targetId])).toEqual([["c2", "c0"]]);
  });

  it("never pairs an actor's denial with its own claim", () => {
    const text = "Baku said Armenian units fired on its positions. Baku denied that its own units had fired first.";
    const claims = claimRefs(text, [
      ["Armenian units fired on its positions", "Azerbaijan"],
      ["its own units had fired first", "Azerbaijan"],
    ]);
    expect(suggestRebuttals(text, claims)).toEqual([]);
  });

  it("proposes nothing for a claim without a denial cue", () => {
    const text = "Yerevan said troops crossed the border. Baku said troops were on exercises.";
    const claims = claimRefs(text, [
      ["troops crossed the border", "Armenia"],
      ["troops were on exercises", "Azerbaijan"],
    ]);
    expect(suggestRebuttals(text, claims)).toEqual([]);
  });
});

describe("wire and live-blog conventions (found on the blind texts)", () => {
  it("reads past a dateline or a live blog's time stamp", () => {
    expect(claimsIn("BAKU, March 3 (Reuters) - Azerbaijan on Tuesday accused Armenia of shelling a border village.")).toEqual([["Armenia of shelling a border village", "Azerbaijan"]]);
    expect(claimsIn("09:30 - Russia's Defence Ministry says its forces hit port facilities.")).toEqual([["its forces hit port facilities", "Russia"]]);
  });

  it("a spokesperson named without a country speaks for the body heard just before, and is known by surname after", () => {
    const text = 'The Azerbaijani Defence Ministry said Armenian units had opened fire. "Responsibility lies with Yerevan," ministry spokesman Kamran Huseynli told reporters. Huseynli said Azerbaijani forces had responded.';
    expect(claimsIn(text)).toEqual([
      ["Armenian units had opened fire", "Azerbaijan"],
      ["Responsibility lies with Yerevan", "Azerbaijan"],
      ["Azerbaijani forces had responded", "Azerbaijan"],
    ]);
  });

  it("an aide introduced in an apposition is who 'he' is next", () => {
    const text = "Farid Karimli, a foreign policy aide to Azerbaijan's president, was unmoved. Assurances from Yerevan meant little, he wrote on X.";
    expect(claimsIn(text)).toEqual([["Assurances from Yerevan meant little", "Azerbaijan"]]);
  });

  it("a statement hanging on a participle after the speaker's clause", () => {
    expect(claimsIn("Azerbaijan's Foreign Ministry on Thursday issued a sharply worded statement, accusing the Armenian government of encouraging revanchism.")).toEqual([
      ["the Armenian government of encouraging revanchism", "Azerbaijan"],
    ]);
  });

  it("coordinated verbs without a comma and 'noting that' make second statements", () => {
    expect(claimsIn('Armenia\'s Defence Ministry denied its troops had fired and described the report as a "provocation".')).toEqual([
      ["its troops had fired", "Armenia"],
      ['the report as a "provocation"', "Armenia"],
    ]);
  });

  it("a researcher of an institute in a capital is not that state speaking", () => {
    expect(claimsIn('"Yerevan is hedging, not leaving," said Hayk Melkonyan of the Caucasus Policy Institute in Yerevan.')).toEqual([]);
  });
});

describe("officials placed by the text around them (found on blind texts 06-10)", () => {
  const MORE: ActorRef[] = ["Russia", "Azerbaijan", "Armenia", "Turkey", "Georgia", "Ukraine", "Iran"].map((name) => ({ name, aliases: [] }));

  it("a quote before a name with an apposition ends at the quote, and the name is the state's from then on", () => {
    const text = '"Two of our citizens were beaten to death," Rauf Guliyev, a foreign policy aide to the Azerbaijani president, wrote on X. "Moscow is in no position to lecture anyone." Guliyev said Russia had lied.';
    expect(claimsIn(text)).toEqual([
      ["Two of our citizens were beaten to death", "Azerbaijan"],
      ["Moscow is in no position to lecture anyone", "Azerbaijan"],
      ["Russia had lied", "Azerbaijan"],
    ]);
  });

  it("a name introduced with an apposition that names the state is known by surname", () => {
    const text = "Vladyslav Kovalenko, Ukraine's presidential commissioner for sanctions policy, said Georgian firms shipped drones. Later Kovalenko said Tbilisi knew it.";
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Ukraine", "Ukraine"]);
  });

  it("an office named with its state earlier places the holder named without one", () => {
    const text = "Turkey's foreign minister said Baku was ready. \"There is no obstacle left,\" Foreign Minister Hakan Yilmazer told reporters in Ankara after meeting Armenian officials.";
    expect(claimsIn(text, MORE)).toEqual([
      ["Baku was ready", "Turkey"],
      ["There is no obstacle left", "Turkey"],
    ]);
  });

  it("an official without a country speaks for the state named as the owner before them, else the side last heard", () => {
    expect(claimsIn("Iran's army began exercises near the border with Azerbaijan, with a senior commander warning that Tehran would not tolerate foreign troops.", MORE)).toEqual([
      ["Tehran would not tolerate foreign troops", "Iran"],
    ]);
    const text = "Georgia's Foreign Ministry said the accusations were unfounded. Prime Minister Giorgi Beridze went further, accusing Kyiv of trying to drag Georgia into the war.";
    expect(claimsIn(text, MORE)).toEqual([
      ["the accusations were unfounded", "Georgia"],
      ["Kyiv of trying to drag Georgia into the war", "Georgia"],
    ]);
    expect(suggestClaims(text, MORE)[1].reason).toContain("read as Georgia from the context");
  });

  it("the speaker of a clause inside the sentence", () => {
    expect(claimsIn("Georgia summoned Ukraine's envoy after a senior Ukrainian official accused Tbilisi of helping Russia evade sanctions.", MORE)).toEqual([
      ["Tbilisi of helping Russia evade sanctions", "Ukraine"],
    ]);
  });

  it("anonymous sources told a medium, then 'the sources' and 'one of them' go on", () => {
    const text = "Armenia has signed a contract for Indian air-defence systems, two sources in the Armenian Defence Ministry told Reuters, in what would be its biggest deal. The sources, who asked not to be named, said the first deliveries were due this year. One of them said the systems would protect the nuclear plant.";
    const suggestions = suggestClaims(text, STATES);
    expect(suggestions.map((suggestion) => [text.slice(suggestion.start, suggestion.end), suggestion.actor, suggestion.attribution])).toEqual([
      ["Armenia has signed a contract for Indian air-defence systems", "Armenia", "ANONYMOUS_SOURCE"],
      ["the first deliveries were due this year", "Armenia", "ANONYMOUS_SOURCE"],
      ["the systems would protect the nuclear plant", "Armenia", "ANONYMOUS_SOURCE"],
    ]);
  });

  it("'its spokeswoman, Name, said only that …' speaks for the body just named", () => {
    expect(claimsIn("Armenia's Defence Ministry declined to comment. Its spokeswoman, Narine Petrosyan, said only that the army continues to strengthen its defences.")).toEqual([
      ["the army continues to strengthen its defences", "Armenia"],
    ]);
  });

  it("a medium citing an actor relays the actor's statement", () => {
    const suggestion = only("Russia's state news agency TASS, citing an unnamed source in the Armenian government, reported that Russian border guards would play no role.");
    expect(suggestion.actor).toBe("Armenia");
    expect(suggestion.attribution).toBe("ANONYMOUS_SOURCE");
  });

  it("refuses an appeal after a coordinated verb, a position 'insisted on', and an NGO named after a country", () => {
    expect(claimsIn("Kovalenko of Ukraine said Kyiv would present evidence and called on the EU to act.", MORE)).toEqual([["Kyiv would present evidence", "Ukraine"]]);
    expect(claimsIn("Yerevan insists on the opposite.")).toEqual([]);
    expect(claimsIn("Transparency International Georgia said car exports to Russia had risen sharply.", MORE)).toEqual([]);
  });
});

describe("wire, headline and live-blog shapes (found on the fresh texts)", () => {
  const MORE: ActorRef[] = ["Russia", "Azerbaijan", "Armenia", "Ukraine", "Iran"].map((name) => ({ name, aliases: [] }));

  it("two speakers in one sentence, cut at ', while' and ';'", () => {
    const text = "BAKU/YEREVAN, March 9 (Reuters) - Azerbaijan's Defence Ministry said Armenian forces had fired on its positions, while Yerevan said its troops had not opened fire.";
    expect(claimsIn(text)).toEqual([
      ["Armenian forces had fired on its positions", "Azerbaijan"],
      ["its troops had not opened fire", "Armenia"],
    ]);
    expect(claimsIn("UPDATE 2-Azerbaijan says Russian air defences hit its cargo plane; Kremlin says Ukrainian drones were active")).toEqual([
      ["Russian air defences hit its cargo plane", "Azerbaijan"],
      ["Ukrainian drones were active", "Russia"],
    ]);
  });

  it("'the ministry' is the last ministry heard, not the last speaker", () => {
    const text = "Azerbaijan's Defence Ministry said Armenian forces had fired on its posts, while Yerevan said its troops had held fire. The ministry said the shooting lasted 40 minutes.";
    expect(claimsIn(text).map(([, actor]) => actor)).toEqual(["Azerbaijan", "Armenia", "Azerbaijan"]);
  });

  it("a headline's trailing bare denial is not the attribution of what it denies", () => {
    expect(claimsIn("Azerbaijan accuses Armenia of firing on border posts, Yerevan denies")).toEqual([["Armenia of firing on border posts", "Azerbaijan"]]);
  });

  it("a live blog's 'Speaker: “quote”' headline", () => {
    expect(claimsIn('08:41 GMT - Kremlin: "only military targets"')).toEqual([["only military targets", "Russia"]]);
    expect(claimsIn('10:12 GMT - Ukrainian army: Novoivanivka claim "false"', MORE)).toEqual([["false", "Ukraine"]]);
  });

  it("'X quoted Y as saying …' is Y's, placed by the owner named before", () => {
    const text = "Iran's official news agency IRNA quoted the deputy governor of Gilan province, Mehdi Rastegar, as saying the trawler had been seized inside Iranian waters. Rastegar said the crew were being held.";
    expect(claimsIn(text, MORE)).toEqual([
      ["the trawler had been seized inside Iranian waters", "Iran"],
      ["the crew were being held", "Iran"],
    ]);
  });

  it("a coordinated predicate shares the sentence's subject", () => {
    expect(claimsIn("Ukrainian Foreign Ministry spokesman Heorhiy Pylypenko did not confirm the attack but said Russia had turned the sea into a war zone.", MORE)).toEqual([
      ["Russia had turned the sea into a war zone", "Ukraine"],
    ]);
    expect(claimsIn("Azerbaijan has raised the issue at the United Nations and says it wants mine clearance in the treaty.")).toEqual([["it wants mine clearance in the treaty", "Azerbaijan"]]);
  });

  it("an aside after the attribution, and a title with the name after it, before a quote", () => {
    expect(claimsIn("Azerbaijan will not sign the treaty, Azerbaijani Foreign Minister Elnur Mammadov said on Thursday, dampening hopes of a deal.")).toEqual([["Azerbaijan will not sign the treaty", "Azerbaijan"]]);
    const text = '"Some can barely walk," Ukraine\'s human rights commissioner, Dmytro Lysenko, said in a video address from the border, where buses arrived. Lysenko said another exchange was being prepared.';
    expect(claimsIn(text, MORE)).toEqual([
      ["Some can barely walk", "Ukraine"],
      ["another exchange was being prepared", "Ukraine"],
    ]);
  });

  it("reads a speech verb that is a noun here ('the Russian claim') as the object rejected, never as Russia speaking", () => {
    const text = "A spokesman for Ukraine's forces in the area, Andriy Pylypchuk, rejected the Russian claim on national television.";
    expect(claimsIn(text, MORE)).toEqual([["the Russian claim", "Ukraine"]]);
  });
});

describe("quotes across an attribution and across paragraphs, and officials of a place", () => {
  const MORE: ActorRef[] = ["Russia", "Azerbaijan", "Armenia", "Ukraine", "Iran"].map((name) => ({ name, aliases: [] }));

  it("a quote interrupted by its attribution makes two statements of one speaker", () => {
    const text = 'Iranian Foreign Ministry spokesman Reza Ghaderi said the coordinates were clear. "Nobody in Iran wants a quarrel with our brothers," he said, "but our waters are our waters."';
    expect(claimsIn(text, MORE)).toEqual([
      ["the coordinates were clear", "Iran"],
      ["Nobody in Iran wants a quarrel with our brothers", "Iran"],
      ["but our waters are our waters", "Iran"],
    ]);
  });

  it("a paragraph that leaves its quote open is the speaker's of the next paragraph's quote", () => {
    const text = '"Claims of a capture are false. Our units hold the village.\n\n"The enemy lost 30 men," the Ukrainian army spokesman said.';
    expect(claimsIn(text, MORE)).toEqual([
      ["Claims of a capture are false. Our units hold the village", "Ukraine"],
      ["The enemy lost 30 men", "Ukraine"],
    ]);
  });

  it("a closed quote paragraph is not carried into the next one", () => {
    const text = '"We hold the village."\n\n"The enemy lost 30 men," the Ukrainian army spokesman said.';
    expect(claimsIn(text, MORE)).toEqual([["The enemy lost 30 men", "Ukraine"]]);
  });

  it("a regional official speaks for the state of the place, only when that state is an actor", () => {
    expect(claimsIn("Kharkiv regional governor Oleh Sydorenko said drones had struck a residential district.", MORE)).toEqual([["drones had struck a residential district", "Ukraine"]]);
    expect(claimsIn("Kharkiv regional governor Oleh Sydorenko said drones had struck a residential district.")).toEqual([]);
  });
});

describe("speakers for themselves, joint subjects, rejections and asides (found on the unseen texts)", () => {
  const MORE: ActorRef[] = ["Russia", "Azerbaijan", "Armenia", "Ukraine", "Georgia", "Iran", "Turkey"].map((name) => ({ name, aliases: [] }));

  it("refuses people and bodies that speak for themselves, whatever state their words name", () => {
    for (const text of [
      "Some Armenian commentators have suggested that Moscow was using the crossing as leverage.",
      "Georgia's main opposition alliance accused the government of silence in the face of pressure.",
      "A driver from Gyumri in northern Armenia, reached by phone, said the mood in the queue was grim.",
      "A Ukrainian energy company engineer said crews would need several days to restore supply.",
      "Several Russian lawmakers suggested Moscow could review gas prices for Armenia.",
    ]) {
      expect(claimsIn(text, MORE)).toEqual([]);
    }
  });

  it("refuses de facto authorities installed by one side in the other's territory", () => {
    const text = 'Yevgen Lavrenko, the Russian-appointed head of the occupied part of Zaporizhzhia region, called the attack "a blow against Europe".';
    expect(claimsIn(text, MORE)).toEqual([]);
  });

  it("refuses a joint subject: two states accusing each other have no single speaker", () => {
    expect(claimsIn("Russia and Ukraine accused each other on Thursday of a drone attack on the plant.", MORE)).toEqual([]);
  });

  it("refuses a verb followed only by when: 'Moscow responded within hours'", () => {
    expect(claimsIn("Moscow responded within hours.", MORE)).toEqual([]);
  });

  it("a rejection is a claim only of a claim: 'rejected the accusations', 'that description', not 'the proposal'", () => {
    expect(claimsIn("Yerevan rejected the accusations.", MORE)).toEqual([["the accusations", "Armenia"]]);
    expect(claimsIn("Armenian Foreign Minister Davit Hovsepyan rejected that description.", MORE)).toEqual([["that description", "Armenia"]]);
    expect(claimsIn("Azerbaijan's Foreign Ministry rejected the charge that it was targeting the media.", MORE)).toEqual([["the charge that it was targeting the media", "Azerbaijan"]]);
    expect(claimsIn("Baku rejected the proposal.", MORE)).toEqual([]);
    expect(claimsIn("Yerevan denies this.", MORE)).toEqual([]);
  });

  it("an attribution inside the statement: the whole sentence is the statement", () => {
    const text = 'Armenian Foreign Minister Davit Hovsepyan spoke in parliament. The base, he said, had "not been of any use" to Armenia in 2022.';
    expect(claimsIn(text, MORE)).toEqual([['The base, he said, had "not been of any use" to Armenia in 2022', "Armenia"]]);
  });

  it("the journalist's aside carrying the other side's answer is a second statement", () => {
    const text = 'Armenia said it had dismantled a network of fake accounts run from Russia, an accusation Moscow dismissed as "Russophobic hysteria".';
    expect(claimsIn(text, MORE)).toEqual([
      ["it had dismantled a network of fake accounts run from Russia", "Armenia"],
      ["Russophobic hysteria", "Russia"],
    ]);
  });

  it("a quote that goes on as its own paragraph is the same speaker's; a paragraph after a paraphrase is not", () => {
    const quoted = 'The Russian embassy in Yerevan rejected the allegations. "We deny any involvement," embassy spokeswoman Yelena Gorbunova said.\n\n"The Armenian authorities should ask themselves why so many people are unhappy."';
    expect(claimsIn(quoted, MORE)).toEqual([
      ["the allegations", "Russia"],
      ["We deny any involvement", "Russia"],
      ["The Armenian authorities should ask themselves why so many people are unhappy", "Russia"],
    ]);
    const paraphrased = 'The Russian embassy said it had no information.\n\n"Nobody tells us anything."';
    expect(claimsIn(paraphrased, MORE)).toEqual([["it had no information", "Russia"]]);
  });

  it("a speech verb inside a relative clause about the speaker is not the sentence's verb", () => {
    const text = "The Ukrainian source, who spoke on condition of anonymity because the operation had not been officially acknowledged, said two drones had struck the tanker.";
    const [suggestion] = suggestClaims(text, MORE);
    expect([text.slice(suggestion.start, suggestion.end), suggestion.actor, suggestion.attribution]).toEqual(["two drones had struck the tanker", "Ukraine", "ANONYMOUS_SOURCE"]);
  });

  it("'a ministry official' and a medium 'citing the ministry' are the ministry last heard", () => {
    const text =
      "Azerbaijan's Defence Ministry said the border was calm. A ministry official, who asked not to be named, said Armenian units had fired first. Separately, the state news agency AZERTAC, citing the ministry, reports that two posts were hit.";
    expect(claimsIn(text, MORE)).toEqual([
      ["the border was calm", "Azerbaijan"],
      ["Armenian units had fired first", "Azerbaijan"],
      ["two posts were hit", "Azerbaijan"],
    ]);
  });

  it("'he' and 'she' are the last person heard nearby, not a body that spoke since; far back, the last speaker", () => {
    const near = "Ukrainian navy spokesman Dmytro Pletenchuk said a drone had hit the ship. Moscow blames a drifting mine. He said fragments of a drone were found on deck.";
    expect(claimsIn(near, MORE).map(([, actor]) => actor)).toEqual(["Ukraine", "Russia", "Ukraine"]);
    const far = "Russian envoy Mikhail Orlov said the talks were over.\n\nKarabakh authorities reported two soldiers killed.\n\nThe Armenian Foreign Ministry denounced an \"invasion\".\n\nHe also accused Baku of cutting the gas.";
    expect(claimsIn(far, MORE).map(([, actor]) => actor)).toEqual(["Russia", "Armenia", "Armenia"]);
  });

  it("a deputy minister is not the minister of another state named earlier", () => {
    const text =
      'Armenian Foreign Minister Davit Hovsepyan said the treaty was under review. The Kremlin said the base plays a stabilising role. Deputy Foreign Minister Sergei Avdeyev went further, accusing "certain forces in Yerevan" of courting NATO.';
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Armenia", "Russia", "Russia"]);
  });

  it("a lower-case role before a name: 'governor Oleh Kravets says', 'with host Iran warning that'", () => {
    expect(claimsIn("In Kharkiv region, governor Oleh Kravets says two people were killed.", MORE)).toEqual([["two people were killed", "Ukraine"]]);
    expect(claimsIn('Ministers met in Tehran, with host Iran warning that "outside powers" were stoking tensions.', MORE)).toEqual([['"outside powers" were stoking tensions', "Iran"]]);
  });

  it("an inverted 'says' must be followed by a speaker, not a clause", () => {
    const text = "The governor of Russia's Belgorod region, Vyacheslav Gorin, says Ukrainian drones hit a power substation near Shebekino.";
    expect(claimsIn(text, MORE)).toEqual([["Ukrainian drones hit a power substation near Shebekino", "Russia"]]);
  });

  it("'said as he opened the meeting' and a live-blog time with no dash", () => {
    expect(claimsIn('"The problems of our region must be solved by its countries," Iranian Foreign Minister Mohammad Ghaffari said as he opened the meeting.', MORE)).toEqual([
      ["The problems of our region must be solved by its countries", "Iran"],
    ]);
    expect(claimsIn("09:10 Andriy Levchenko, Ukraine's foreign minister, has responded. He called the Russian statement a confession.", MORE)).toEqual([
      ["the Russian statement a confession", "Ukraine"],
    ]);
  });

  it("a second clause with its own subject, and 'calls … and says …' as two statements", () => {
    expect(claimsIn('Azerbaijan\'s Foreign Ministry first raised the issue in June. Azerbaijani diplomacy has made the demand repeatedly, and the ministry said in a statement that it was "a legal necessity".', MORE)).toEqual([
      ['it was "a legal necessity"', "Azerbaijan"],
    ]);
    expect(claimsIn('Armenia\'s Defence Ministry calls the AZERTAC report "disinformation" and says its units "did not fire a single shot".', MORE)).toEqual([
      ['the AZERTAC report "disinformation"', "Armenia"],
      ['its units "did not fire a single shot"', "Armenia"],
    ]);
  });
});

describe("translated copy, press reviews, fact-checks and interviews (found on sealed set A)", () => {
  const MORE: ActorRef[] = ["Russia", "Ukraine", "Moldova", "Kazakhstan", "Georgia", "Turkey"].map((name) => ({ name, aliases: [] }));

  it("a headline's second half after ';' in the colon shape", () => {
    expect(claimsIn("Chișinău protests Russian manoeuvres; Moscow: “routine training”", MORE)).toEqual([["routine training", "Russia"]]);
  });

  it("a circumstance first: 'Speaking at a press conference in Chișinău,', 'In Moscow, the Defence Ministry said'", () => {
    expect(claimsIn("Speaking at a press conference in Chișinău, the Deputy Prime Minister for Reintegration, Ion Cazacu, stated that the authorities had not been informed.", MORE)).toEqual([
      ["the authorities had not been informed", "Moldova"],
    ]);
    const text = "Kazakhstan's energy minister said the terminal was damaged. In Moscow, the Defence Ministry said 47 drones had been destroyed.";
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Kazakhstan", "Russia"]);
  });

  it("a press review: 'quotes X as saying', 'cites X as saying', 'is quoted as saying', a paper speaking for itself", () => {
    const text =
      'The business daily quotes a source in the Russian Foreign Ministry as saying Moscow would not discuss any deal. "We will not make the same mistake twice," the source is quoted as saying. The online outlet cites an unnamed Ukrainian diplomat as saying Kyiv will not accept inspections. Kyiv\'s press accuses the Kremlin of using food as leverage.';
    expect(claimsIn(text, MORE)).toEqual([
      ["Moscow would not discuss any deal", "Russia"],
      ["We will not make the same mistake twice", "Russia"],
      ["Kyiv will not accept inspections", "Ukraine"],
    ]);
  });

  it("the antecedent of ', who tells the paper that …' is the speaker", () => {
    const text = 'Izvestia leads with an interview with Russian Deputy Foreign Minister Sergei Veresov, who tells the paper that Ukraine has been using its route "to carry not only grain".';
    expect(claimsIn(text, MORE)).toEqual([['Ukraine has been using its route "to carry not only grain"', "Russia"]]);
  });

  it("a fact-check's claim line: “…” (source, date), after its label", () => {
    const text = 'CLAIM: "The attack on the election website was carried out from Russian territory." (Georgia\'s State Security Service, 14 October)';
    expect(claimsIn(text, MORE)).toEqual([["The attack on the election website was carried out from Russian territory", "Georgia"]]);
  });

  it("a spokesman of the navy speaks for the navy last heard; a negated subject names nobody", () => {
    const text = "Ukraine's navy said a drone struck the ship, while Moscow said it hit a mine. The ship was hit at 2 a.m., navy spokesman Captain Andriy Tkachuk told national television. Nobody in Moscow has said this to me directly.";
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Ukraine", "Russia", "Ukraine"]);
  });

  it("a headline's second speaker after a bare comma: 'Kyiv says …, Minsk denies any build-up'", () => {
    const actors: ActorRef[] = ["Ukraine", "Belarus"].map((name) => ({ name, aliases: [] }));
    expect(claimsIn("Kyiv says Belarusian troops moving closer to border, Minsk denies any build-up", actors)).toEqual([
      ["Belarusian troops moving closer to border", "Ukraine"],
      ["any build-up", "Belarus"],
    ]);
  });

  it("a body named with 'of the Republic of …', 'according to the border service', 'a response from Moscow' set who speaks next", () => {
    const text =
      "The Ministry of Foreign Affairs of the Republic of Moldova on Tuesday summoned the Russian ambassador. In the statement published after the meeting, the ministry noted that the exercises were illegal.";
    expect(claimsIn(text, MORE)).toEqual([["the exercises were illegal", "Moldova"]]);
    const service = "Ukraine's State Border Guard Service says activity has increased. According to the border service, drones crossed the border four times.";
    expect(claimsIn(service, [...MORE, { name: "Belarus", aliases: [] }]).map(([, actor]) => actor)).toEqual(["Ukraine", "Ukraine"]);
    const response = 'Ukraine said the strike was legitimate. That drew a quick response from Moscow. Foreign Ministry spokeswoman Yelena Mironova called the statement "cynical".';
    expect(claimsIn(response, MORE).map(([, actor]) => actor)).toEqual(["Ukraine", "Russia"]);
  });

  it("a Q&A interview: each answer after a question is the interviewee's; an explainer's headings are not questions", () => {
    const interview =
      'Kazakhstan\'s transport minister on the Caspian route\n\nIn an interview in Astana, Transport Minister Nurlan Seitkali said the route was "cheaper than its reputation".\n\nIs the Middle Corridor a real alternative?\n\nIt is a real route, but not yet an alternative.\n\nWhat is the biggest bottleneck now?\n\nThe sea itself. We have too few ferries.';
    expect(claimsIn(interview, MORE)).toEqual([
      ["the route was \"cheaper than its reputation\"", "Kazakhstan"],
      ["It is a real route, but not yet an alternative", "Kazakhstan"],
      ["The sea itself. We have too few ferries", "Kazakhstan"],
    ]);
    const explainer = "WHAT IS THE ROUTE?\n\nIt runs across the Caspian. Moscow's ambassador said in an interview that Russia would help.\n\nWHAT HAPPENS NEXT?\n\nTalks resume in May.";
    expect(claimsIn(explainer, MORE)).toEqual([["Russia would help", "Russia"]]);
  });
});

describe("read-outs, analyses, live blogs and briefs (found on sealed sets B and C)", () => {
  const MORE: ActorRef[] = ["Russia", "Ukraine", "Azerbaijan", "Armenia", "Iran", "Turkey"].map((name) => ({ name, aliases: [] }));

  it("two sides in one sentence: 'with Yerevan saying …, and Baku insisting …'", () => {
    expect(claimsIn("Armenia and Azerbaijan traded accusations, with Yerevan saying a survey team had placed markers on farmland and Baku insisting its engineers never left the line.", MORE)).toEqual([
      ["a survey team had placed markers on farmland", "Armenia"],
      ["its engineers never left the line", "Azerbaijan"],
    ]);
  });

  it("an attribution between two statements, 'its' ministry being the last subject's", () => {
    const text = "Turkey, which controls the straits, urged both sides to avoid escalation. No Turkish-flagged vessels had been affected, its Foreign Ministry said in a statement, and traffic through the Bosphorus was running normally.";
    expect(claimsIn(text, MORE)).toEqual([
      ["No Turkish-flagged vessels had been affected", "Turkey"],
      ["traffic through the Bosphorus was running normally", "Turkey"],
    ]);
  });

  it("a person named in a resolved subject is that state's later; a spokeswoman after 'In a written statement,'", () => {
    const text =
      'Armenia\'s deputy prime minister and the head of its border commission, Gevorg Sahakyan, told reporters that four posts stood inside Armenia. "This is not a technical error," Sahakyan said. Azerbaijan\'s Foreign Ministry rejected the allegations. In a written statement, spokeswoman Leyla Gasimova said no post had been placed outside the line.';
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Armenia", "Armenia", "Azerbaijan", "Azerbaijan"]);
  });

  it("'the country's foreign minister' is the state the sentence named", () => {
    expect(claimsIn('Türkiye will apply the Montreux Convention "to the letter", the country\'s foreign minister said on Wednesday.', MORE)).toEqual([
      ['Türkiye will apply the Montreux Convention "to the letter"', "Turkey"],
    ]);
  });

  it("refuses Western diplomats and companies known by their apposition; a medium citing a state's ministry gives the state", () => {
    expect(claimsIn("A Western diplomat in Yerevan said the episode showed how far apart the allies had drifted.", MORE)).toEqual([]);
    expect(claimsIn("SOCAR, Azerbaijan's state oil company, said the pipeline had spare capacity.", MORE)).toEqual([]);
    expect(claimsIn("The remarks came days after the Russian daily Izvestia, citing a source in the Russian Defence Ministry, reported that Moscow had asked Ankara to let a corvette through.", MORE)).toEqual([
      ["Moscow had asked Ankara to let a corvette through", "Russia"],
    ]);
  });

  it("a statement that is itself an attribution is the inner speaker's, relayed by the outer one", () => {
    const text =
      "According to the Azerbaijani Foreign Ministry, Minister Elnur Mammadzade told his Russian counterpart, Pavel Dronov, that the detentions were unacceptable. The Azerbaijani read-out said Dronov had assured him that the rights of the detainees would be ensured.";
    const suggestions = suggestClaims(text, MORE).map((suggestion) => [text.slice(suggestion.start, suggestion.end), suggestion.actor, suggestion.relayedBy]);
    expect(suggestions).toEqual([
      ["the detentions were unacceptable", "Azerbaijan", undefined],
      ["the rights of the detainees would be ensured", "Russia", "Azerbaijan"],
    ]);
  });

  it("a colon after a clause breaks like a semicolon; a short sentence names who speaks next", () => {
    expect(claimsIn('Tehran has hit back: the Iranian foreign ministry accuses Baku of "turning a customs case into a political show".', MORE)).toEqual([
      ['Baku of "turning a customs case into a political show"', "Iran"],
    ]);
    expect(claimsIn("Russia weighs in. At her weekly briefing, foreign ministry spokeswoman Irina Sokolova said no Russian ships had been involved.", MORE)).toEqual([
      ["no Russian ships had been involved", "Russia"],
    ]);
  });

  it("disputing or rejecting findings is a claim; when and where are not part of it", () => {
    expect(claimsIn("Azerbaijan disputes that account.", MORE)).toEqual([["that account", "Azerbaijan"]]);
    expect(claimsIn("The Russian embassy in Baku rejected the findings on Friday.", MORE)).toEqual([["the findings", "Russia"]]);
  });
});

describe("translated ministries, governors and newcomers (found on sealed set D)", () => {
  const MORE: ActorRef[] = ["Kazakhstan", "Russia", "Belarus", "Armenia"].map((name) => ({ name, aliases: [] }));

  it("'informed journalists', 'assured residents that', an akim, the vice minister; 'the Russian side' owns no official", () => {
    const text =
      "The Ministry of Energy of the Republic of Kazakhstan considers unacceptable the price proposed by the Russian side, Vice Minister of Energy Yerlan Akhmetov informed journalists on Monday. According to the vice minister, the supplier has proposed raising the price by 34 percent. The akim of Kostanay region, Bolat Zhunusov, assured residents that there would be no interruptions.";
    expect(claimsIn(text, MORE).map(([, actor]) => actor)).toEqual(["Kazakhstan", "Kazakhstan", "Kazakhstan"]);
  });

  it("a political scientist after 'according to', and an economist coming in, speak for no state, nor does their 'he' or 'she'", () => {
    const analyst =
      'Belarus said the warheads were under its control. That distance is telling, according to Pavel Marchuk, a Belarusian political scientist now living in Vilnius. "The Kremlin never lets Minsk speak for it," he said.';
    expect(claimsIn(analyst, MORE)).toEqual([["the warheads were under its control", "Belarus"]]);
    const economist = "Kazakhstan's energy ministry said talks would go on. Economist Aigerim Sultanbekova believes the dispute will end well. \"Both sides need this contract,\" she told our publication.";
    expect(claimsIn(economist, MORE)).toEqual([["talks would go on", "Kazakhstan"]]);
  });

  it("'prompting a sharp reply from Yerevan, which said …' is the other side's; 'a spokesman for the committee'; 'she told a briefing' inside", () => {
    const lead = "Russia condemned the arrest of an archbishop as politically motivated, prompting a sharp reply from Yerevan, which said the case was a criminal matter.";
    expect(claimsIn(lead, MORE)).toEqual([
      ["the arrest of an archbishop as politically motivated", "Russia"],
      ["the case was a criminal matter", "Armenia"],
    ]);
    const committee = "Armenia's Investigative Committee said he was suspected of obstruction. A spokesman for the committee told reporters that investigators had bank documents.";
    expect(claimsIn(committee, MORE).map(([, actor]) => actor)).toEqual(["Armenia", "Armenia"]);
    const inside = 'The Russian Foreign Ministry\'s spokeswoman criticised the arrest. Russia, she told a weekly briefing, was "following with great concern" the campaign.';
    expect(claimsIn(inside, MORE)).toEqual([['Russia, she told a weekly briefing, was "following with great concern" the campaign', "Russia"]]);
  });

  it("refuses a think tank near a government, and 'responded with studied calm'", () => {
    expect(claimsIn("A Moscow think tank close to the government, the Centre for Strategic Assessment, estimated exports at $2.1 billion.", MORE)).toEqual([]);
    expect(claimsIn("Belarus, which shares a long border with Ukraine, has responded with studied calm.", MORE)).toEqual([]);
  });

  it("a church's diocese speaks for itself", () => {
    expect(claimsIn('Its diocese in southern Russia, whose spokesman spoke to Russian state television, said parishioners there were "deeply worried."', MORE)).toEqual([]);
  });
});

describe("unplaced ministers and interview write-ups (found on sealed set E)", () => {
  const MORE: ActorRef[] = ["Kazakhstan", "Russia", "Armenia", "Azerbaijan", "Turkey", "Ukraine"].map((name) => ({ name, aliases: [] }));

  it("an unplaced minister is the dateline's state, unless the side last heard spoke through the same ministry or the minister 'went further'", () => {
    const dateline = 'ASTANA, Oct 7 (Reuters) - Russia\'s transport ministry said the wagons were waiting for inspection. "This is not a technical problem," Agriculture Minister Yerlan Abenov told a briefing.';
    expect(claimsIn(dateline, MORE).map(([, actor]) => actor)).toEqual(["Russia", "Kazakhstan"]);
    const sameMinistry = 'BAKU, Nov 3 (AFP) - Armenia\'s Environment Ministry said its stations recorded nothing unusual. "We have nothing to hide," Deputy Environment Minister Lusine Avagyan said.';
    expect(claimsIn(sameMinistry, MORE).map(([, actor]) => actor)).toEqual(["Armenia", "Armenia"]);
    const goesOn = 'YEREVAN, May 2 (Reuters) - The Kremlin said the base plays a stabilising role. Deputy Foreign Minister Sergei Avdeyev went further, accusing "certain forces" of courting NATO.';
    expect(claimsIn(goesOn, MORE).map(([, actor]) => actor)).toEqual(["Russia", "Russia"]);
  });

  it("a minister who speaks 'in Baku' is Azerbaijan's", () => {
    expect(claimsIn('YEREVAN, Nov 3 (AFP) - "This is an ecological crime," Deputy Minister Elshad Karimli told reporters in Baku.', MORE)).toEqual([["This is an ecological crime", "Azerbaijan"]]);
  });

  it("an interview's headline and its official coming in before speaking", () => {
    const text =
      "'We carry lists, not conditions': Turkey's envoy on prisoner swaps\n\nDeputy Foreign Minister Selim Karaduman has spent the past year flying between Moscow and Kyiv. In an interview in Ankara, the diplomat said another exchange was \"close\".\n\n\"We are not a party to this war,\" Karaduman said.";
    expect(claimsIn(text, MORE)).toEqual([
      ["We carry lists, not conditions", "Turkey"],
      ['another exchange was "close"', "Turkey"],
      ["We are not a party to this war", "Turkey"],
    ]);
  });
});
