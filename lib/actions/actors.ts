"use server";
// Adding an actor from the actors page. Aliases arrive as one comma-separated field.
import { revalidatePath } from "next/cache";
import { createActor, type ActorView } from "@/lib/db/actors";
import { createActorSchema } from "@/lib/validation/actor";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function createActorAction(_previous: ActionResult<ActorView> | null, formData: FormData): Promise<ActionResult<ActorView>> {
  const { aliases = "", description, parentId, ...fields } = formFields(formData);
  const input = {
    ...fields,
    aliases: aliases.split(",").map((alias) => alias.trim()).filter(Boolean),
    ...(description ? { description } : {}),
    ...(parentId ? { parentId } : {}),
  };
  const result = await runAction(createActorSchema, input, (user, data) => createActor(user, data));
  if (result.ok) revalidatePath("/actors");
  return result;
}
