// Personal API token inputs.
import { z } from "./zod";
import { LIMITS } from "./limits";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name, e.g. the script that uses it.").max(LIMITS.tokenName, `A token name has at most ${LIMITS.tokenName} characters.`),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
