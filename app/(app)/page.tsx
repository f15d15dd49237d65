import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { listArticles } from "@/lib/db/articles";
import { listActors } from "@/lib/db/actors";
import { requirePageUser } from "@/lib/auth/session";
import { ARTICLE_VERDICT_FILTERS, listArticlesQuerySchema } from "@/lib/validation/article";

const VERDICT_FILTER_LABELS: Record<(typeof ARTICLE_VERDICT_FILTERS)[number], string> = {
  DRAFT: "Claims with a draft verdict",
  IN_REVIEW: "Claims in review",
  APPROVED: "Claims with an approved verdict",
  CHANGES_REQUESTED: "Claims with changes requested",
  NONE: "Claims not yet checked",
};

export const metadata: Metadata = { title: "Articles" };

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  const parsed = listArticlesQuerySchema.safeParse({ q: text(raw.q), cursor: text(raw.cursor), actor: text(raw.actor), verdict: text(raw.verdict) });
  const actors = await listActors(user);
  const valid = parsed.success ? parsed.data : listArticlesQuerySchema.parse({});
  // A hand-edited ?actor= naming nobody shows the unfiltered list rather than an error.
  const query = valid.actor && !actors.some((actor) => actor.slug === valid.actor) ? { ...valid, actor: undefined } : valid;
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
            Search articles by title and text
          </label>
          <input id="article-search" name="q" type="search" placeholder="Search titles and text" defaultValue={query.q ?? ""} maxLength={200} />
          <label htmlFor="article-actor" className="visually-hidden">
            Only articles with claims by
          </label>
          <select id="article-actor" name="actor" defaultValue={query.actor ?? ""}>
            <option value="">All actors</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.slug}>
                {actor.name}
              </option>
            ))}
          </select>
          <label htmlFor="article-verdict" className="visually-hidden">
            Only articles with a claim whose verdict is
          </label>
          <select id="article-verdict" name="verdict" defaultValue={query.verdict?.toLowerCase() ?? ""}>
            <option value="">Any verdict state</option>
            {ARTICLE_VERDICT_FILTERS.map((state) => (
              <option key={state} value={state.toLowerCase()}>
                {VERDICT_FILTER_LABELS[state]}
              </option>
            ))}
          </select>
          <button className="button button-secondary" type="submit">
            Search
          </button>
        </form>
        <Link className="button" href="/articles/new">
          New article
        </Link>
        </div>
      </div>
      <ArticleList articles={page.items} actors={actors} query={query.q ?? (query.actor ? actors.find((actor) => actor.slug === query.actor)?.name : undefined)} />
      {page.nextCursor && (
        <p>
          <Link href={`/?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.actor ? { actor: query.actor } : {}), ...(query.verdict ? { verdict: query.verdict.toLowerCase() } : {}), cursor: page.nextCursor })}`}>Older articles →</Link>
        </p>
      )}
    </main>
  );
}
