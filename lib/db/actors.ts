// Actors: listing, creating, editing (with optimistic locking), merging one into another, and
// resolving "Moscow" or "Russian Defense Ministry" to an actor.
import { assertCan } from "@/lib/auth/permissions";
import { toApiEnum } from "@/lib/domain/api-enums";
import { descendantIds, mergedAliases, uniqueAliases } from "@/lib/domain/actor-hierarchy";
import { isReadableActorColor } from "@/lib/domain/color-contrast";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createActorSchema, mergeActorSchema, updateActorSchema, type CreateActorInput, type UpdateActorInput } from "@/lib/validation/actor";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import type { Actor } from "@/lib/generated/prisma/client";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";

export type ActorView = { id: string; name: string; slug: string; color: string; aliases: string[]; description: string; kind: string; parentId: string | null; version: number };

export const toActorView = (actor: Actor): ActorView => ({
  id: actor.id,
  name: actor.name,
  slug: actor.slug,
  color: actor.color,
  aliases: actor.aliases,
  description: actor.description,
  kind: toApiEnum(actor.kind),
  parentId: actor.parentId,
  version: actor.version,
});

const auditView = (actor: Actor) => ({ name: actor.name, color: actor.color, aliases: actor.aliases, description: actor.description, kind: actor.kind, parentId: actor.parentId });

const tooLight = () => new AppError("UNPROCESSABLE", "That colour is too light for white labels; choose a darker one.", { details: { field: "color" } });

export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "actor"
  );
}

export async function listActors(user: SessionUser): Promise<ActorView[]> {
  assertCan(user, "article:read");
  const actors = await getDb().actor.findMany({ orderBy: { name: "asc" } });
  return actors.map(toActorView);
}

export type ActorWithCount = ActorView & { claimCount: number };

/** Actors with how many live claims each made, for the actors page. */
export async function listActorsWithCounts(user: SessionUser): Promise<ActorWithCount[]> {
  assertCan(user, "article:read");
  const db = getDb();
  const [actors, counts] = await Promise.all([
    db.actor.findMany({ orderBy: { name: "asc" } }),
    db.claim.groupBy({ by: ["actorId"], where: { deletedAt: null, article: { deletedAt: null } }, _count: { _all: true } }),
  ]);
  const byActor = new Map(counts.map((row) => [row.actorId, row._count._all]));
  return actors.map((actor) => ({ ...toActorView(actor), claimCount: byActor.get(actor.id) ?? 0 }));
}

export async function createActor(user: SessionUser, input: CreateActorInput): Promise<ActorView> {
  assertCan(user, "actor:create");
  const data = createActorSchema.parse(input);
  if (!isReadableActorColor(data.color)) throw tooLight();
  return getDb().$transaction(async (tx) => {
    if (data.parentId) await lockActorHierarchy(tx);
    if (data.parentId && !(await tx.actor.findUnique({ where: { id: data.parentId } }))) throw new AppError("UNPROCESSABLE", "The parent actor does not exist.", { details: { field: "parentId" } });
    await assertNameFree(tx, data.name);
    const actor = await tx.actor.create({ data: { ...data, slug: slugify(data.name), description: data.description ?? "" } });
    await recordAudit(tx, { userId: user.id, entity: "Actor", entityId: actor.id, action: "create", after: { name: actor.name, color: actor.color, aliases: actor.aliases } });
    return toActorView(actor);
  });
}

export async function getActor(user: SessionUser, actorId: string): Promise<ActorView> {
  assertCan(user, "article:read");
  return toActorView(await findActor(getDb(), actorId));
}

async function findActor(tx: DbTx, actorId: string): Promise<Actor> {
  const actor = await tx.actor.findUnique({ where: { id: actorId } });
  if (!actor) throw notFound("Actor");
  return actor;
}

/** Names and slugs are unique, case ignored ("RUSSIA" clashes with "Russia"). */
async function assertNameFree(tx: DbTx, name: string, exceptActorId?: string): Promise<void> {
  const clash = await tx.actor.findFirst({
    where: { ...(exceptActorId ? { id: { not: exceptActorId } } : {}), OR: [{ name: { equals: name, mode: "insensitive" } }, { slug: slugify(name) }] },
  });
  if (clash) throw new AppError("CONFLICT", `An actor named ${clash.name} already exists.`, { details: { field: "name" } });
}

/**
 * Actor edits and merges take turns: two changes that each look fine alone (A comes to speak for B
 * while B comes to speak for A; a new child of an actor that is being merged away) must not both
 * commit. Actors change rarely, so one lock for all of them costs nothing.
 */
async function lockActorHierarchy(tx: DbTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('counterclaim:actor-hierarchy'))`;
}

async function hierarchy(tx: DbTx) {
  return tx.actor.findMany({ select: { id: true, parentId: true } });
}

/**
 * Renames (the slug follows), recolours, edits aliases, description, kind and whom the actor speaks
 * for. A stale `version` is a 409 carrying the current actor.
 */
export async function updateActor(user: SessionUser, actorId: string, input: UpdateActorInput): Promise<ActorView> {
  assertCan(user, "actor:update");
  const { version, name, aliases, parentId, ...rest } = updateActorSchema.parse(input);
  if (rest.color !== undefined && !isReadableActorColor(rest.color)) throw tooLight();
  return getDb().$transaction(async (tx) => {
    await lockActorHierarchy(tx);
    const before = await findActor(tx, actorId);
    if (before.version !== version) throw staleActor(before);
    if (name !== undefined) await assertNameFree(tx, name, actorId);
    if (parentId) {
      if (parentId === actorId) throw new AppError("UNPROCESSABLE", "An actor cannot speak for itself.", { details: { field: "parentId" } });
      if (!(await tx.actor.findUnique({ where: { id: parentId } }))) throw new AppError("UNPROCESSABLE", "The parent actor does not exist.", { details: { field: "parentId" } });
      if (descendantIds(await hierarchy(tx), actorId).has(parentId)) {
        throw new AppError("UNPROCESSABLE", "That actor already speaks for this one: the hierarchy would go round in a circle.", { details: { field: "parentId" } });
      }
    }
    // A new name that was an alias stops being one.
    const nextAliases = aliases ?? (name !== undefined ? before.aliases : undefined);
    const { count } = await tx.actor.updateMany({
      where: { id: actorId, version },
      data: {
        ...rest,
        ...(name !== undefined ? { name, slug: slugify(name) } : {}),
        ...(nextAliases !== undefined ? { aliases: uniqueAliases(nextAliases, name ?? before.name) } : {}),
        ...(parentId !== undefined ? { parentId } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleActor(await findActor(tx, actorId));
    const after = await findActor(tx, actorId);
    await recordAudit(tx, { userId: user.id, entity: "Actor", entityId: actorId, action: "update", before: auditView(before), after: auditView(after) });
    return toActorView(after);
  });
}

const staleActor = (current: Actor) =>
  new AppError("CONFLICT", "Someone changed this actor since you opened it. Review their version and try again.", { details: { current: toActorView(current) } });

/**
 * Merges `sourceId` into `targetId` in one transaction: its claims, the claims it relayed and the
 * actors that speak for it move to the target, the target gains its name and aliases, and it is
 * deleted; returns the target. `version`, if given, is the source's version the caller saw.
 * Reviewers and admins only.
 */
export async function mergeActors(user: SessionUser, sourceId: string, targetId: string, version?: number): Promise<ActorView> {
  assertCan(user, "actor:merge");
  const { intoActorId, version: sourceVersion } = mergeActorSchema.parse({ intoActorId: targetId, version });
  if (sourceId === intoActorId) throw new AppError("UNPROCESSABLE", "An actor cannot be merged into itself.", { details: { field: "intoActorId" } });
  return getDb().$transaction(async (tx) => {
    await lockActorHierarchy(tx);
    const source = await findActor(tx, sourceId);
    const target = await findActor(tx, intoActorId);
    if (sourceVersion !== undefined && source.version !== sourceVersion) throw staleActor(source);
    if (descendantIds(await hierarchy(tx), source.id).has(target.id)) {
      throw new AppError("UNPROCESSABLE", `${target.name} speaks for ${source.name}: merge ${target.name} into ${source.name} instead, or change whom it speaks for first.`, { details: { field: "intoActorId" } });
    }
    const aliases = mergedAliases(target, source);
    if (aliases.length > CONTENT_LIMITS.actorAliases) {
      throw new AppError("UNPROCESSABLE", `${target.name} would have ${aliases.length} aliases, more than ${CONTENT_LIMITS.actorAliases}. Remove some first.`, { details: { field: "intoActorId" } });
    }
    // Versions go up on every moved row, so an edit form opened before the merge gets a 409, not a silent overwrite.
    const claims = await tx.claim.updateMany({ where: { actorId: source.id }, data: { actorId: target.id, version: { increment: 1 } } });
    const relays = await tx.claim.updateMany({ where: { relayedById: source.id }, data: { relayedById: target.id, version: { increment: 1 } } });
    const children = await tx.actor.updateMany({ where: { parentId: source.id }, data: { parentId: target.id, version: { increment: 1 } } });
    await tx.actor.delete({ where: { id: source.id } });
    const merged = await tx.actor.update({ where: { id: target.id }, data: { aliases, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      entity: "Actor",
      entityId: source.id,
      action: "merge",
      before: { source: auditView(source), target: auditView(target) },
      after: { intoActorId: target.id, claimsMoved: claims.count, relaysMoved: relays.count, childrenMoved: children.count, aliases },
    });
    return toActorView(merged);
  });
}

/**
 * The actor a journalist or script means: by id, by name, or by one of its aliases (case and
 * accents ignored). Actors are few, so they are matched in memory. Unknown names are a 422.
 */
/** The actor an id, name or alias refers to (case, accents and punctuation ignored), or undefined. Ids win, then names, then aliases. */
export function matchActor<T extends { id: string; slug: string; name: string; aliases: string[] }>(actors: readonly T[], reference: string): T | undefined {
  const byId = actors.find((actor) => actor.id === reference);
  if (byId) return byId;
  const wanted = slugify(reference);
  if (!wanted) return undefined;
  return actors.find((actor) => actor.slug === wanted || slugify(actor.name) === wanted) ?? actors.find((actor) => actor.aliases.some((alias) => slugify(alias) === wanted));
}

export async function resolveActor(tx: DbTx, reference: string, field = "actor"): Promise<Actor> {
  // One lookup by id first: the common case (pickers send ids) reads one row, not the table.
  const byId = await tx.actor.findUnique({ where: { id: reference } });
  const match = byId ?? matchActor(await tx.actor.findMany(), reference);
  if (!match) throw new AppError("UNPROCESSABLE", `No actor is called “${reference}”. Add it on the actors page first.`, { details: { field } });
  return match;
}
