"use server";
// Personal API tokens from the /settings/tokens page. Permission checks live in lib/db/api-tokens.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, revokeApiToken, type ApiTokenView } from "@/lib/db/api-tokens";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { idSchema } from "@/lib/validation/id";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function createApiTokenAction(_previous: ActionResult<ApiTokenView & { secret: string }> | null, formData: FormData) {
  const result = await runAction(createApiTokenSchema, formFields(formData), (user, data) => createApiToken(user, data));
  if (result.ok) revalidatePath("/settings/tokens");
  return result;
}

export async function revokeApiTokenAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await runAction(z.object({ tokenId: idSchema }), formFields(formData), async (user, { tokenId }) => {
    await revokeApiToken(user, tokenId);
    return null;
  });
  if (result.ok) revalidatePath("/settings/tokens");
  return result;
}
