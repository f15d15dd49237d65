// The pure pieces of claim search: the query schema (blank form fields, limits, dates, the opaque
// cursor, parsing twice), snippet marks turned into ranges, and the CSV lines.
import { claimSearchParams, claimSearchQuerySchema, encodeClaimSearchCursor } from "@/lib/validation/claim-search";
import { parseMarkedSnippet, snippetRuns, SNIPPET_START as S, SNIPPET_STOP as E } from "@/lib/domain/marked-snippet";
import { formatClaimSearchCsvHeader, formatClaimSearchCsvRows } from "@/lib/export/claim-search-csv";

describe("claim search query", () => {
  it("treats blank form fields as no filter and upper-cases the enums", () => {
    expect(claimSearchQuerySchema.parse({ q: " ", actor: "", status: "none", attribution: "direct_quote", from: "", limit: "" })).toEqual({ status: "NONE", attribution: "DIRECT_QUOTE", limit: 50 });
  });

  it("refuses bad dates, reversed ranges, limits outside 1..100 and forged cursors", () => {
    for (const input of [{ from: "2026-02-30" }, { to: "26/03/2026" }, { from: "2026-03-02", to: "2026-03-01" }, { limit: "0" }, { limit: "101" }, { cursor: "!!" }, { cursor: "bm90LWpzb24" }, { cursor: encodeClaimSearchCursor({ key: 1, id: "bad id" }) }]) {
      expect(claimSearchQuerySchema.safeParse(input).success).toBe(false);
    }
  });

  it("round-trips a cursor, and a parsed query parses again to itself", () => {
    const cursor = encodeClaimSearchCursor({ key: 0.0607927, id: "clm1" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const once = claimSearchQuerySchema.parse({ q: "tanks", cursor, status: "in_review" });
    expect(once.cursor).toEqual({ key: 0.0607927, id: "clm1" });
    expect(claimSearchQuerySchema.parse(once)).toEqual(once);
  });

  it("writes the query string of a search without blank fields", () => {
    expect(claimSearchParams({ q: "tanks", actor: "", cursor: undefined, limit: 25 }).toString()).toBe("q=tanks&limit=25");
  });
});

describe("snippets", () => {
  it("turns ts_headline's marks into ranges over plain text", () => {
    const snippet = parseMarkedSnippet(`<b>${S}Tanks${E}</b> & ${S}tank${E}s ${E}stray`);
    expect(snippet).toEqual({ text: "<b>Tanks</b> & tanks stray", highlights: [{ start: 3, end: 8 }, { start: 15, end: 19 }] });
    expect(snippetRuns(snippet)).toEqual([
      { text: "<b>", highlighted: false },
      { text: "Tanks", highlighted: true },
      { text: "</b> & ", highlighted: false },
      { text: "tank", highlighted: true },
      { text: "s stray", highlighted: false },
    ]);
  });
});

describe("claim search CSV", () => {
  it("escapes cells and defuses formulas like the report CSV", () => {
    const rows = formatClaimSearchCsvRows(
      [{ id: "c1", date: "2026-03-26T10:00:00.000Z", actor: { name: "Russia" }, exact: '=cmd|"/c calc"', attribution: "direct_quote", note: "a,b", article: { id: "a1", title: "Line\nbreak" }, verdict: { status: "in_review", rating: { label: "False" } } }],
      "https://desk.example",
    );
    expect(formatClaimSearchCsvHeader({ bom: true }).startsWith("\uFEFFclaim id,date,actor,quote")).toBe(true);
    expect(rows).toBe(`c1,2026-03-26,Russia,"'=cmd|""/c calc""",direct quote,"a,b","Line\nbreak",a1,in review,False,https://desk.example/articles/a1?claim=c1\r\n`);
  });
});
