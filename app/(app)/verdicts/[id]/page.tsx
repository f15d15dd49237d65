import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReopenForm } from "@/components/verdicts/reopen-form";
import { VerdictDetails, claimHref, verdictTitle } from "@/components/verdicts/verdict-details";
import { VerdictTimeline } from "@/components/verdicts/verdict-timeline";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listRatings } from "@/lib/db/ratings";
import { getVerdict, verdictHistory } from "@/lib/db/verdicts";
import { isAppError } from "@/lib/errors/app-error";
import { idSchema } from "@/lib/validation/id";

export const metadata: Metadata = { title: "Verdict history" };

export default async function VerdictHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  // A verdict that does not exist, or whose claim or article is deleted, is simply not found.
  const [verdict, history, ratings] = await Promise.all([getVerdict(user, id), verdictHistory(user, id), listRatings(user)]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const ratingLabels = new Map(ratings.map((rating) => [rating.key, rating.label]));

  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Verdict: {verdictTitle(verdict)}</h1>
          <p className="lede">
            <VerdictBadge status={verdict.status} rating={verdict.rating} /> · <Link href={claimHref(verdict)}>Open the claim in its article</Link>
            {verdict.status === "in_review" && (
              <>
                {" · "}
                <Link href={`/review?article=${verdict.articleId}`}>In the review queue</Link>
              </>
            )}
          </p>
        </div>
        {can(user, "verdict:reopen") && <ReopenForm verdictId={verdict.id} version={verdict.version} approved={verdict.status === "approved"} />}
      </div>
      <section className="card" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="visually-hidden">
          The verdict
        </h2>
        <VerdictDetails verdict={verdict} showReviewer />
        {verdict.lastComment && verdict.status !== "approved" && (
          <blockquote className="reviewer-comment">
            <span className="reviewer-comment-who">Latest comment:</span> {verdict.lastComment}
          </blockquote>
        )}
      </section>
      <h2>History ({history.length})</h2>
      <VerdictTimeline entries={history} ratingLabels={ratingLabels} />
    </main>
  );
}
