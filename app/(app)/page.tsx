import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { listArticles } from "@/lib/db/articles";
import { requirePageUser } from "@/lib/auth/session";
import { listArticlesQuerySchema } from "@/lib/validation/article";

export const metadata: Metadata = { title: "Articles" };

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const parsed = listArticlesQuerySchema.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined, cursor: typeof raw.cursor === "string" ? raw.cursor : undefined });
  const query = parsed.success ? parsed.data : listArticlesQuerySchema.parse({});
  const page = await listArticles(user, query);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Articles</h1>
          <p className="lede">Statements and counter-statements, tagged by who made them.</p>
        </div>
        <div className="form-row">
        <form className="search-form" role="search" action="/">
          <label htmlFor="article-search" className="visually-hidden">
            Search articles by title
          </label>
          <input id="article-search" name="q" type="search" placeholder="Search titles" defaultValue={query.q ?? ""} maxLength={200} />
          <button className="button button-secondary" type="submit">
            Search
          </button>
        </form>
        <Link className="button" href="/articles/new">
          New article
        </Link>
        </div>
      </div>
      <ArticleList articles={page.items} query={query.q} />
      {page.nextCursor && (
        <p>
          <Link href={`/?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), cursor: page.nextCursor })}`}>Older articles →</Link>
        </p>
      )}
    </main>
  );
}
