// The actor desk's pure pieces: the weekly timeline (every week, zeros included, bounded) and the
// date range every actor-desk query string crosses (ISO dates, from <= to, bounded, blanks ignored).
import { fillWeeks, MAX_TIMELINE_WEEKS, weekOf } from "@/lib/domain/weekly-timeline";
import { actorClaimsQuerySchema, balanceQuerySchema, dateRangeQuerySchema, MAX_RANGE_DAYS, readDateRangeParams } from "@/lib/validation/actor-summary";

describe("weekly timeline", () => {
  it("names a week by its Monday, in UTC", () => {
    expect(weekOf(new Date("2026-03-01T23:59:59Z"))).toBe("2026-02-23");
    expect(weekOf(new Date("2026-03-02T00:00:00Z"))).toBe("2026-03-02");
    expect(weekOf(new Date("2026-03-08T12:00:00Z"))).toBe("2026-03-02");
  });

  it("fills the weeks between the first and last with zeros", () => {
    expect(fillWeeks([{ week: "2026-03-16", claims: 2 }, { week: "2026-03-02", claims: 5 }])).toEqual([
      { week: "2026-03-02", claims: 5 },
      { week: "2026-03-09", claims: 0 },
      { week: "2026-03-16", claims: 2 },
    ]);
    expect(fillWeeks([])).toEqual([]);
  });

  it("spans a range given at both ends, even weeks without claims", () => {
    expect(fillWeeks([], { from: new Date("2026-03-04T00:00:00Z"), to: new Date("2026-03-10T00:00:00Z") }).map((week) => week.week)).toEqual(["2026-03-02", "2026-03-09"]);
  });

  it("keeps at most MAX_TIMELINE_WEEKS, the newest", () => {
    const weeks = fillWeeks([{ week: "1950-01-02", claims: 1 }, { week: "2026-03-02", claims: 1 }]);
    expect(weeks).toHaveLength(MAX_TIMELINE_WEEKS);
    expect(weeks[weeks.length - 1]).toEqual({ week: "2026-03-02", claims: 1 });
  });
});

describe("actor desk date range", () => {
  it("reads ISO dates as whole days and date-times as given; blanks mean no bound", () => {
    expect(dateRangeQuerySchema.parse({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: new Date("2026-03-01T00:00:00.000Z"), to: new Date("2026-03-31T23:59:59.999Z") });
    expect(dateRangeQuerySchema.parse({ from: "2026-03-01T10:00:00+02:00" })).toEqual({ from: new Date("2026-03-01T08:00:00.000Z") });
    expect(dateRangeQuerySchema.parse({ from: "", to: "" })).toEqual({});
    expect(balanceQuerySchema.parse({ article: "", from: "2026-01-01" })).toEqual({ from: new Date("2026-01-01T00:00:00.000Z") });
  });

  it("refuses what is not a date, a reversed range, one too long, and years out of reach", () => {
    for (const query of [{ from: "yesterday" }, { to: "2026-02-30" }, { from: "2026-13-01" }, { from: "2026-03-02", to: "2026-03-01" }, { from: "2000-01-01", to: `${2000 + Math.ceil(MAX_RANGE_DAYS / 365) + 1}-01-01` }, { from: "1850-01-01" }, { from: "x".repeat(41) }]) {
      expect(dateRangeQuerySchema.safeParse(query).success).toBe(false);
    }
    expect(dateRangeQuerySchema.safeParse({ from: "2026-03-01", to: "2026-03-01" }).success).toBe(true);
    // Both ends refused at once: a refusal, not a TypeError from the range check.
    expect(dateRangeQuerySchema.safeParse({ from: "1e308", to: "<script>" }).success).toBe(false);
    expect(balanceQuerySchema.safeParse({ from: "2026-01-01", to: "\ud800", article: "abc" }).success).toBe(false);
  });

  it("pages the claim list with the shared limits", () => {
    expect(actorClaimsQuerySchema.parse({ limit: "5", cursor: "abc123" })).toEqual({ limit: 5, cursor: "abc123" });
    expect(actorClaimsQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(actorClaimsQuerySchema.safeParse({ cursor: "not an id" }).success).toBe(false);
  });
});

describe("readDateRangeParams", () => {
  it("gives the range and the raw values back, or the reason and no range", () => {
    expect(readDateRangeParams({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ range: { from: new Date("2026-03-01T00:00:00.000Z"), to: new Date("2026-03-31T23:59:59.999Z") }, from: "2026-03-01", to: "2026-03-31" });
    expect(readDateRangeParams({ from: "2026-04-01", to: "2026-03-01" })).toEqual({ range: {}, from: "2026-04-01", to: "2026-03-01", error: "to is on or after from." });
    expect(readDateRangeParams({ from: ["2026-01-01", "2026-02-01"] })).toEqual({ range: {} });
  });
});
