// Actors: the governments, institutions and people claims are attributed to. Adding, editing
// (with the version read, for optimistic locking) and merging one actor into another.
import { z } from "./zod";
import { apiEnum, plainText, versionSchema } from "./common";
import { CONTENT_LIMITS } from "./limits";
import { idSchema } from "./id";

export const ACTOR_KINDS = ["STATE", "INSTITUTION", "PERSON", "OTHER"] as const;

export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour is #RRGGBB.").transform((value) => value.toLowerCase());

/** The fields of an actor with their limits, shared by adding and editing. */
const actorFields = {
  name: plainText(CONTENT_LIMITS.actorName, "A name").pipe(z.string().trim().min(1, "Give the actor a name.")),
  color: hexColorSchema,
  aliases: z.array(plainText(CONTENT_LIMITS.actorAlias, "An alias").pipe(z.string().trim().min(1, "An alias is empty."))).max(CONTENT_LIMITS.actorAliases, `At most ${CONTENT_LIMITS.actorAliases} aliases.`),
  description: plainText(CONTENT_LIMITS.actorDescription, "A description"),
  // "state" on the wire, STATE in the database; both are accepted.
  kind: apiEnum(ACTOR_KINDS, "kind is state, institution, person or other."),
};

export const createActorSchema = z
  .object({
    name: actorFields.name,
    color: actorFields.color,
    aliases: actorFields.aliases.default([]),
    description: actorFields.description.optional(),
    kind: actorFields.kind.optional(),
    parentId: idSchema.optional(),
  })
  .strict();
export type CreateActorInput = z.input<typeof createActorSchema>;

/** Send only what changes, with the `version` you read; `parentId: null` makes the actor top-level. */
export const updateActorSchema = z
  .object({
    version: versionSchema,
    name: actorFields.name.optional(),
    color: actorFields.color.optional(),
    aliases: actorFields.aliases.optional(),
    description: actorFields.description.optional(),
    kind: actorFields.kind.optional(),
    parentId: idSchema.nullable().optional(),
  })
  .strict();
export type UpdateActorInput = z.input<typeof updateActorSchema>;

/** Merge the actor in the path into `intoActorId`; `version` (of the merged actor) guards against merging a stale view. */
export const mergeActorSchema = z.object({ intoActorId: idSchema, version: versionSchema.optional() }).strict();
export type MergeActorInput = z.input<typeof mergeActorSchema>;
