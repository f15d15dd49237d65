// The heading of an article's pages: title, source and date, and the tabs between its views.
import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import type { ArticleMeta } from "@/lib/db/articles";
import { chromiumPath } from "@/lib/pdf/html-to-pdf";
import { ArticleDetailsForm } from "./article-details-form";
import { ExportMenu } from "./export-menu";
import { RefreshFromSource } from "./refresh-from-source";

const TABS = [
  { key: "text", label: "Text", suffix: "" },
  { key: "map", label: "Claim map", suffix: "/map" },
  { key: "history", label: "History", suffix: "/history" },
  { key: "balance", label: "Balance", suffix: "/balance" },
] as const;

/**
 * `editable`: offer "Edit details" (the text tab does; the map and history show the same heading).
 * `actors`: offer the Export menu, whose import needs the actors to choose a default from.
 */
export function ArticleHeader({ article, current, editable = false, actors }: { article: ArticleMeta; current: (typeof TABS)[number]["key"]; editable?: boolean; actors?: { id: string; name: string }[] }) {
  return (
    <div className="page-header article-header">
      <div>
        <h1>{article.title}</h1>
        <p className="lede">
          {article.source || "Unknown source"}
          {article.publishedAt && <> · {formatDate(article.publishedAt)}</>}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
        <div className="article-actions">
          {editable && <ArticleDetailsForm article={article} />}
          {editable && article.url && <RefreshFromSource articleId={article.id} />}
          {actors && <ExportMenu articleId={article.id} pdfAvailable={chromiumPath() !== null} actors={actors} />}
        </div>
        <nav className="tabs" aria-label="Article views">
          {TABS.map((tab) => (
            <Link key={tab.key} href={`/articles/${article.id}${tab.suffix}`} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          ))}
        </nav>
      </div>
    </div>
  );
}
