// Claim suggestions: what the journalist sends back when accepting or rejecting one. The same schema
// checks the workspace's server action; the suggestion itself comes from the server (lib/db/suggestions).
import { z } from "./zod";
import { offsetSchema, plainText } from "./common";
import { CONTENT_LIMITS } from "./limits";
import { idSchema } from "./id";
import { attributionSchema } from "./claim";

/** The suggestion as it was shown: its span, the proposed actor, why, and how sure. */
const shownSuggestion = {
  start: offsetSchema,
  end: offsetSchema.min(1),
  proposedActorId: idSchema,
  reason: plainText(500, "The reason"),
  confidence: z.number().min(0).max(1),
};

export const suggestionDecisionSchema = z.discriminatedUnion("outcome", [
  z
    .object({
      outcome: z.literal("accepted"),
      ...shownSuggestion,
      /** The actor the claim is for: the proposed one, or the one the journalist switched to. */
      actorId: idSchema,
      attribution: attributionSchema.optional(),
      relayedById: idSchema.optional(),
      note: plainText(CONTENT_LIMITS.note, "A note").optional(),
      /** A claim of this article that the accepted one rebuts (a rebuttal suggestion accepted with it). */
      rebuts: idSchema.optional(),
    })
    .strict()
    .refine((value) => value.end > value.start, { message: "end must be after start.", path: ["end"] }),
  z
    .object({ outcome: z.literal("rejected"), ...shownSuggestion })
    .strict()
    .refine((value) => value.end > value.start, { message: "end must be after start.", path: ["end"] }),
]);
export type SuggestionDecisionInput = z.input<typeof suggestionDecisionSchema>;
