// The claim search query (/claims page form, GET /api/v1/claims and its CSV export) and its
// opaque cursor. One schema for all three, so the page and the API accept exactly the same filters.
// An HTML GET form sends every field, blank ones as "": a blank field means "no filter".
import { z } from "./zod";
import { apiEnum } from "./common";
import { ATTRIBUTIONS } from "./claim";
import { CONTENT_LIMITS, LIMITS } from "./limits";
import { idSchema } from "./id";
import { paginationSchema } from "./pagination";
import { ratingKeySchema } from "./verdict";
import { VERDICT_STATUSES } from "@/lib/domain/verdict-workflow";

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankAsMissing, schema.optional());

/** A calendar day (UTC), as an <input type="date"> sends it. */
const daySchema = z.iso.date({ message: "Dates are written YYYY-MM-DD." });

/** Where the next page starts: the last row's sort key (rank for a text search, else its time) and id. */
export type ClaimSearchCursor = { key: number | string; id: string };

// base64url of ASCII JSON, with btoa/atob so that this module also runs in the browser.
export function encodeClaimSearchCursor(cursor: ClaimSearchCursor): string {
  return btoa(JSON.stringify([cursor.key, cursor.id])).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const decodeCursorJson = (value: string): unknown => JSON.parse(atob(value.replace(/-/g, "+").replace(/_/g, "/")));

const cursorShape = z.tuple([z.union([z.number().finite(), z.iso.datetime()]), idSchema]);

const encodedCursorSchema = paginationSchema.shape.cursor.unwrap().transform((value, context): ClaimSearchCursor => {
  try {
    const [key, id] = cursorShape.parse(decodeCursorJson(value));
    return { key, id };
  } catch {
    context.addIssue({ code: "custom", message: "cursor is not valid." });
    return z.NEVER;
  }
});

// A parsed query parses again to itself (routes and actions parse, then the data function does): the
// cursor is then already decoded.
const cursorSchema = z.union([encodedCursorSchema, z.object({ key: z.union([z.number().finite(), z.iso.datetime()]), id: idSchema }).strict()]);

export const CLAIM_SEARCH_STATUSES = [...VERDICT_STATUSES, "NONE"] as const;

const filterFields = {
  /** Web-search syntax: words, "a phrase", -excluded. */
  q: optional(z.string().trim().max(LIMITS.searchQuery, `A search has at most ${LIMITS.searchQuery} characters.`).refine((value) => !value.includes("\u0000"), "The search contains a NUL character.")),
  /** An actor by id, slug, name or alias: its claims and those of everyone speaking for it. */
  actor: optional(z.string().trim().max(CONTENT_LIMITS.actorName)),
  attribution: optional(apiEnum(ATTRIBUTIONS, "attribution is direct_quote, paraphrase, anonymous_source or outlet_assertion.")),
  /** The verdict's state, or "none" for claims without a verdict. */
  status: optional(apiEnum(CLAIM_SEARCH_STATUSES, "status is draft, in_review, approved, changes_requested or none.")),
  /** A rating key; a key no rating has finds nothing (ratings are the desk's data, not an enum). */
  rating: optional(ratingKeySchema),
  article: optional(idSchema),
  /** The claim's day: its article's publication day, or the day it was tagged when that is unknown. Both ends included. */
  from: optional(daySchema),
  to: optional(daySchema),
};

const datesInOrder = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;
const DATES_MESSAGE = { message: "from is after to.", path: ["from"] };

export const claimSearchQuerySchema = z
  .object({ ...filterFields, limit: z.preprocess(blankAsMissing, paginationSchema.shape.limit), cursor: optional(cursorSchema) })
  .refine(datesInOrder, DATES_MESSAGE);

/** The CSV download: the same filters, every page (up to a cap). */
export const claimSearchExportQuerySchema = z.object(filterFields).refine(datesInOrder, DATES_MESSAGE);

export type ClaimSearchQueryInput = z.input<typeof claimSearchQuerySchema>;
export type ClaimSearchQuery = z.output<typeof claimSearchQuerySchema>;

/** The query string of a search (for "Next page" links and the CSV link): blank filters left out. */
export function claimSearchParams(query: Partial<Record<keyof ClaimSearchQueryInput, string | number | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(name, String(value));
  return params;
}

export const similarClaimsQuerySchema = z.object({ limit: z.coerce.number().int("limit is a whole number.").min(1, "limit is at least 1.").max(20, "limit is at most 20.").default(5) });
