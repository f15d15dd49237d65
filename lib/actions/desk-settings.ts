"use server";
// The desk settings form (/admin/settings): same schema as PATCH /api/v1/settings; lib/db checks it is an admin.
import { revalidatePath } from "next/cache";
import { updateDeskSettings, type DeskSettingsView } from "@/lib/db/desk-settings";
import { updateDeskSettingsSchema } from "@/lib/validation/desk-settings";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function updateDeskSettingsAction(_previous: ActionResult<DeskSettingsView> | null, formData: FormData): Promise<ActionResult<DeskSettingsView>> {
  const { version, ...fields } = formFields(formData);
  const result = await runAction(updateDeskSettingsSchema, { ...fields, version: Number(version) }, (user, data) => updateDeskSettings(user, data));
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}
