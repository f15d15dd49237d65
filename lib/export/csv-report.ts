// The CSV export (RFC 4180): (Report) -> string, one row per claim in document order, for
// spreadsheets. It owns the column list below, the quoting, and the formula-injection guard.
//
// Columns: number, actor (the precise speaker), speaks for (the roll-up actor), quote,
// attribution, note, start, end (offsets in the article's canonical text), anchor status,
// rebutted by, rebuts (claim numbers, or `Actor: “article title”` for another article, joined by
// "; "), evidence URLs (http(s) only, joined by a space), verdict status ("… (not approved)"
// unless approved), rating, rationale (plain text).
import { createClaimReferenceResolver, type ClaimReferenceResolver } from "./claim-references";
import { isWebUrl, type Report, type ReportClaim } from "./report";
import { ANCHOR_STATUS_SHORT_LABELS, attributionLabel, verdictStatusLabel, type LinkDirection } from "./report-labels";

export const CSV_COLUMNS = ["number", "actor", "speaks for", "quote", "attribution", "note", "start", "end", "anchor status", "rebutted by", "rebuts", "evidence URLs", "verdict status", "rating", "rationale"] as const;

// OWASP's list of characters that make a spreadsheet read a cell as a formula, plus LF, which
// some spreadsheets skip like CR before looking for one.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: defused if it could start a formula, quoted if it holds a comma, quote or line break. */
function formatCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (CRLF-terminated), every cell escaped as above: shared with the claim search export. */
export function formatRow(cells: (string | number)[]): string {
  return `${cells.map(formatCell).join(",")}\r\n`;
}

/** The claims at the other end of this claim's rebuttals, one direction at a time ("from": it rebuts them). */
function listRebuttals(claim: ReportClaim, direction: LinkDirection, referenceOf: ClaimReferenceResolver): string {
  return claim.links
    .filter((link) => link.kind === "rebuts" && link.fromClaimId !== link.toClaimId)
    .map((link) => referenceOf(claim, link))
    .filter((reference) => reference.direction === direction)
    .map(({ other }) => {
      if (!other) return "?";
      return other.number === null ? `${other.actorName}: “${other.externalArticleTitle}”` : String(other.number);
    })
    .join("; ");
}

function listEvidenceUrls(claim: ReportClaim): string {
  // Serialised through URL so a space inside one cannot split it in two.
  return claim.evidence
    .filter((evidence) => isWebUrl(evidence.url))
    .map((evidence) => new URL(evidence.url).href)
    .join(" ");
}

function formatClaimRow(claim: ReportClaim, referenceOf: ClaimReferenceResolver): string {
  const { verdict } = claim;
  const status = verdict ? (verdict.approved ? verdictStatusLabel(verdict.status) : `${verdictStatusLabel(verdict.status)} (not approved)`) : "";
  return formatRow([
    claim.number,
    claim.actor.name,
    claim.rollUpActor.name,
    claim.exact,
    attributionLabel(claim.attribution),
    claim.note,
    claim.start,
    claim.end,
    ANCHOR_STATUS_SHORT_LABELS[claim.anchorStatus],
    listRebuttals(claim, "to", referenceOf),
    listRebuttals(claim, "from", referenceOf),
    listEvidenceUrls(claim),
    status,
    verdict?.rating?.label ?? "",
    verdict?.rationaleText ?? "",
  ]);
}

export function buildCsvReport(report: Report, options: { bom?: boolean } = {}): string {
  const referenceOf = createClaimReferenceResolver(report);
  const rows = [formatRow([...CSV_COLUMNS]), ...report.claims.map((claim) => formatClaimRow(claim, referenceOf))];
  // Excel reads a CSV without a byte order mark as the local code page, not UTF-8.
  return `${options.bom ? "\uFEFF" : ""}${rows.join("")}`;
}
