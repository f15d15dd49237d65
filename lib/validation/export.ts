// GET /api/v1/articles/:id/export: which format, whether unapproved verdicts are included, and
// (for ClaimReview) one verdict's file. The same schema builds the workspace's Export menu links.
import { z } from "./zod";
import { EXPORT_FORMATS } from "@/lib/export/report";
import { idSchema } from "./id";

const flag = z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true");

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `format is one of ${EXPORT_FORMATS.join(", ")}.` }),
  /** Include verdicts that are not approved, each marked as such (html, pdf, md, csv). */
  drafts: flag.optional().default(false),
  /** CSV only: start with a byte-order mark so spreadsheets read UTF-8. */
  bom: flag.optional().default(false),
  /** ClaimReview only: the file for one approved verdict (one review per page, as search engines want). */
  verdict: idSchema.optional(),
  /** html only: show in the browser instead of downloading. */
  inline: flag.optional().default(false),
});
export type ExportQuery = z.input<typeof exportQuerySchema>;

/** POST /api/v1/articles/:id/import?actor=: the actor for annotations whose tags name none. */
export const importQuerySchema = z.object({ actor: z.string().trim().min(1).max(120).optional() });

/** The export endpoint's URL for the workspace's menu: the parameters exportQuerySchema reads. */
export function exportHref(articleId: string, options: { format: (typeof EXPORT_FORMATS)[number]; drafts?: boolean; bom?: boolean; inline?: boolean }): string {
  const params = new URLSearchParams({ format: options.format });
  if (options.drafts) params.set("drafts", "1");
  if (options.bom) params.set("bom", "1");
  if (options.inline) params.set("inline", "1");
  return `/api/v1/articles/${encodeURIComponent(articleId)}/export?${params}`;
}
