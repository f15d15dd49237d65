"use client";
// "Rebut…": link the selected claim to another claim, of this article or (rebuts and same claim
// only) of another one found by searching, or select the rebutting text in the article instead.
import { useState } from "react";
import { FormButtons } from "@/components/ui/form-buttons";
import { actorShortLabel } from "@/lib/domain/default-actors";
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { ClaimSearchResult } from "@/lib/db/claim-search";
import type { ActorView } from "@/lib/db/actors";
import { searchClaimsAction } from "@/lib/actions/annotations";
import { ActorSelect } from "./actor-select";

export type LinkKindInput = "rebuts" | "supports" | "qualifies" | "same_claim";
const KIND_LABELS: Record<LinkKindInput, string> = { rebuts: "rebuts", supports: "supports", qualifies: "qualifies", same_claim: "is the same claim as" };
const CROSS_ARTICLE: LinkKindInput[] = ["rebuts", "same_claim"];

type Props = {
  claim: ClaimDetail;
  others: ClaimDetail[];
  numbers: Map<string, number>;
  actors: ActorView[];
  busy: boolean;
  onLink: (targetClaimId: string, kind: LinkKindInput) => void;
  /** Start "select the text that rebuts this claim" mode in the article. */
  onRebutBySelection: () => void;
  onCancel: () => void;
};

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

export function LinkForm({ claim, others, numbers, actors, busy, onLink, onRebutBySelection, onCancel }: Props) {
  const [where, setWhere] = useState<"here" | "elsewhere">(others.length > 0 ? "here" : "elsewhere");
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const [kind, setKind] = useState<LinkKindInput>("rebuts");
  const [query, setQuery] = useState("");
  const [actor, setActor] = useState("");
  const [results, setResults] = useState<ClaimSearchResult[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const kinds = where === "here" ? (Object.keys(KIND_LABELS) as LinkKindInput[]) : CROSS_ARTICLE;

  const search = async () => {
    const result = await searchClaimsAction({ q: query || undefined, actor: actor || undefined, limit: 20 });
    setSearchError(result.ok ? null : result.error.message);
    const found = result.ok ? result.data.items.filter((item) => item.article.id !== claim.articleId) : [];
    setResults(found);
    setTarget(found[0]?.id ?? "");
  };

  return (
    <form
      className="panel-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) onLink(target, kinds.includes(kind) ? kind : "rebuts");
      }}
    >
      <button type="button" className="button button-secondary" onClick={onRebutBySelection}>
        Select the rebutting text in the article
      </button>
      <fieldset className="field">
        <legend>Or link a claim already tagged</legend>
        <label className="inline-choice">
          <input type="radio" name={`link-where-${claim.id}`} checked={where === "here"} onChange={() => (setWhere("here"), setTarget(others[0]?.id ?? ""))} /> in this article
        </label>
        <label className="inline-choice">
          <input type="radio" name={`link-where-${claim.id}`} checked={where === "elsewhere"} onChange={() => (setWhere("elsewhere"), setTarget(results?.[0]?.id ?? ""))} /> in another article
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`link-kind-${claim.id}`}>This claim</label>
        <select id={`link-kind-${claim.id}`} value={kinds.includes(kind) ? kind : "rebuts"} onChange={(event) => setKind(event.target.value as LinkKindInput)}>
          {kinds.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {where === "here" ? (
        others.length === 0 ? (
          <p className="muted">No other claim in this article yet.</p>
        ) : (
          <div className="field">
            <label htmlFor={`link-target-${claim.id}`}>Claim</label>
            <select id={`link-target-${claim.id}`} value={target} onChange={(event) => setTarget(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {actorShortLabel(other.actor.name)} {numbers.get(other.id)}: {shorten(other.exact, 60)}
                </option>
              ))}
            </select>
          </div>
        )
      ) : (
        <div role="search" aria-label="Claims in other articles">
          <div className="field">
            <label htmlFor={`link-q-${claim.id}`}>Words of the claim</label>
            <input
              id={`link-q-${claim.id}`}
              value={query}
              maxLength={200}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void search();
                }
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`link-actor-${claim.id}`}>Said by</label>
            <ActorSelect id={`link-actor-${claim.id}`} actors={actors} value={actor} onChange={setActor} noneLabel="Any actor" />
          </div>
          <button type="button" className="button button-secondary" onClick={() => void search()}>
            Search
          </button>
          {searchError && <p role="alert" className="field-error">{searchError}</p>}
          {results && (
            <fieldset className="field search-results" aria-live="polite">
              <legend>{results.length === 0 ? "No claim in another article matches." : `${results.length} found`}</legend>
              {results.map((result) => (
                <label key={result.id} className="search-result">
                  <input type="radio" name={`link-result-${claim.id}`} checked={target === result.id} onChange={() => setTarget(result.id)} />{" "}
                  <strong>{result.actor.name}</strong>: “{shorten(result.exact, 90)}” <span className="muted">in {shorten(result.article.title, 60)}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
      <FormButtons submitLabel="Link" busy={busy || !target} onCancel={onCancel} />
    </form>
  );
}
