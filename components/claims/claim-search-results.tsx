// The results of a claim search: each claim with its actor, its article (a link into the workspace
// at that claim), its verdict, and where the words matched; or an empty state that says what to try.
import Link from "next/link";
import type { ClaimSearchResult } from "@/lib/db/claim-search";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDate } from "@/components/ui/format-date";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/domain/claim-types";
import { SearchSnippet } from "./search-snippet";

type Props = { results: ClaimSearchResult[]; filtered: boolean };

export function ClaimSearchResults({ results, filtered }: Props) {
  if (results.length === 0) {
    return (
      <div className="empty-state">
        <h2>{filtered ? "No claim matches these filters" : "No claims yet"}</h2>
        <p>{filtered ? "Try fewer words, another actor (a state includes its ministries and spokespeople), or a wider date range." : "Claims tagged in articles appear here, searchable across the whole desk."}</p>
        {filtered && <Link href="/claims">Clear the filters</Link>}
      </div>
    );
  }
  return (
    <ol className="claim-results">
      {results.map((result) => (
        <li key={result.id} className="claim-result">
          <p className="claim-result-meta">
            <span className="claim-label claim-result-actor" style={{ backgroundColor: result.actor.color }}>
              {result.actor.name}
            </span>{" "}
            <span className="muted">
              {ATTRIBUTION_LABELS[result.attribution.toUpperCase() as Attribution]} · {formatDate(result.date)} ·
            </span>{" "}
            {result.verdict ? <VerdictBadge status={result.verdict.status} rating={result.verdict.rating} /> : <span className="muted">not checked</span>}
          </p>
          <p className="claim-result-quote">
            <Link href={`/articles/${result.article.id}?claim=${result.id}`}>
              “<SearchSnippet snippet={result.snippet} />”
            </Link>
          </p>
          {result.context && (
            <p className="claim-result-context">
              <span className="muted">Note or rationale: </span>…<SearchSnippet snippet={result.context} />…
            </p>
          )}
          <p className="claim-result-article muted">in {result.article.title}</p>
        </li>
      ))}
    </ol>
  );
}
