// Article list query. (Article creation arrives with the workspace.)
import { z } from "zod";
import { paginationSchema } from "./pagination";
import { LIMITS } from "./limits";

export const listArticlesQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(LIMITS.searchQuery, `A search has at most ${LIMITS.searchQuery} characters.`).optional(),
});
export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;
