// Claims, rebuttal links and evidence: the inputs of the annotation workspace and its API.
import { z } from "./zod";
import { apiEnum, offsetSchema, plainText, versionSchema, webUrlSchema } from "./common";
import { CONTENT_LIMITS } from "./limits";
import { idSchema } from "./id";

export const ATTRIBUTIONS = ["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCE", "OUTLET_ASSERTION"] as const;
export const LINK_KINDS = ["REBUTS", "SUPPORTS", "QUALIFIES", "SAME_CLAIM"] as const;
export const EVIDENCE_KINDS = ["OFFICIAL_STATEMENT", "MEDIA_REPORT", "OSINT", "IMAGERY", "DOCUMENT", "EXPERT"] as const;
export const STANCES = ["REFUTES", "SUPPORTS", "CONTEXT"] as const;

export const attributionSchema = apiEnum(ATTRIBUTIONS, "attribution is direct_quote, paraphrase, anonymous_source or outlet_assertion.");
/** An actor by id, name or alias ("Moscow" finds Russia). */
const actorRefSchema = z.string().trim().min(1, "Choose an actor.").max(CONTENT_LIMITS.actorName);
const noteSchema = plainText(CONTENT_LIMITS.note, "A note");

const claimFields = {
  actor: actorRefSchema,
  attribution: attributionSchema.optional(),
  relayedBy: actorRefSchema.optional(),
  note: noteSchema.optional(),
  /** The claim this one rebuts: the REBUTS link is created with the claim, in one step. */
  rebuts: idSchema.optional(),
};

/** Where the claim is: offsets in the canonical text, or the quote (with optional context) to find. */
export const createClaimSchema = z.union([
  z.object({ ...claimFields, start: offsetSchema, end: offsetSchema.min(1) }).strict().refine((value) => value.end > value.start, { message: "end must be after start.", path: ["end"] }),
  z
    .object({
      ...claimFields,
      exact: plainText(CONTENT_LIMITS.claimQuote, "The quote").refine((value) => value.trim().length > 0, "The quote is empty."),
      prefix: z.string().max(CONTENT_LIMITS.claimContext * 4).optional(),
      suffix: z.string().max(CONTENT_LIMITS.claimContext * 4).optional(),
    })
    .strict(),
], { message: "Give either start and end, or the exact quote, with an actor." });
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({ version: versionSchema, actor: actorRefSchema.optional(), attribution: attributionSchema.optional(), relayedBy: actorRefSchema.nullable().optional(), note: noteSchema.optional() })
  .strict();
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

export const createLinkSchema = z
  .object({
    targetClaimId: idSchema,
    kind: apiEnum(LINK_KINDS, "kind is rebuts, supports, qualifies or same_claim."),
    note: noteSchema.optional(),
  })
  .strict();
export type CreateLinkInput = z.input<typeof createLinkSchema>;

export const createEvidenceSchema = z
  .object({
    url: webUrlSchema,
    title: plainText(CONTENT_LIMITS.evidenceTitle, "A title").optional(),
    publisher: plainText(CONTENT_LIMITS.publisher, "A publisher").optional(),
    excerpt: plainText(CONTENT_LIMITS.evidenceExcerpt, "An excerpt").optional(),
    kind: apiEnum(EVIDENCE_KINDS, "kind is official_statement, media_report, osint, imagery, document or expert.").optional(),
    stance: apiEnum(STANCES, "stance is refutes, supports or context.").optional(),
    retrievedAt: z.iso.datetime({ message: "retrievedAt is an ISO 8601 time." }).optional(),
  })
  .strict();
export type CreateEvidenceInput = z.input<typeof createEvidenceSchema>;


