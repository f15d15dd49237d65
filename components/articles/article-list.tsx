// The article list on the home page: title, source, date, claim count; or a helpful empty state.
import Link from "next/link";
import type { ArticleListItem } from "@/lib/db/articles";
import type { ActorView } from "@/lib/db/actors";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { formatDate } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";

export function ArticleList({ articles, actors, query }: { articles: ArticleListItem[]; actors: ActorView[]; query?: string }) {
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  if (articles.length === 0) {
    return (
      <div className="empty-state">
        <h2>{query ? `No articles match “${query}”` : "No articles yet"}</h2>
        <p>
          {query
            ? "Try another word from the title, or clear the search."
            : "Articles you import appear here. Each one becomes a map of who claims what, and who contradicts whom."}
        </p>
        {query ? <Link href="/">Clear the search</Link> : <Link className="button" href="/articles/new">Paste your first article</Link>}
      </div>
    );
  }
  return (
    <Table columns={["Title", "Source", "Published", "Claims by actor"]}>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
            </td>
            <td className="muted">{article.source || "—"}</td>
            <td>{article.publishedAt ? formatDate(article.publishedAt) : <span className="muted">unknown</span>}</td>
            <td>
              <span className="visually-hidden">{article.claimCount} claims: </span>
              {article.claimsByActor.length === 0 ? (
                <span className="muted">none yet</span>
              ) : (
                article.claimsByActor.map(({ actorId, count }) => {
                  const actor = actorById.get(actorId);
                  return (
                    <span key={actorId} className="claim-label actor-count" style={{ backgroundColor: actor?.color ?? "#475569" }} title={`${count} by ${actor?.name ?? "an actor"}`}>
                      {actor ? actorShortLabel(actor.name) : "?"} {count}
                    </span>
                  );
                })
              )}
            </td>
          </tr>
        ))}
    </Table>
  );
}
