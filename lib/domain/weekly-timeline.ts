// Weekly timelines: the database counts only the weeks that have claims; a chart and its table
// need every week in between, at zero. Weeks start on Monday (PostgreSQL's date_trunc('week')),
// named by that Monday's date (YYYY-MM-DD, UTC). Pure.

export type WeekCount = { week: string; claims: number };

const DAY_MS = 24 * 3600 * 1000;
/** Ten years and a bit: the longest range the API accepts, and the longest timeline drawn. */
export const MAX_TIMELINE_WEEKS = 530;

/** The Monday (UTC) of the week `date` falls in. */
export function weekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every week from the first to the last, zeros included. With both ends of a range given, the
 * timeline spans the range; otherwise it spans the weeks that have claims. At most
 * MAX_TIMELINE_WEEKS, the newest kept.
 */
export function fillWeeks(counts: readonly WeekCount[], range: { from?: Date; to?: Date } = {}): WeekCount[] {
  const sorted = [...counts].sort((a, b) => a.week.localeCompare(b.week));
  const bounded = range.from !== undefined && range.to !== undefined;
  const first = bounded ? weekOf(range.from!) : sorted[0]?.week;
  const last = bounded ? weekOf(range.to!) : sorted[sorted.length - 1]?.week;
  if (!first || !last) return [];
  const byWeek = new Map(sorted.map((count) => [count.week, count.claims]));
  const end = Date.parse(`${last}T00:00:00Z`);
  const start = Math.max(Date.parse(`${first}T00:00:00Z`), end - (MAX_TIMELINE_WEEKS - 1) * 7 * DAY_MS);
  const weeks: WeekCount[] = [];
  for (let time = start; time <= end; time += 7 * DAY_MS) {
    const week = new Date(time).toISOString().slice(0, 10);
    weeks.push({ week, claims: byWeek.get(week) ?? 0 });
  }
  return weeks;
}
