// The desk's settings: who publishes the exports (ClaimReview's author). Shared by the admin form,
// its server action and PATCH /api/v1/settings.
import { z } from "./zod";
import { CONTENT_LIMITS } from "./limits";
import { plainText, versionSchema, webUrlSchema } from "./common";

export const updateDeskSettingsSchema = z.object({
  publisherName: plainText(CONTENT_LIMITS.publisher, "The publisher's name")
    .trim()
    .min(1, "Enter the name your fact checks are published under."),
  /** The desk's home page; empty clears it. */
  publisherUrl: z.union([webUrlSchema, z.literal("").transform(() => null), z.null()]).optional(),
  version: versionSchema,
});
export type UpdateDeskSettingsInput = z.input<typeof updateDeskSettingsSchema>;
