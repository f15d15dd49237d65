// Editing and merging actors against real PostgreSQL: what changes, what is refused, and that a
// refusal writes nothing and a merge loses no claim.
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { getDb } from "@/lib/db/client";
import { createActor, getActor, mergeActors, resolveActor, updateActor } from "@/lib/db/actors";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createActorRow, createArticleRow, createUserRow } from "../factories/db";

setUpTestDatabase();

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

/** Every actor and claim row and the number of audit events: equal before and after a refusal means nothing was written. */
async function everything() {
  const db = getDb();
  return {
    actors: await db.actor.findMany({ orderBy: { id: "asc" } }),
    claims: await db.claim.findMany({ select: { id: true, actorId: true, relayedById: true, version: true }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

describe("createActor", () => {
  it("adds an actor that speaks for another, at version 1; an unknown parent is a 422", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const state = await createActorRow(unique("State"));
    expect(await createActor(journalist, { name: unique("Ministry"), color: "#1f5fa8", parentId: state.id, kind: "institution" })).toMatchObject({ parentId: state.id, kind: "institution", version: 1 });
    expect(await codeOf(createActor(journalist, { name: unique("Orphan"), color: "#1f5fa8", parentId: "nosuchactor" }))).toBe("UNPROCESSABLE");
  });
});

describe("updateActor", () => {
  it("renames (the slug follows), recolours, edits aliases and parent, bumps the version and audits before/after", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const state = await createActorRow(unique("State"));
    const actor = await createActorRow(unique("Ministry"), { aliases: ["Old alias"] });
    const name = unique("Nagorno-Karabakh authorities");

    const updated = await updateActor(journalist, actor.id, { version: 1, name, color: "#14532D", aliases: ["Stepanakert", "stepanakert", name.toUpperCase(), " Khankendi "], parentId: state.id, kind: "institution", description: "De facto authorities" });

    expect(updated).toEqual({
      id: actor.id,
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      color: "#14532d",
      // Repeats (case ignored) and the actor's own name are dropped.
      aliases: ["Stepanakert", "Khankendi"],
      description: "De facto authorities",
      kind: "institution",
      parentId: state.id,
      version: 2,
    });
    expect(await getActor(journalist, actor.id)).toEqual(updated);
    expect((await resolveActor(getDb(), "KHANKENDI")).id).toBe(actor.id);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entity: "Actor", entityId: actor.id, action: "update" } });
    expect(audit).toMatchObject({ userId: journalist.id, before: { name: actor.name, aliases: ["Old alias"], parentId: null }, after: { name, color: "#14532d", parentId: state.id } });

    const topLevel = await updateActor(journalist, actor.id, { version: 2, parentId: null });
    expect(topLevel).toMatchObject({ parentId: null, version: 3, name, aliases: ["Stepanakert", "Khankendi"] });
  });

  it("drops an alias that becomes the actor's name, and accepts a change of case in its own name", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const actor = await createActorRow(unique("Karabakh"), { aliases: ["Artsakh authorities", "Stepanakert"] });
    expect(await updateActor(journalist, actor.id, { version: 1, name: "Artsakh Authorities" })).toMatchObject({ name: "Artsakh Authorities", aliases: ["Stepanakert"] });
    expect(await updateActor(journalist, actor.id, { version: 2, name: "ARTSAKH AUTHORITIES" })).toMatchObject({ name: "ARTSAKH AUTHORITIES", version: 3 });
  });

  it("answers a stale version with 409 carrying the current actor, and writes nothing", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const actor = await createActorRow(unique("Actor"));
    await updateActor(await createUserRow("REVIEWER"), actor.id, { version: 1, aliases: ["Colleague's alias"] });
    const before = await everything();
    const conflict = await appErrorOf(updateActor(journalist, actor.id, { version: 1, name: unique("Lost update") }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.details?.current).toEqual(expect.objectContaining({ id: actor.id, name: actor.name, aliases: ["Colleague's alias"], version: 2 }));
    expect(await everything()).toEqual(before);
  });

  it.each([
    ["a name another actor has (case ignored)", "CONFLICT", "name"],
    ["a colour too light for white labels", "UNPROCESSABLE", "color"],
    ["itself as parent", "UNPROCESSABLE", "parentId"],
    ["its grandchild as parent (a cycle)", "UNPROCESSABLE", "parentId"],
    ["an unknown parent", "UNPROCESSABLE", "parentId"],
  ])("refuses %s with %s on field %s, writing nothing", async (what, code, field) => {
    const journalist = await createUserRow("JOURNALIST");
    const other = await createActorRow(unique("Other"));
    const actor = await createActorRow(unique("Actor"));
    const child = await createActorRow(unique("Child"), { parentId: actor.id });
    const grandchild = await createActorRow(unique("Grandchild"), { parentId: child.id });
    const changes = {
      "a name another actor has (case ignored)": { name: other.name.toUpperCase() },
      "a colour too light for white labels": { color: "#fde047" },
      "itself as parent": { parentId: actor.id },
      "its grandchild as parent (a cycle)": { parentId: grandchild.id },
      "an unknown parent": { parentId: "nosuchactor" },
    }[what];
    const before = await everything();
    const error = await appErrorOf(updateActor(journalist, actor.id, { version: 1, ...changes }));
    expect({ code: error.code, field: error.details?.field }).toEqual({ code, field });
    expect(await everything()).toEqual(before);
  });

  it("answers NOT_FOUND for an unknown actor, and refuses bad input before touching the database", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const disabled = await createUserRow("JOURNALIST", { disabled: true });
    const actor = await createActorRow(unique("Actor"));
    const before = await everything();
    expect(await codeOf(updateActor(journalist, "nosuchactor", { version: 1, name: "Anything" }))).toBe("NOT_FOUND");
    expect(await codeOf(getActor(journalist, "nosuchactor"))).toBe("NOT_FOUND");
    // Invalid input is a ZodError, which routes and actions answer as INVALID_INPUT.
    await expect(updateActor(journalist, actor.id, { name: "No version" } as never)).rejects.toBeInstanceOf(ZodError);
    await expect(updateActor(journalist, actor.id, { version: 1, aliases: Array.from({ length: CONTENT_LIMITS.actorAliases + 1 }, (_, i) => `alias ${i}`) })).rejects.toBeInstanceOf(ZodError);
    expect(await codeOf(updateActor(disabled, actor.id, { version: 1, name: "Disabled" }))).toBe("FORBIDDEN");
    expect(await everything()).toEqual(before);
  });
});

describe("mergeActors", () => {
  /** A duplicate actor with two claims (one soft-deleted), a claim it relayed and an actor that speaks for it. */
  async function setUpMerge() {
    const journalist = await createUserRow("JOURNALIST");
    const reviewer = await createUserRow("REVIEWER");
    const target = await createActorRow(unique("Russia"), { aliases: ["Moscow", "Kremlin"] });
    const { actor: source, claims, article } = await createArticleRow(journalist, {
      paragraphs: ["Moscow said the troops crossed the line.", "The ministry said its units held their positions.", "Baku said that was untrue."],
      claimQuotes: ["the troops crossed the line", "its units held their positions"],
    });
    await getDb().actor.update({ where: { id: source.id }, data: { aliases: ["MOSCOW", "Russian MoD"] } });
    await getDb().claim.update({ where: { id: claims[1].id }, data: { deletedAt: new Date() } });
    const other = await createActorRow(unique("Azerbaijan"));
    const relayed = await getDb().claim.create({
      data: { articleId: article.id, revisionId: claims[0].revisionId, actorId: other.id, relayedById: source.id, createdById: journalist.id, exact: "Moscow", start: 0, end: 6 },
    });
    const spokesperson = await createActorRow(unique("Spokesperson"), { parentId: source.id });
    return { journalist, reviewer, target, source: await getDb().actor.findUniqueOrThrow({ where: { id: source.id } }), claims, relayed, spokesperson, other };
  }

  it("moves every claim, relay and child to the target, gives it the source's name and aliases, deletes the source and audits the counts", async () => {
    const { reviewer, target, source, claims, relayed, spokesperson } = await setUpMerge();
    const claimsBefore = await getDb().claim.count();

    const merged = await mergeActors(reviewer, source.id, target.id, source.version);

    // "MOSCOW" repeats "Moscow" (case ignored): nothing twice.
    expect(merged).toMatchObject({ id: target.id, name: target.name, aliases: ["Moscow", "Kremlin", source.name, "Russian MoD"], version: 2 });
    expect(await getDb().claim.count()).toBe(claimsBefore);
    expect(await getDb().claim.findMany({ where: { id: { in: claims.map((claim) => claim.id) } }, select: { actorId: true, version: true } })).toEqual([
      { actorId: target.id, version: 2 },
      { actorId: target.id, version: 2 },
    ]);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: relayed.id } })).toMatchObject({ relayedById: target.id, version: 2 });
    expect(await getDb().actor.findUniqueOrThrow({ where: { id: spokesperson.id } })).toMatchObject({ parentId: target.id, version: 2 });
    expect(await getDb().actor.count({ where: { id: source.id } })).toBe(0);
    expect(await getDb().claim.count({ where: { OR: [{ actorId: source.id }, { relayedById: source.id }] } })).toBe(0);
    expect((await resolveActor(getDb(), source.name)).id).toBe(target.id);

    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entity: "Actor", entityId: source.id, action: "merge" } });
    expect(audit).toMatchObject({ userId: reviewer.id, before: { source: { name: source.name }, target: { name: target.name } }, after: { intoActorId: target.id, claimsMoved: 2, relaysMoved: 1, childrenMoved: 1 } });
  });

  it("merges a ministry into the state it speaks for, and lets an admin merge without a version", async () => {
    const admin = await createUserRow("ADMIN");
    const state = await createActorRow(unique("Armenia"));
    const ministry = await createActorRow(unique("Armenian Foreign Ministry"), { parentId: state.id, aliases: ["MFA"] });
    const merged = await mergeActors(admin, ministry.id, state.id);
    expect(merged.aliases).toEqual([ministry.name, "MFA"]);
    expect(await getDb().actor.count({ where: { id: ministry.id } })).toBe(0);
  });

  it("refuses a journalist (403), an actor into itself or into one that speaks for it (422), unknown actors (404) and a stale version (409), writing nothing", async () => {
    const { journalist, reviewer, target, source, spokesperson } = await setUpMerge();
    await updateActor(journalist, source.id, { version: source.version, description: "Edited meanwhile" });
    const before = await everything();

    expect(await codeOf(mergeActors(journalist, source.id, target.id))).toBe("FORBIDDEN");
    expect(await codeOf(mergeActors(journalist, "nosuchactor", target.id))).toBe("FORBIDDEN");
    expect(await codeOf(mergeActors(reviewer, source.id, source.id))).toBe("UNPROCESSABLE");
    expect(await codeOf(mergeActors(reviewer, source.id, spokesperson.id))).toBe("UNPROCESSABLE");
    expect(await codeOf(mergeActors(reviewer, "nosuchactor", target.id))).toBe("NOT_FOUND");
    expect(await codeOf(mergeActors(reviewer, source.id, "nosuchactor"))).toBe("NOT_FOUND");
    const stale = await appErrorOf(mergeActors(reviewer, source.id, target.id, source.version));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toEqual(expect.objectContaining({ id: source.id, description: "Edited meanwhile", version: source.version + 1 }));

    expect(await everything()).toEqual(before);
  });

  it("refuses a merge that would take the target past the alias limit, writing nothing", async () => {
    const reviewer = await createUserRow("REVIEWER");
    const half = Math.ceil(CONTENT_LIMITS.actorAliases / 2);
    const target = await createActorRow(unique("Target"), { aliases: Array.from({ length: half }, (_, i) => `target alias ${i}`) });
    const source = await createActorRow(unique("Source"), { aliases: Array.from({ length: half }, (_, i) => `source alias ${i}`) });
    const before = await everything();
    const error = await appErrorOf(mergeActors(reviewer, source.id, target.id));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toContain(`${2 * half + 1} aliases`);
    expect(await everything()).toEqual(before);
  });
});
