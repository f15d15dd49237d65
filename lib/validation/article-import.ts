// Importing an article: what the preview accepts (a URL to fetch, HTML or text pasted or read from
// a file, or a .docx as base64).
// Shared by the import form and POST /api/v1/imports.
import { z } from "./zod";
import { plainText, webUrlSchema } from "./common";

export const IMPORT_LIMITS = {
  /** Characters of pasted or uploaded HTML or text (a long news page with its markup). */
  htmlChars: 5_000_000,
  /** Bytes of an uploaded .docx, before base64. */
  docxBytes: 5_000_000,
  fileName: 255,
} as const;

const base64 = z
  .string()
  .max(Math.ceil(IMPORT_LIMITS.docxBytes / 3) * 4 + 4, `A document has at most ${IMPORT_LIMITS.docxBytes / 1_000_000} MB.`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The document is not base64.");

export const importPreviewSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: webUrlSchema }).strict(),
  z.object({ kind: z.literal("html"), html: plainText(IMPORT_LIMITS.htmlChars, "The HTML").min(1, "The file is empty."), url: webUrlSchema.optional(), fileName: z.string().max(IMPORT_LIMITS.fileName).optional() }).strict(),
  z.object({ kind: z.literal("text"), text: plainText(IMPORT_LIMITS.htmlChars, "The text").min(1, "The file is empty."), fileName: z.string().max(IMPORT_LIMITS.fileName).optional() }).strict(),
  z.object({ kind: z.literal("docx"), docx: base64.min(1, "The file is empty."), fileName: z.string().max(IMPORT_LIMITS.fileName).optional() }).strict(),
]);
export type ImportPreviewInput = z.input<typeof importPreviewSchema>;

