// Articles: the list query, creation from pasted text, and metadata edits.
import { z } from "./zod";
import { paginationSchema } from "./pagination";
import { CONTENT_LIMITS, LIMITS } from "./limits";
import { apiEnum, plainText, sanitisedDocSchema, versionSchema, webUrlSchema } from "./common";
import { idSchema } from "./id";
import { docToCanonicalText } from "@/lib/editor/canonical-text";

export const ARTICLE_VERDICT_FILTERS = ["DRAFT", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "NONE"] as const;

export const listArticlesQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(LIMITS.searchQuery, `A search has at most ${LIMITS.searchQuery} characters.`).optional(),
  /** Only articles with a claim by this actor (id, name or alias), or by someone speaking for it. */
  actor: z.string().trim().min(1).max(CONTENT_LIMITS.actorName).optional(),
  /** Only articles with a claim whose verdict is in this state ("none": a claim not yet checked). */
  verdict: apiEnum(ARTICLE_VERDICT_FILTERS, "verdict is draft, in_review, approved, changes_requested or none.").optional(),
});
export type ListArticlesQuery = z.input<typeof listArticlesQuerySchema>;

/**
 * An article body as a Tiptap document (rich text pasted in the browser editor, or sent by a
 * script). Only the article schema survives; anything else is refused with a message.
 */
export const articleDocSchema = sanitisedDocSchema().superRefine((doc, context) => {
    const length = docToCanonicalText(doc).length;
    if (length === 0) context.addIssue({ code: "custom", message: "Paste the article text." });
    if (length > CONTENT_LIMITS.articleText) context.addIssue({ code: "custom", message: `The article text has at most ${CONTENT_LIMITS.articleText} characters.` });
  });

/** A new article from pasted plain text (paragraphs separated by blank lines) or a document. */
export const createArticleSchema = z
  .object({
    title: plainText(CONTENT_LIMITS.title, "A title").pipe(z.string().trim().min(1, "Give the article a title.")),
    source: plainText(CONTENT_LIMITS.source, "A source").optional(),
    url: webUrlSchema.optional(),
    publishedAt: z.iso.date({ message: "publishedAt is a date (YYYY-MM-DD)." }).optional(),
    language: z.string().trim().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "language is a language tag such as en or fr-CA.").max(CONTENT_LIMITS.language).optional(),
    text: plainText(CONTENT_LIMITS.articleText, "The article text").refine((value) => value.trim().length > 0, "Paste the article text.").optional(),
    body: articleDocSchema.optional(),
    /** The archived page (POST /api/v1/imports with a URL) this article's text came from. */
    snapshotId: idSchema.optional(),
  })
  .strict()
  .superRefine((article, context) => {
    if (article.text === undefined && article.body === undefined) context.addIssue({ code: "custom", path: ["text"], message: "Paste the article text." });
    if (article.text !== undefined && article.body !== undefined) context.addIssue({ code: "custom", path: ["body"], message: "Send the text or the document, not both." });
  });
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
