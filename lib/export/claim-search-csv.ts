// The CSV of a claim search (GET /api/v1/claims/export.csv): a header line, then one line per claim,
// escaped (and defused against spreadsheet formulas) exactly like the article report's CSV. Pure.
import { formatRow } from "./csv-report";

export const CLAIM_SEARCH_CSV_COLUMNS = ["claim id", "date", "actor", "quote", "attribution", "note", "article", "article id", "verdict status", "rating", "link"] as const;

export type ClaimSearchCsvRow = {
  id: string;
  date: string;
  actor: { name: string };
  exact: string;
  attribution: string;
  note: string;
  article: { id: string; title: string };
  verdict: { status: string; rating: { label: string } | null } | null;
};

export function formatClaimSearchCsvHeader(options: { bom: boolean }): string {
  return `${options.bom ? "\uFEFF" : ""}${formatRow([...CLAIM_SEARCH_CSV_COLUMNS])}`;
}

/** `baseUrl` makes the link column absolute (the claim in its article's workspace). */
export function formatClaimSearchCsvRows(rows: ClaimSearchCsvRow[], baseUrl: string): string {
  return rows
    .map((row) =>
      formatRow([
        row.id,
        row.date.slice(0, 10),
        row.actor.name,
        row.exact,
        row.attribution.replace(/_/g, " "),
        row.note,
        row.article.title,
        row.article.id,
        row.verdict?.status.replace(/_/g, " ") ?? "",
        row.verdict?.rating?.label ?? "",
        `${baseUrl}/articles/${row.article.id}?claim=${row.id}`,
      ]),
    )
    .join("");
}
