// Actors: listing, creating, and resolving "Moscow" or "Russian Defense Ministry" to an actor.
import { assertCan } from "@/lib/auth/permissions";
import { toApiEnum } from "@/lib/domain/api-enums";
import { isReadableActorColor } from "@/lib/domain/color-contrast";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors/app-error";
import { createActorSchema, type CreateActorInput } from "@/lib/validation/actor";
import type { Actor } from "@/lib/generated/prisma/client";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";

export type ActorView = { id: string; name: string; slug: string; color: string; aliases: string[]; description: string; kind: string; parentId: string | null };

export const toActorView = (actor: Actor): ActorView => ({
  id: actor.id,
  name: actor.name,
  slug: actor.slug,
  color: actor.color,
  aliases: actor.aliases,
  description: actor.description,
  kind: toApiEnum(actor.kind),
  parentId: actor.parentId,
});

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
  if (!isReadableActorColor(data.color)) {
    throw new AppError("UNPROCESSABLE", "That colour is too light for white labels; choose a darker one.", { details: { field: "color" } });
  }
  return getDb().$transaction(async (tx) => {
    if (data.parentId && !(await tx.actor.findUnique({ where: { id: data.parentId } }))) throw new AppError("UNPROCESSABLE", "The parent actor does not exist.", { details: { field: "parentId" } });
    const clash = await tx.actor.findFirst({ where: { OR: [{ name: { equals: data.name, mode: "insensitive" } }, { slug: slugify(data.name) }] } });
    if (clash) throw new AppError("CONFLICT", `An actor named ${clash.name} already exists.`, { details: { field: "name" } });
    const actor = await tx.actor.create({ data: { ...data, slug: slugify(data.name), description: data.description ?? "" } });
    await recordAudit(tx, { userId: user.id, entity: "Actor", entityId: actor.id, action: "create", after: { name: actor.name, color: actor.color, aliases: actor.aliases } });
    return toActorView(actor);
  });
}

/**
 * The actor a journalist or script means: by id, by name, or by one of its aliases (case and
 * accents ignored). Actors are few, so they are matched in memory. Unknown names are a 422.
 */
export async function resolveActor(tx: DbTx, reference: string, field = "actor"): Promise<Actor> {
  const byId = await tx.actor.findUnique({ where: { id: reference } });
  if (byId) return byId;
  const wanted = slugify(reference);
  const actors = await tx.actor.findMany();
  const match = actors.find((actor) => actor.slug === wanted || slugify(actor.name) === wanted) ?? actors.find((actor) => actor.aliases.some((alias) => slugify(alias) === wanted));
  if (!match) throw new AppError("UNPROCESSABLE", `No actor is called “${reference}”. Add it on the actors page first.`, { details: { field } });
  return match;
}
