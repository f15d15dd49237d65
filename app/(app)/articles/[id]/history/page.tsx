import type { Metadata } from "next";
import { ArticleHeader } from "@/components/articles/article-header";
import { loadArticlePage } from "../load-article";
import { formatDateTime } from "@/components/ui/format-date";
import { listArticleHistory } from "@/lib/db/article-history";
import { Table } from "@/components/ui/table";
import { listSnapshots } from "@/lib/db/page-snapshots";
import { compareRevisions, listRevisions } from "@/lib/db/revisions";
import { RevisionList } from "@/components/articles/revision-list";
import { RevisionCompare } from "@/components/articles/revision-compare";

export const metadata: Metadata = { title: "History" };

export default async function ArticleHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; with?: string }> }) {
  const { user, article } = await loadArticlePage((await params).id);
  const [history, snapshots, revisions] = await Promise.all([listArticleHistory(user, article.id), listSnapshots(user, article.id), listRevisions(user, article.id)]);
  // ?compare=N[&with=M]: revision N against M (default: the current one), older first.
  const query = await searchParams;
  const exists = (value: number) => revisions.some((revision) => revision.number === value);
  const current = revisions.find((revision) => revision.current)?.number ?? 1;
  const [a, b] = [Number(query.compare), query.with ? Number(query.with) : current];
  const comparison = exists(a) && exists(b) && a !== b ? await compareRevisions(user, article.id, Math.min(a, b), Math.max(a, b)) : null;
  return (
    <main className="page">
      <ArticleHeader article={article} current="history" />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revisions</h2>
        <RevisionList articleId={article.id} revisions={revisions} />
        {revisions.length > 2 && (
          <form className="form-row revision-picker" method="get" aria-label="Compare two revisions">
            <label>
              Compare revision{" "}
              <select name="compare" defaultValue={comparison?.from.number ?? revisions[1]?.number}>
                {revisions.map((revision) => (
                  <option key={revision.id}>{revision.number}</option>
                ))}
              </select>
            </label>
            <label>
              with{" "}
              <select name="with" defaultValue={comparison?.to.number ?? current}>
                {revisions.map((revision) => (
                  <option key={revision.id}>{revision.number}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button-secondary">
              Compare
            </button>
          </form>
        )}
        {comparison && <RevisionCompare from={comparison.from} to={comparison.to} diff={comparison.diff} />}
      </section>
      <h2>What happened</h2>
      {history.length === 0 ? (
        <div className="empty-state">
          <p>Nothing has happened to this article yet.</p>
        </div>
      ) : (
        <Table columns={["When", "Who", "What"]}>
            {history.map((entry) => (
              <tr key={entry.id}>
                <td className="muted">{formatDateTime(entry.at)}</td>
                <td>{entry.who}</td>
                <td>{entry.summary.charAt(0).toUpperCase() + entry.summary.slice(1)}</td>
              </tr>
            ))}
        </Table>
      )}
      {snapshots.length > 0 && (
        <section aria-labelledby="archived-pages">
          <h2 id="archived-pages">Archived pages</h2>
          <p className="muted">The source page exactly as it was fetched, each time: what the article said when it was annotated.</p>
          <Table columns={["Fetched", "From", "Revision", "SHA-256", ""]}>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id}>
                <td className="muted">{formatDateTime(snapshot.fetchedAt)}</td>
                <td className="archived-url">{snapshot.finalUrl}</td>
                <td>{snapshot.revisionNumber ?? "unchanged"}</td>
                <td>
                  <code title={snapshot.sha256}>{snapshot.sha256.slice(0, 16)}…</code>
                </td>
                <td>
                  <a href={`/api/v1/snapshots/${snapshot.id}`} download>
                    Download ({Math.max(1, Math.round(snapshot.bytes / 1024))} KB)
                  </a>
                </td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </main>
  );
}
