"use server";
// The actors page's writes: add an actor (a form; aliases arrive as one comma-separated field),
// edit one (with the version it was opened at) and merge one into another. Same zod schemas as
// the JSON API; permission checks live in lib/db/actors.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createActor, mergeActors, updateActor, type ActorView } from "@/lib/db/actors";
import { createActorSchema, mergeActorSchema, updateActorSchema } from "@/lib/validation/actor";
import { idSchema } from "@/lib/validation/id";
import { formFields, runAction, type ActionResult } from "./action-result";

/** The actors page is the one that lists them; other pages read actors afresh on each request. */
function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/actors");
  return result;
}

export async function createActorAction(_previous: ActionResult<ActorView> | null, formData: FormData): Promise<ActionResult<ActorView>> {
  const { aliases = "", description, parentId, ...fields } = formFields(formData);
  const input = {
    ...fields,
    aliases: aliases.split(",").map((alias) => alias.trim()).filter(Boolean),
    ...(description ? { description } : {}),
    ...(parentId ? { parentId } : {}),
  };
  return refreshed(await runAction(createActorSchema, input, (user, data) => createActor(user, data)));
}

const onActor = z.object({ actorId: idSchema });

/** A stale `version` fails with CONFLICT and `error.current`: the actor as it is now. */
export async function updateActorAction(input: { actorId: string; changes: z.input<typeof updateActorSchema> }): Promise<ActionResult<ActorView>> {
  const schema = onActor.extend({ changes: updateActorSchema });
  return refreshed(await runAction(schema, input, (user, data) => updateActor(user, data.actorId, data.changes)));
}

/** Answers with the target actor, which now holds the merged actor's claims and aliases. */
export async function mergeActorAction(input: { actorId: string; merge: z.input<typeof mergeActorSchema> }): Promise<ActionResult<ActorView>> {
  const schema = onActor.extend({ merge: mergeActorSchema });
  return refreshed(await runAction(schema, input, (user, data) => mergeActors(user, data.actorId, data.merge.intoActorId, data.merge.version)));
}
