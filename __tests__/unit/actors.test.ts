// The pure rules behind editing and merging actors: the hierarchy, aliases after a merge, and the
// schemas shared by the actors page, its server actions and the JSON API.
import { aliasesAddedByMerge, descendantIds, mergedAliases, uniqueAliases } from "@/lib/domain/actor-hierarchy";
import { mergeActorSchema, updateActorSchema } from "@/lib/validation/actor";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

describe("descendantIds", () => {
  const actors = [
    { id: "russia", parentId: null },
    { id: "mod", parentId: "russia" },
    { id: "spokesperson", parentId: "mod" },
    { id: "mfa", parentId: "russia" },
    { id: "armenia", parentId: null },
  ];
  it("finds children and their children, not the actor itself or unrelated actors", () => {
    expect([...descendantIds(actors, "russia")].sort()).toEqual(["mfa", "mod", "spokesperson"]);
    expect([...descendantIds(actors, "mod")]).toEqual(["spokesperson"]);
    expect(descendantIds(actors, "armenia").size).toBe(0);
  });
  it("ends even if the stored data holds a cycle", () => {
    expect([...descendantIds([{ id: "a", parentId: "b" }, { id: "b", parentId: "a" }], "a")]).toEqual(["b"]);
  });
});

describe("aliases", () => {
  it("drops repeats (case ignored, first spelling kept), blanks and the actor's own name", () => {
    expect(uniqueAliases(["Moscow", " moscow ", "", "Kremlin", "RUSSIA", "MOSCOW"], "Russia")).toEqual(["Moscow", "Kremlin"]);
  });
  it("gives the target the source's name and aliases after its own, and says which are new", () => {
    const target = { name: "Russia", aliases: ["Moscow", "Kremlin"] };
    const source = { name: "Russian MoD", aliases: ["kremlin", "Russian Defence Ministry", "Russia"] };
    expect(mergedAliases(target, source)).toEqual(["Moscow", "Kremlin", "Russian MoD", "Russian Defence Ministry"]);
    expect(aliasesAddedByMerge(target, source)).toEqual(["Russian MoD", "Russian Defence Ministry"]);
  });
});

describe("actor schemas", () => {
  it("takes any subset of fields with the version read, in API or database enum spelling", () => {
    expect(updateActorSchema.parse({ version: 3, color: "#14532D", kind: "institution", parentId: null })).toEqual({ version: 3, color: "#14532d", kind: "INSTITUTION", parentId: null });
    expect(updateActorSchema.parse({ version: 1, kind: "PERSON" }).kind).toBe("PERSON");
    expect(mergeActorSchema.parse({ intoActorId: "abc123" })).toEqual({ intoActorId: "abc123" });
  });
  it.each([
    [{ name: "No version" }],
    [{ version: 0 }],
    [{ version: "1" }],
    [{ version: 1, name: "   " }],
    [{ version: 1, name: "n".repeat(CONTENT_LIMITS.actorName + 1) }],
    [{ version: 1, color: "red" }],
    [{ version: 1, aliases: ["a".repeat(CONTENT_LIMITS.actorAlias + 1)] }],
    [{ version: 1, aliases: Array(CONTENT_LIMITS.actorAliases + 1).fill("x") }],
    [{ version: 1, aliases: ["nul\u0000"] }],
    [{ version: 1, kind: "country" }],
    [{ version: 1, parentId: "'; drop table" }],
    [{ version: 1, slug: "chosen-slug" }],
  ])("refuses the update %j", (input) => {
    expect(updateActorSchema.safeParse(input).success).toBe(false);
  });
  it("refuses a merge without a target or with unknown fields", () => {
    expect(mergeActorSchema.safeParse({}).success).toBe(false);
    expect(mergeActorSchema.safeParse({ intoActorId: "abc", deleteSource: false }).success).toBe(false);
    expect(mergeActorSchema.safeParse({ intoActorId: "abc", version: 0 }).success).toBe(false);
  });
});
