// Revisions of an article's text: saving an edit (with where the editor's position mapping put
// each claim), restoring an old revision, re-attaching an orphaned claim, confirming a changed one.
import { z } from "./zod";
import { articleDocSchema } from "./article";
import { offsetSchema, versionSchema } from "./common";
import { idSchema } from "./id";

export const REVISION_LIMITS = { placements: 10_000 } as const;

const offset = offsetSchema;

/** Where the editor's mapping put a claim in the new text; start === end means its words were deleted. */
export const claimPlacementSchema = z.object({ id: idSchema, start: offset, end: offset }).refine((placement) => placement.end >= placement.start, "end is before start.");
export type ClaimPlacement = z.output<typeof claimPlacementSchema>;

export const saveRevisionSchema = z
  .object({
    body: articleDocSchema,
    /** The revision the edit started from: another one is current by now -> 409. */
    baseRevisionId: idSchema,
    placements: z.array(claimPlacementSchema).max(REVISION_LIMITS.placements).optional(),
  })
  .strict();
export type SaveRevisionInput = z.input<typeof saveRevisionSchema>;

export const revisionParamsSchema = z.object({ id: idSchema, number: z.coerce.number().int().min(1).max(1_000_000) });

export const reattachClaimSchema = z.object({ start: offset, end: offset, version: versionSchema }).strict().refine((range) => range.end > range.start, { message: "Select the words the claim is about.", path: ["end"] });
export type ReattachClaimInput = z.input<typeof reattachClaimSchema>;

export const confirmAnchorSchema = z.object({ version: versionSchema }).strict();

/** GET /api/v1/articles/:id/compare?from=&to=: two revision numbers. */
export const compareQuerySchema = z.object({ from: z.coerce.number().int().min(1).max(1_000_000), to: z.coerce.number().int().min(1).max(1_000_000) });
