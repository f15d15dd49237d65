// Cursor pagination query (?limit=1..100, default 50; ?cursor=opaque id), shared by every list.
import { z } from "./zod";
import { LIMITS } from "./limits";

export const paginationSchema = z.object({
  limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is at least 1.").max(100, "limit is at most 100.").default(50),
  cursor: z.string().max(LIMITS.cursor).regex(/^[A-Za-z0-9_-]+$/, "cursor is not valid.").optional(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Builds a page from `limit + 1` rows fetched in order: the extra row only says there is more. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
