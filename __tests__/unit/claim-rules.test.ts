import { locateQuote } from "@/lib/anchoring/locate-quote";
import { actorTree, rootActorId, withDescendants } from "@/lib/domain/actor-hierarchy";
import { guessAttribution, isBlankSelection } from "@/lib/domain/attribution";
import { contrastRatio, isReadableActorColor } from "@/lib/domain/color-contrast";
import { DEFAULT_ACTORS } from "@/lib/domain/default-actors";
import { createClaimSchema, createEvidenceSchema, createLinkSchema } from "@/lib/validation/claim";
import { createActorSchema } from "@/lib/validation/actor";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

describe("locateQuote", () => {
  const text = "Baku denied it. Moscow said Baku denied it again.";
  it("finds a unique quote, reports a missing one", () => {
    expect(locateQuote(text, "Moscow said")).toEqual({ status: "found", start: 16, end: 27 });
    expect(locateQuote(text, "Yerevan")).toEqual({ status: "missing" });
  });
  it("tells repeated quotes apart by context, and says when it cannot", () => {
    expect(locateQuote(text, "Baku denied it")).toEqual({ status: "ambiguous", count: 2 });
    expect(locateQuote(text, "Baku denied it", { prefix: "Moscow said " })).toEqual({ status: "found", start: 28, end: 42 });
    expect(locateQuote(text, "Baku denied it", { suffix: ". Moscow" })).toEqual({ status: "found", start: 0, end: 14 });
  });
});

describe("guessAttribution", () => {
  const text = `The ministry said "troops crossed the line", and added that talks would go on.`;
  it("presets a direct quote for text inside quotation marks, else a paraphrase", () => {
    const start = text.indexOf("troops");
    expect(guessAttribution(text, start, start + "troops crossed the line".length)).toBe("DIRECT_QUOTE");
    const quoted = text.indexOf('"troops');
    expect(guessAttribution(text, quoted, text.indexOf('",') + 1)).toBe("DIRECT_QUOTE");
    const talks = text.indexOf("talks");
    expect(guessAttribution(text, talks, talks + "talks would go on".length)).toBe("PARAPHRASE");
    expect(guessAttribution("«C’est faux», a dit Bakou.", 1, 11)).toBe("DIRECT_QUOTE");
  });
  it("sees a selection in the middle of a longer quotation as a direct quote, but not across paragraphs", () => {
    const wire = `Intro.\n\n"Between March 24 and 25, the armed forces violated the agreement (...), entering the area," the ministry said.\n\nAfter the quote, the forces moved.`;
    const middle = wire.indexOf("the armed forces");
    expect(guessAttribution(wire, middle, middle + "the armed forces violated the agreement".length)).toBe("DIRECT_QUOTE");
    const narration = wire.indexOf("the forces moved");
    expect(guessAttribution(wire, narration, narration + "the forces moved".length)).toBe("PARAPHRASE");
    const said = wire.indexOf("the ministry said");
    expect(guessAttribution(wire, said, said + "the ministry said".length)).toBe("PARAPHRASE");
  });
  it("recognises blank selections", () => {
    expect(isBlankSelection("a   b", 1, 4)).toBe(true);
    expect(isBlankSelection("a   b", 0, 2)).toBe(false);
  });
});

describe("actor colours", () => {
  it("computes WCAG contrast and accepts the default actors' colours", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    for (const actor of DEFAULT_ACTORS) expect(isReadableActorColor(actor.color)).toBe(true);
    expect(isReadableActorColor("#fde047")).toBe(false);
  });
});

describe("claim, link, evidence and actor schemas", () => {
  it("accept offsets or a quote, lower- or upper-case enums, and parse idempotently", () => {
    const once = createClaimSchema.parse({ actor: "Moscow", start: 0, end: 5, attribution: "direct_quote" });
    expect(createClaimSchema.parse(once)).toEqual(once);
    expect(once).toMatchObject({ attribution: "DIRECT_QUOTE" });
    expect(createLinkSchema.parse({ targetClaimId: "abc", kind: "same_claim" }).kind).toBe("SAME_CLAIM");
  });
  it.each([
    [{ actor: "Moscow", start: 5, end: 5 }],
    [{ actor: "Moscow", start: -1, end: 5 }],
    [{ actor: "", exact: "x" }],
    [{ actor: "Moscow", exact: "   " }],
    [{ actor: "Moscow", exact: "x", start: 1 }],
    [{ actor: "Moscow", exact: "nul\u0000" }],
    [{ actor: "Moscow", start: 0, end: 4, attribution: "rumour" }],
  ])("refuses the claim %j", (input) => {
    expect(createClaimSchema.safeParse(input).success).toBe(false);
  });
  it("refuses evidence URLs that are not http(s), and unreadable actor input", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/a", "example.org"]) expect(createEvidenceSchema.safeParse({ url }).success).toBe(false);
    expect(createEvidenceSchema.safeParse({ url: "https://example.org/report", stance: "refutes" }).success).toBe(true);
    expect(createActorSchema.safeParse({ name: "NK authorities", color: "red" }).success).toBe(false);
    expect(createActorSchema.safeParse({ name: "NK authorities", color: "#14532D", aliases: Array(CONTENT_LIMITS.actorAliases + 1).fill("x") }).success).toBe(false);
  });
});

describe("actor hierarchy", () => {
  const actors = [
    { id: "ru", parentId: null, name: "Russia" },
    { id: "mod", parentId: "ru", name: "Russian Defense Ministry" },
    { id: "spk", parentId: "mod", name: "Ministry spokesman" },
    { id: "az", parentId: null, name: "Azerbaijan" },
    { id: "loop-a", parentId: "loop-b", name: "Loop A" },
    { id: "loop-b", parentId: "loop-a", name: "Loop B" },
  ];
  it("rolls a speaker up to its state and a state down to all its speakers, surviving bad data", () => {
    expect(rootActorId(actors, "spk")).toBe("ru");
    expect(rootActorId(actors, "az")).toBe("az");
    expect(["loop-a", "loop-b"]).toContain(rootActorId(actors, "loop-a"));
    expect(withDescendants(actors, "ru").sort()).toEqual(["mod", "ru", "spk"]);
    expect(withDescendants(actors, "mod").sort()).toEqual(["mod", "spk"]);
    expect(withDescendants(actors, "loop-a").sort()).toEqual(["loop-a", "loop-b"]);
  });
  it("orders a picker as a tree, states first alphabetically, speakers indented under them", () => {
    expect(actorTree(actors.slice(0, 4)).map(({ actor, depth }) => `${depth}:${actor.id}`)).toEqual(["0:az", "0:ru", "1:mod", "2:spk"]);
  });
});
