// Articles: the list query, creation from pasted text, and metadata edits.
import { z } from "zod";
import { paginationSchema } from "./pagination";
import { CONTENT_LIMITS, LIMITS } from "./limits";
import { plainText, versionSchema, webUrlSchema } from "./common";

export const listArticlesQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(LIMITS.searchQuery, `A search has at most ${LIMITS.searchQuery} characters.`).optional(),
  /** Only articles with a claim by this actor (id, name or alias). */
  actor: z.string().trim().min(1).max(CONTENT_LIMITS.actorName).optional(),
});
export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;

/** A new article from pasted plain text (paragraphs separated by blank lines). */
export const createArticleSchema = z
  .object({
    title: plainText(CONTENT_LIMITS.title, "A title").pipe(z.string().trim().min(1, "Give the article a title.")),
    source: plainText(CONTENT_LIMITS.source, "A source").optional(),
    url: webUrlSchema.optional(),
    publishedAt: z.iso.date({ message: "publishedAt is a date (YYYY-MM-DD)." }).optional(),
    language: z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "language is a language tag such as en or fr-CA.").max(CONTENT_LIMITS.language).optional(),
    text: plainText(CONTENT_LIMITS.articleText, "The article text").refine((value) => value.trim().length > 0, "Paste the article text."),
  })
  .strict();
export type CreateArticleInput = z.input<typeof createArticleSchema>;

export const updateArticleSchema = z
  .object({
    version: versionSchema,
    title: createArticleSchema.shape.title.optional(),
    source: createArticleSchema.shape.source,
    url: webUrlSchema.nullable().optional(),
    publishedAt: z.iso.date().nullable().optional(),
    language: createArticleSchema.shape.language,
  })
  .strict();
export type UpdateArticleInput = z.input<typeof updateArticleSchema>;
