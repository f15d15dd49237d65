// /articles/[id]/balance: the balance view for one article: per top-level actor, its claims here,
// the rebuttals made and received (across articles too) and how many the desk has checked.
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleHeader } from "@/components/articles/article-header";
import { BalanceTable } from "@/components/actor-desk/balance-table";
import { getBalance } from "@/lib/db/actor-balance";
import { loadArticlePage } from "../load-article";

export const metadata: Metadata = { title: "Balance" };

export default async function ArticleBalancePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, article } = await loadArticlePage((await params).id);
  const balance = await getBalance(user, { articleId: article.id });
  return (
    <main className="page">
      <ArticleHeader article={article} current="balance" />
      <h2>Balance of this article</h2>
      <p className="lede">Claims per actor (with everyone speaking for it), the rebuttals between them, and how many of them the desk has checked.</p>
      <BalanceTable
        rows={balance.rows}
        emptyText={
          <>
            <strong>No claims in this article yet.</strong>
            <p>
              Tag statements in the <Link href={`/articles/${article.id}`}>text view</Link> and each actor&apos;s share appears here.
            </p>
          </>
        }
      />
      <p className="muted">
        “Verdicts started” counts every verdict, drafts included; “Approved” only those a reviewer approved. The same figures over a period: <Link href="/balance">balance of all articles</Link>.
      </p>
    </main>
  );
}
