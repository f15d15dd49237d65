// Verdicts and the rating scale: drafting and editing a verdict, the review decisions, the
// reviewer queue's query, and an admin's edits of a rating. Shared by the API, server actions and forms.
import { z } from "./zod";
import { VERDICT_STATUSES } from "@/lib/domain/verdict-workflow";
import { docToCanonicalText } from "@/lib/editor/canonical-text";
import { apiEnum, plainText, sanitisedDocSchema, versionSchema } from "./common";
import { CONTENT_LIMITS, VERDICT_LIMITS } from "./limits";
import { idSchema } from "./id";
import { paginationSchema } from "./pagination";

/** A rating by its key ("mostly-false"): keys are stable, labels are what admins rename. */
export const ratingKeySchema = z
  .string()
  .trim()
  .min(1, "Choose a rating.")
  .max(VERDICT_LIMITS.ratingKey, "That is not a rating.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "That is not a rating.");
export const ratingKeyParamsSchema = z.object({ key: ratingKeySchema });

/** ClaimReview's claimReviewed: one short line (blank while drafting; required to submit). */
export const claimSummarySchema = plainText(VERDICT_LIMITS.claimSummary, "The claim summary")
  .transform((value) => value.trim())
  .refine((value) => !/[\r\n]/.test(value), "The claim summary is one line.");

/**
 * The rationale as a Tiptap document, checked exactly as an article body is (lib/editor's schema;
 * unknown nodes and non-web links are refused or dropped), with its own size limit. It may be empty
 * while drafting (the editor's empty document is one empty paragraph); submitting needs text.
 */
export const rationaleDocSchema = sanitisedDocSchema().superRefine((doc, context) => {
    if (docToCanonicalText(doc).length > VERDICT_LIMITS.rationaleText) context.addIssue({ code: "custom", message: `The rationale has at most ${VERDICT_LIMITS.rationaleText} characters.` });
  });

const reliesOnSchema = (what: string) =>
  z
    .array(idSchema)
    .max(VERDICT_LIMITS.reliesOn, `A verdict relies on at most ${VERDICT_LIMITS.reliesOn} ${what}.`)
    .transform((ids) => [...new Set(ids)]);

/**
 * Draft a verdict on a claim, or edit it. Fields left out keep their value; `version` is required
 * once the verdict exists (without it the save is a 409 carrying the existing verdict).
 * `reliesOnLinkIds` and `reliesOnEvidenceIds` are chosen from the claim's own links and evidence.
 */
export const saveVerdictSchema = z
  .object({
    claimSummary: claimSummarySchema.optional(),
    rating: ratingKeySchema,
    rationale: rationaleDocSchema.nullable().optional(),
    reliesOnLinkIds: reliesOnSchema("links").optional(),
    reliesOnEvidenceIds: reliesOnSchema("pieces of evidence").optional(),
    version: versionSchema.optional(),
  })
  .strict();
export type SaveVerdictInput = z.input<typeof saveVerdictSchema>;

/** Submit, approve: the version the person acting has read. */
export const decideSchema = z.object({ version: versionSchema }).strict();
export type DecideInput = z.input<typeof decideSchema>;
export const submitVerdictSchema = decideSchema;

const commentSchema = (label: string, missing: string) => plainText(VERDICT_LIMITS.comment, label).pipe(z.string().trim().min(1, missing));

/** Sending a verdict back needs a comment saying what to change. */
export const requestChangesSchema = z.object({ version: versionSchema, comment: commentSchema("A comment", "Say what needs to change.") }).strict();
export type RequestChangesInput = z.input<typeof requestChangesSchema>;

/** Reopening an approved verdict (admins) needs a reason; `version` is checked when sent. */
export const reopenSchema = z.object({ reason: commentSchema("A reason", "Give a reason to reopen the verdict."), version: versionSchema.optional() }).strict();
export type ReopenInput = z.input<typeof reopenSchema>;

/** ?mine=true|false|1|0 from a query string, or a boolean from a form or action. */
const booleanish = z.union([z.boolean(), z.enum(["true", "false", "1", "0"], { message: "mine is true or false." })]).transform((value) => value === true || value === "true" || value === "1");

/** The reviewer queue is `?status=in_review` (oldest first); other lists are most recently changed first. */
export const listVerdictsQuerySchema = paginationSchema.extend({
  status: apiEnum(VERDICT_STATUSES, "status is draft, in_review, approved or changes_requested.").optional(),
  /** Verdicts on claims by this actor or anyone speaking for it (id, name or alias). */
  actor: z.string().trim().min(1).max(CONTENT_LIMITS.actorName).optional(),
  articleId: idSchema.optional(),
  /** Only verdicts I wrote. */
  mine: booleanish.optional(),
});
export type ListVerdictsQuery = z.input<typeof listVerdictsQuerySchema>;

/** An admin renames a rating or rewrites its definition (its key, value and colour stay). */
export const updateRatingSchema = z
  .object({
    label: plainText(VERDICT_LIMITS.ratingLabel, "A label").pipe(z.string().trim().min(1, "Give the rating a label.")).optional(),
    definition: plainText(VERDICT_LIMITS.ratingDefinition, "A definition").pipe(z.string().trim().min(1, "Define the rating in one line.")).optional(),
  })
  .strict()
  .refine((value) => value.label !== undefined || value.definition !== undefined, "Send a label or a definition.");
export type UpdateRatingInput = z.input<typeof updateRatingSchema>;
