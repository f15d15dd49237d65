// The reviewer queue's filters, as a GET form: the URL (?actor=&article=) holds them, so a filtered
// queue can be bookmarked or sent to a colleague, and works without JavaScript.
import Link from "next/link";

type Option = { value: string; label: string };

type Props = { actors: Option[]; articles: Option[]; actor?: string; article?: string };

export function ReviewFilters({ actors, articles, actor, article }: Props) {
  return (
    <form className="search-form review-filters" action="/review" aria-label="Filter the queue">
      <div className="field">
        <label htmlFor="review-actor">Claims by</label>
        <select id="review-actor" name="actor" defaultValue={actor ?? ""}>
          <option value="">All actors</option>
          {actors.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-article">In article</label>
        <select id="review-article" name="article" defaultValue={article ?? ""}>
          <option value="">All articles</option>
          {articles.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button className="button button-secondary" type="submit">
        Filter
      </button>
      {(actor || article) && <Link href="/review">Clear filters</Link>}
    </form>
  );
}
