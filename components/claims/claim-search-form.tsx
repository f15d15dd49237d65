// The /claims filters as a plain GET form: it works without JavaScript, every field is labelled, and
// the actor select shows the hierarchy (ministries and spokespeople under their state).
import type { ActorView } from "@/lib/db/actors";
import type { RatingView } from "@/lib/db/ratings";
import { actorTree } from "@/lib/domain/actor-hierarchy";
import { ATTRIBUTION_LABELS } from "@/lib/domain/claim-types";
import { verdictStatusLabel } from "@/lib/domain/verdict-workflow";
import { ATTRIBUTIONS } from "@/lib/validation/claim";
import { VERDICT_STATUSES } from "@/lib/domain/verdict-workflow";
import { LIMITS } from "@/lib/validation/limits";

/** The form's current values, as the address spelled them (blank when unset). */
export type ClaimSearchFormValues = { q: string; actor: string; attribution: string; status: string; rating: string; from: string; to: string; article: string };

type Props = { values: ClaimSearchFormValues; actors: ActorView[]; ratings: RatingView[] };

export function ClaimSearchForm({ values, actors, ratings }: Props) {
  return (
    <form className="claim-search-form" role="search" aria-label="Claims" action="/claims" method="get">
      <div className="field claim-search-words">
        <label htmlFor="claims-q">Words</label>
        <input id="claims-q" name="q" type="search" defaultValue={values.q} maxLength={LIMITS.searchQuery} placeholder='e.g. shelled villages, "line of contact", -drill' aria-describedby="claims-q-help" />
        <small id="claims-q-help" className="muted">
          In quotes, notes and verdict rationales. “Quotes” for a phrase, a minus to leave a word out.
        </small>
      </div>
      <div className="field">
        <label htmlFor="claims-actor">Said by</label>
        <select id="claims-actor" name="actor" defaultValue={values.actor} aria-describedby="claims-actor-help">
          <option value="">Any actor</option>
          {actorTree(actors).map(({ actor, depth }) => (
            <option key={actor.id} value={actor.slug}>
              {"\u2003".repeat(depth)}
              {depth > 0 ? "↳ " : ""}
              {actor.name}
            </option>
          ))}
        </select>
        <small id="claims-actor-help" className="muted">
          Includes everyone speaking for it.
        </small>
      </div>
      <div className="field">
        <label htmlFor="claims-attribution">Attribution</label>
        <select id="claims-attribution" name="attribution" defaultValue={values.attribution}>
          <option value="">Any</option>
          {ATTRIBUTIONS.map((attribution) => (
            <option key={attribution} value={attribution.toLowerCase()}>
              {ATTRIBUTION_LABELS[attribution]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="claims-status">Verdict</label>
        <select id="claims-status" name="status" defaultValue={values.status}>
          <option value="">Any state</option>
          {VERDICT_STATUSES.map((status) => (
            <option key={status} value={status.toLowerCase()}>
              {verdictStatusLabel(status)}
            </option>
          ))}
          <option value="none">No verdict yet</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="claims-rating">Rating</label>
        <select id="claims-rating" name="rating" defaultValue={values.rating}>
          <option value="">Any rating</option>
          {ratings.map((rating) => (
            <option key={rating.key} value={rating.key}>
              {rating.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="claims-from">From</label>
        <input id="claims-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div className="field">
        <label htmlFor="claims-to">To</label>
        <input id="claims-to" name="to" type="date" defaultValue={values.to} />
      </div>
      {values.article && <input type="hidden" name="article" value={values.article} />}
      <div className="claim-search-actions">
        <button className="button" type="submit">
          Search
        </button>
        <a href="/claims">Clear</a>
      </div>
    </form>
  );
}
