"use server";
// Admin user management from the /admin/users page. Permission checks live in lib/db/users.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUser, updateUser, type UserView } from "@/lib/db/users";
import { createUserSchema, newPasswordSchema, roleSchema } from "@/lib/validation/user";
import { idSchema } from "@/lib/validation/id";
import { formFields, runAction, type ActionResult } from "./action-result";

export async function createUserAction(_previous: ActionResult<UserView> | null, formData: FormData): Promise<ActionResult<UserView>> {
  const result = await runAction(createUserSchema, formFields(formData), (user, data) => createUser(user, data));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

const changeRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export async function changeRoleAction(_previous: ActionResult<UserView> | null, formData: FormData): Promise<ActionResult<UserView>> {
  const result = await runAction(changeRoleSchema, formFields(formData), (user, { userId, role }) => updateUser(user, userId, { role }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

const setDisabledSchema = z.object({ userId: idSchema, disabled: z.enum(["true", "false"]).transform((value) => value === "true") });
export async function setDisabledAction(_previous: ActionResult<UserView> | null, formData: FormData): Promise<ActionResult<UserView>> {
  const result = await runAction(setDisabledSchema, formFields(formData), (user, { userId, disabled }) => updateUser(user, userId, { disabled }));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

const resetPasswordFormSchema = z.object({ userId: idSchema, password: newPasswordSchema });
export async function resetPasswordAction(_previous: ActionResult<UserView> | null, formData: FormData): Promise<ActionResult<UserView>> {
  return runAction(resetPasswordFormSchema, formFields(formData), (user, { userId, password }) => updateUser(user, userId, { password }));
}
