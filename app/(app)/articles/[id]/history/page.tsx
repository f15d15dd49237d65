import type { Metadata } from "next";
import { ArticleHeader } from "@/components/articles/article-header";
import { loadArticlePage } from "../load-article";
import { formatDateTime } from "@/components/ui/format-date";
import { listArticleHistory } from "@/lib/db/article-history";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "History" };

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, article } = await loadArticlePage((await params).id);
  const history = await listArticleHistory(user, article.id);
  return (
    <main className="page">
      <ArticleHeader article={article} current="history" />
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
    </main>
  );
}
