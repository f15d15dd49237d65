import type { Metadata } from "next";
import Link from "next/link";
import { ReviewFilters } from "@/components/review/review-filters";
import { ReviewQueue } from "@/components/review/review-queue";
import { requirePageUser } from "@/lib/auth/session";
import { listActors } from "@/lib/db/actors";
import { countVerdictsInReview, listVerdicts } from "@/lib/db/verdicts";
import { listVerdictsQuerySchema } from "@/lib/validation/verdict";

export const metadata: Metadata = { title: "Review" };

/** Verdicts per page of the queue: each is shown in full, so fewer than other lists. */
const PAGE_SIZE = 20;
/** The article filter offers the articles of this many of the oldest verdicts waiting. */
const ARTICLE_OPTIONS_FROM = 100;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  const actors = await listActors(user);
  // A hand-edited ?actor= naming nobody, or an ?article= that is no id, shows the whole queue rather than an error.
  const actor = actors.some((option) => option.slug === text(raw.actor)) ? text(raw.actor) : undefined;
  const parsed = listVerdictsQuerySchema.safeParse({ status: "in_review", limit: PAGE_SIZE, actor, articleId: text(raw.article), cursor: text(raw.cursor) });
  const query = parsed.success ? parsed.data : listVerdictsQuerySchema.parse({ status: "in_review", limit: PAGE_SIZE, actor });
  const [page, oldest, waiting] = await Promise.all([
    listVerdicts(user, query),
    listVerdicts(user, { status: "in_review", limit: ARTICLE_OPTIONS_FROM }),
    countVerdictsInReview(user),
  ]);

  const articles = new Map([...oldest.items, ...page.items].map((verdict) => [verdict.articleId, verdict.articleTitle]));
  // An article asked for by address may have nothing waiting: it stays selectable (and selected),
  // named by any verdict on it (one row), else described.
  if (query.articleId && !articles.has(query.articleId)) {
    const [any] = (await listVerdicts(user, { articleId: query.articleId, limit: 1 })).items;
    articles.set(query.articleId, any?.articleTitle ?? "The article in the address");
  }
  const filters = { actor: query.actor, article: query.articleId };
  const nextHref = page.nextCursor && `/review?${new URLSearchParams({ ...(filters.actor ? { actor: filters.actor } : {}), ...(filters.article ? { article: filters.article } : {}), cursor: page.nextCursor })}`;
  const decides = user.role !== "JOURNALIST";

  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Review</h1>
          <p className="lede">
            {waiting === 0 ? "No verdicts are waiting." : `${waiting} ${waiting === 1 ? "verdict is" : "verdicts are"} waiting, oldest first.`}{" "}
            {decides ? (
              <>
                Nobody decides on a verdict they wrote or edited. <kbd>j</kbd>/<kbd>k</kbd> move between verdicts, <kbd>a</kbd> approves, <kbd>r</kbd> requests changes.
              </>
            ) : (
              <>
                Reviewers decide on these verdicts; you can read them here. Your own verdicts, and what reviewers said about them, are under <Link href="/verdicts?mine=1">My verdicts</Link>.
              </>
            )}
          </p>
        </div>
        <ReviewFilters actors={actors.map((option) => ({ value: option.slug, label: option.name }))} articles={[...articles].map(([value, label]) => ({ value, label }))} {...filters} />
      </div>
      {query.cursor && (
        <p>
          <Link href={`/review?${new URLSearchParams({ ...(filters.actor ? { actor: filters.actor } : {}), ...(filters.article ? { article: filters.article } : {}) })}`}>← The oldest waiting</Link>
        </p>
      )}
      <ReviewQueue verdicts={page.items} user={user} />
      {nextHref && (
        <p>
          {/* The queue runs oldest first: the next page holds verdicts submitted later. */}
          <Link href={nextHref}>Submitted later →</Link>
        </p>
      )}
    </main>
  );
}
