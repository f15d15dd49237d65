// The Markdown and CSV exports (lib/export/markdown-report, lib/export/csv-report) over the
// report fixture. No CommonMark renderer is installed, so the Markdown is checked as text: what
// must be escaped is escaped, and every link destination is http(s).
import { parse } from "csv-parse/sync";
import { reportFixture, XSS } from "@/__tests__/factories/report";
import { buildCsvReport, CSV_COLUMNS } from "@/lib/export/csv-report";
import { buildMarkdownReport } from "@/lib/export/markdown-report";
import type { Report, ReportClaim } from "@/lib/export/report";

/** The fixture with one claim replaced, for inputs the fixture does not carry. */
function withClaim(report: Report, number: number, change: Partial<ReportClaim>): Report {
  return { ...report, claims: report.claims.map((claim) => (claim.number === number ? { ...claim, ...change } : claim)) };
}

function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true });
}

/** Rows keyed by column name, header dropped. */
function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
}

/** Destinations of inline links and images: `](destination)`. */
function linkDestinations(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]*)\)/g)].map((match) => match[1]);
}

function sectionOfClaim(markdown: string, number: number): string {
  const start = markdown.search(new RegExp(`^#### \\S+ ${number} — `, "m"));
  if (start < 0) throw new Error(`no heading for claim ${number}`);
  const bodyStart = markdown.indexOf("\n", start) + 1;
  const next = markdown.slice(bodyStart).search(/^#{3,4} /m);
  return next < 0 ? markdown.slice(bodyStart) : markdown.slice(bodyStart, bodyStart + next);
}

describe("buildCsvReport", () => {
  const report = reportFixture();

  it("writes the documented header and one row per claim, with CRLF line ends", () => {
    const csv = buildCsvReport(report);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["number", "actor", "speaks for", "quote", "attribution", "note", "start", "end", "anchor status", "rebutted by", "rebuts", "evidence URLs", "verdict status", "rating", "rationale"]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.claims.length + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual(["1", "2", "3", "4"]);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Every line break outside a quoted field is CRLF: none in the fixture is quoted across lines.
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("gives each claim's quote and offsets into the article text, and its speaker and roll-up actor", () => {
    const records = csvRecords(buildCsvReport(report));
    for (const record of records) {
      expect(record.quote).toBe(report.article.text.slice(Number(record.start), Number(record.end)));
    }
    expect(records[1]).toMatchObject({ actor: "Russian Defense Ministry", "speaks for": "Russia", attribution: "Paraphrase", "anchor status": "Exact" });
    expect(records[2].quote).toBe(`called the claim "untrue" and said its forces had not moved`);
  });

  it("names rebuttals in both directions, and the other article for an external one", () => {
    const records = csvRecords(buildCsvReport(report));
    expect(records[0]["rebutted by"]).toBe("3");
    expect(records[2].rebuts).toBe("1");
    expect(records[0].rebuts).toBe("");
    expect(records[2]["rebutted by"]).toBe("");

    const external = { claimId: "clm_x", articleId: "art_x", articleTitle: "Earlier report", actorName: "Armenia", exact: "It was an invasion" };
    const rebutsElsewhere = withClaim(report, 4, { links: [{ id: "lnk_x", kind: "rebuts", fromClaimId: "clm_4", toClaimId: "clm_x", note: "", external }] });
    expect(csvRecords(buildCsvReport(rebutsElsewhere))[3].rebuts).toBe("Armenia: “Earlier report”");
  });

  it("lists evidence URLs, verdict status, rating and rationale, and marks an unapproved verdict", () => {
    const approved = csvRecords(buildCsvReport(report));
    expect(approved[0]).toMatchObject({ "evidence URLs": "https://example.org/satellite?a=1&b=2", "verdict status": "Approved", rating: "Mostly false", rationale: "Satellite images show no movement." });
    expect(approved[3]).toMatchObject({ "verdict status": "", rating: "", rationale: "" });

    const drafts = csvRecords(buildCsvReport(reportFixture({ includesDrafts: true })));
    expect(drafts[3]).toMatchObject({ "verdict status": "In review (not approved)", rating: "Unverifiable", rationale: "No independent source yet." });
  });

  it("starts with a byte order mark only when asked", () => {
    expect(buildCsvReport(report, { bom: true }).startsWith("\uFEFFnumber,")).toBe(true);
    expect(buildCsvReport(report).startsWith("number,")).toBe(true);
    expect(buildCsvReport(report, { bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it("round-trips a cell holding a comma, quotes and line breaks", () => {
    const note = 'Baku, "not Moscow",\r\nsaid so\nand "then" left';
    const csv = buildCsvReport(withClaim(report, 2, { note }));
    expect(csv).toContain(`"Baku, ""not Moscow"",\r\nsaid so\nand ""then"" left"`);
    expect(csvRecords(csv)[1].note).toBe(note);
  });

  it("writes the anchor status in its short form", () => {
    const statuses = ["exact", "moved", "fuzzy", "orphaned"] as const;
    const csv = buildCsvReport({ ...report, claims: statuses.map((anchorStatus, index) => ({ ...report.claims[1], number: index + 1, anchorStatus })) });
    expect(csvRecords(csv).map((record) => record["anchor status"])).toEqual(["Exact", "Moved", "Fuzzy match", "Orphaned"]);
  });

  it("defuses cells that would start a formula and drops non-web evidence URLs", () => {
    const hostile = reportFixture({ hostile: true });
    const records = csvRecords(buildCsvReport(hostile));
    expect(records[3].note).toBe(`'${XSS.formula}`);
    expect(records[0]["evidence URLs"]).toBe("https://example.org/satellite?a=1&b=2");
    expect(buildCsvReport(hostile)).not.toContain(XSS.javascriptUrl);

    const starts = ["+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"];
    const csv = buildCsvReport({ ...report, claims: starts.map((note, index) => ({ ...report.claims[0], number: index + 1, note })) });
    expect(csvRecords(csv).map((record) => record.note)).toEqual(starts.map((note) => `'${note}`));
    // Numbers we generate are untouched.
    expect(csvRecords(csv).map((record) => record.number)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

describe("buildMarkdownReport", () => {
  it("writes the title, the metadata and one heading per roll-up actor with its claims in order", () => {
    const markdown = buildMarkdownReport(reportFixture());
    expect(markdown.startsWith("# Russia accuses Azerbaijan of violating the ceasefire\n")).toBe(true);
    expect(markdown).toContain("- Source: Example Wire\n");
    expect(markdown).toContain("- Published: 2022-03-26\n");
    expect(markdown).toContain("(https://news.example.org/karabakh?id=1&lang=en)");
    expect(markdown).toContain("- Revision: 1\n");
    expect(markdown).toContain("- Exported by Ed Exporter on 2026-12-01 12:00 UTC\n");
    expect(markdown).toContain("- Publisher: [Counterclaim Desk](https://desk.example.org/)\n");

    const actorHeadings = markdown.match(/^### .*$/gm);
    expect(actorHeadings).toEqual(["### Russia", "### Azerbaijan", "### Armenia"]);
    const claimHeadings = markdown.match(/^#### .*$/gm);
    expect(claimHeadings).toEqual(["#### RUS 1 — Russia", "#### RUS 2 — Russian Defense Ministry", "#### AZE 3 — Azerbaijan", "#### ARM 4 — Armenia"]);
    // The ministry's claim sits under Russia, before Azerbaijan's heading.
    expect(markdown.indexOf("#### RUS 2")).toBeLessThan(markdown.indexOf("### Azerbaijan"));
    expect(markdown.indexOf("### Russia")).toBeLessThan(markdown.indexOf("#### RUS 2"));
  });

  it("gives each claim its attribution, quote, note, links in words, evidence and verdict", () => {
    const markdown = buildMarkdownReport(reportFixture());
    const first = sectionOfClaim(markdown, 1);
    expect(first).toContain("*Paraphrase*");
    expect(first).toContain("\n> units of the Azerbaijani armed forces advanced into the zone of the Russian peacekeepers\n");
    expect(first).toContain("Note: Check the map of the zone\\.");
    expect(first).toContain("- Same claim as Russia in “Earlier report”\n");
    expect(first).toContain("- Rebutted by Azerbaijan 3 — Baku denies\n");
    expect(first).toContain("- [Satellite imagery of the Lachin corridor](https://example.org/satellite?a=1&b=2) (Example Imagery");
    expect(first).toContain("**Verdict:** Mostly false\n");
    expect(first).toContain("Satellite images show no movement\\.");
    expect(first).toContain("Author: Jo Journalist; reviewer: Rey Reviewer; approved 2026-11-21");
    expect(first).not.toContain("Not approved");
    expect(sectionOfClaim(markdown, 3)).toContain("- Rebuts Russia 1 — Baku denies");
  });

  it("notes an anchor that is not exact beside the attribution", () => {
    const markdown = buildMarkdownReport(withClaim(withClaim(reportFixture(), 2, { anchorStatus: "fuzzy" }), 4, { anchorStatus: "orphaned" }));
    expect(sectionOfClaim(markdown, 1)).toContain("*Paraphrase*\n");
    expect(sectionOfClaim(markdown, 2)).toContain("*Paraphrase; anchor: Fuzzy match*\n");
    expect(sectionOfClaim(markdown, 4)).toContain("*Paraphrase; anchor: Orphaned*\n");
  });

  it("marks draft verdicts only when the report includes them", () => {
    const withDrafts = buildMarkdownReport(reportFixture({ includesDrafts: true }));
    expect(withDrafts).toContain("> **Includes verdicts that are not approved.**");
    expect(sectionOfClaim(withDrafts, 4)).toContain("**Verdict:** Unverifiable — **Not approved** (In review)");
    expect(withDrafts.match(/Not approved/g)).toHaveLength(1);

    const without = buildMarkdownReport(reportFixture());
    expect(without).not.toContain("Includes verdicts that are not approved");
    expect(without).not.toContain("Not approved");
    expect(without).not.toContain("Unverifiable");
  });

  it("leaves no raw HTML and no non-web link in the hostile fixture", () => {
    const markdown = buildMarkdownReport(reportFixture({ hostile: true, includesDrafts: true }));
    for (const tag of ["<script", "<img", "<svg", "<a ", "<b>", "<javascript:"]) expect(markdown).not.toContain(tag);
    expect(markdown).toContain("# Ceasefire &lt;script&gt;alert\\(\"xss\"\\)&lt;/script&gt;\n");
    expect(markdown).toContain("&lt;img src\\=x onerror\\=\"alert\\(1\\)\"&gt;");
    expect(markdown).toContain("&lt;svg onload\\=alert\\(1\\)&gt;");

    expect(linkDestinations(markdown).length).toBeGreaterThan(0);
    for (const destination of linkDestinations(markdown)) expect(destination).toMatch(/^https?:\/\//);
    // The javascript: URLs are shown as text, escaped, never as destinations.
    expect(markdown).toContain("- Original: javascript:alert\\(1\\)\n");
    expect(markdown).toContain("- bad link (javascript:alert\\(1\\))");
    expect(markdown).not.toMatch(/\]\(\s*<?javascript:/i);
  });

  it("keeps user text from opening blocks, emphasis or links", () => {
    const note = "line one\n# not a heading\n- not a list\n1. not ordered\n    not code *em* _em_ `code` [x](https://evil.example) | a | ~~s~~ &amp;";
    const exact = "first line\n\n> not nested\n=====";
    const markdown = buildMarkdownReport(withClaim(reportFixture(), 2, { note, exact, actor: { ...reportFixture().claims[1].actor, name: "Min\n## istry" } }));
    expect(markdown).toContain(
      "Note: line one \\# not a heading \\- not a list 1\\. not ordered     not code \\*em\\* \\_em\\_ \\`code\\` \\[x\\]\\(https://evil\\.example\\) \\| a \\| \\~\\~s\\~\\~ &amp;amp;\n",
    );
    expect(markdown).toContain("\n> first line\n>\n> &gt; not nested\n> \\=\\=\\=\\=\\=\n");
    expect(markdown).toContain("#### RUS 2 — Min \\#\\# istry\n");
    // Title, "Claims by actor", three actors, four claims: no heading from the user text.
    expect(markdown.match(/^#{1,6} .*$/gm)).toHaveLength(1 + 1 + 3 + 4);
  });

  it("encodes link destinations so nothing in the URL can close the link", () => {
    const evidence = { ...reportFixture().claims[0].evidence[0], url: "https://example.org/a b)(c?x=&copy;", title: "Odd [title]" };
    const markdown = buildMarkdownReport(withClaim(reportFixture(), 1, { evidence: [evidence] }));
    expect(markdown).toContain("- [Odd \\[title\\]](https://example.org/a%20b%29%28c?x=&amp;copy;) (");
    expect(linkDestinations(markdown)).toContain("https://example.org/a%20b%29%28c?x=&amp;copy;");
  });
});
