// Actors: the governments, institutions and people claims are attributed to.
import { z } from "zod";
import { plainText } from "./common";
import { CONTENT_LIMITS } from "./limits";
import { idSchema } from "./id";

export const ACTOR_KINDS = ["STATE", "INSTITUTION", "PERSON", "OTHER"] as const;

export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour is #RRGGBB.").transform((value) => value.toLowerCase());

export const createActorSchema = z
  .object({
    name: plainText(CONTENT_LIMITS.actorName, "A name").pipe(z.string().trim().min(1, "Give the actor a name.")),
    color: hexColorSchema,
    aliases: z.array(z.string().trim().min(1).max(CONTENT_LIMITS.actorAlias)).max(CONTENT_LIMITS.actorAliases, `At most ${CONTENT_LIMITS.actorAliases} aliases.`).default([]),
    description: plainText(CONTENT_LIMITS.actorDescription, "A description").optional(),
    kind: z.enum(ACTOR_KINDS).optional(),
    parentId: idSchema.optional(),
  })
  .strict();
export type CreateActorInput = z.input<typeof createActorSchema>;
