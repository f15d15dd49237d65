// User account inputs: sign-in, creation by an admin, role/state changes, password resets.
import { z } from "./zod";
import { ROLES } from "../domain/roles";
import { LIMITS } from "./limits";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email, `An email address has at most ${LIMITS.email} characters.`)
  .pipe(z.email("Enter a valid email address."));

export const newPasswordSchema = z
  .string()
  .min(LIMITS.passwordMin, `A password needs at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `A password has at most ${LIMITS.passwordMax} characters.`);

export const roleSchema = z.enum(ROLES, { message: "Choose Journalist, Reviewer or Admin." });

export const signInSchema = z.object({
  email: emailSchema,
  // No minimum here: a wrong password is answered like any other failed sign-in.
  password: z.string().min(1, "Enter your password.").max(LIMITS.passwordMax, "That password is too long."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(LIMITS.personName, `A name has at most ${LIMITS.personName} characters.`),
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: createUserSchema.shape.name.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: newPasswordSchema.optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, "Nothing to change.");
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ password: newPasswordSchema });
