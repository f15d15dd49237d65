// The date range of the actor desk (actor summary, its claim list, the balance view): ?from=&to=
// as ISO dates or times, both optional, from <= to, at most MAX_RANGE_DAYS apart. A date alone
// means the whole day: to=2026-03-31 includes the 31st. Empty values (a GET form sent with a
// blank field) mean "no bound".
import { z } from "./zod";
import { paginationSchema } from "./pagination";
import { idSchema } from "./id";

/** Ten years: more than any desk's archive, and it keeps the weekly timeline bounded. */
export const MAX_RANGE_DAYS = 3660;
const DAY_MS = 24 * 3600 * 1000;
// Beyond these, a date is a typo (year 20260) rather than a range anyone means.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** An ISO date (YYYY-MM-DD) or date-time; `endOfDay` turns a bare date into its last millisecond. */
function isoBound(name: string, endOfDay: boolean) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(40)
      .refine((value) => z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true }).safeParse(value).success, `${name} is an ISO date (YYYY-MM-DD) or date-time.`)
      .transform((value) => {
        const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
        const time = Date.parse(dateOnly ? `${value}T00:00:00.000Z` : value);
        return new Date(dateOnly && endOfDay ? time + DAY_MS - 1 : time);
      })
      .refine((date) => date.getTime() >= EARLIEST && date.getTime() < LATEST, `${name} is between 1900 and 2200.`)
      .optional(),
  );
}

const rangeShape = { from: isoBound("from", false), to: isoBound("to", true) };

type RangeValue = { from?: Date; to?: Date };

function checkRange(range: RangeValue, context: z.RefinementCtx): void {
  if (!range.from || !range.to) return;
  if (range.from > range.to) context.addIssue({ code: "custom", path: ["to"], message: "to is on or after from." });
  else if (range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * DAY_MS) context.addIssue({ code: "custom", path: ["to"], message: `A range spans at most ${MAX_RANGE_DAYS} days.` });
}

export const dateRangeQuerySchema = z.object(rangeShape).superRefine(checkRange);
export type DateRange = z.output<typeof dateRangeQuerySchema>;

/** GET /api/v1/actors/:id/summary (and the actor page's form). */
export const actorSummaryQuerySchema = dateRangeQuerySchema;

/** GET /api/v1/actors/:id/claims: the newest-first list of the actor's (rolled-up) claims. */
export const actorClaimsQuerySchema = paginationSchema.extend({ ...rangeShape, cursor: idSchema.optional() }).superRefine(checkRange);
export type ActorClaimsQuery = z.output<typeof actorClaimsQuerySchema>;

/** The balance view: one article, or a date range over every article. */
export const balanceQuerySchema = z.object({ ...rangeShape, article: z.preprocess(blankToUndefined, idSchema.optional()) }).superRefine(checkRange);
export type BalanceQuery = z.output<typeof balanceQuerySchema>;
