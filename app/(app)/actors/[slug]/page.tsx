// /actors/[slug]: one actor's desk page: who it is and who speaks for it, its figures, claims per
// week, its verdicts by rating beside the other actors', and its newest claims, over an optional
// date range (?from=&to=, a plain GET form). An actor's id in the address redirects to its slug.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ActorClaimList } from "@/components/actor-desk/actor-claim-list";
import { ActorCounts } from "@/components/actor-desk/actor-counts";
import { DateRangeForm } from "@/components/actor-desk/date-range-form";
import { RatingDistributionChart } from "@/components/actor-desk/rating-distribution-chart";
import { WeeklyTimelineChart } from "@/components/actor-desk/weekly-timeline-chart";
import { requirePageUser } from "@/lib/auth/session";
import { findActorByAddress, getActorSummary, listActorClaims, SUMMARY_CLAIMS } from "@/lib/db/actor-summary";
import { isAppError } from "@/lib/errors/app-error";
import { readDateRangeParams } from "@/lib/validation/actor-summary";
import { idSchema } from "@/lib/validation/id";

/** `path` with the query, if any. */
const withQuery = (path: string, query: Record<string, string>) => (Object.keys(query).length ? `${path}?${new URLSearchParams(query)}` : path);

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const KIND_LABELS: Record<string, string> = { state: "State", institution: "Institution", person: "Person", other: "Other" };

/** The actor the address names, once per request (the title and the page both need it). */
const loadActor = cache(async (slug: string) => {
  const user = await requirePageUser();
  if (!/^[a-z0-9-]{1,100}$/i.test(slug)) notFound();
  const actor = await findActorByAddress(user, slug).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, actor };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { actor } = await loadActor((await params).slug);
  return { title: actor.name };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { user, actor } = await loadActor(slug);
  const raw = await searchParams;
  const { range, from, to, error } = readDateRangeParams(raw);
  const rangeParams = { ...(from && !error ? { from } : {}), ...(to && !error ? { to } : {}) };
  if (actor.slug !== slug) redirect(withQuery(`/actors/${actor.slug}`, rangeParams));

  const cursor = idSchema.safeParse(raw.cursor);
  const summary = await getActorSummary(user, actor.id, range);
  const claims = cursor.success ? await listActorClaims(user, actor.id, { ...range, cursor: cursor.data, limit: SUMMARY_CLAIMS }) : summary.claims;
  const { parent, children } = summary.actor;
  const name = summary.actor.name;

  return (
    <main className="page actor-page">
      <div className="page-header">
        <div>
          <p className="breadcrumb">
            <Link href="/actors">Actors</Link>
          </p>
          <h1>
            <span className="actor-swatch" style={{ backgroundColor: summary.actor.color }} aria-hidden="true" />
            {name}
          </h1>
          <p className="lede">
            {KIND_LABELS[summary.actor.kind] ?? summary.actor.kind}
            {summary.actor.description && <> · {summary.actor.description}</>}
          </p>
          {parent && (
            <p>
              Speaks for <Link href={`/actors/${parent.slug}`}>{parent.name}</Link>
            </p>
          )}
          {children.length > 0 && (
            <p>
              Speaking for it:{" "}
              {children.map((child, index) => (
                <span key={child.id}>
                  {index > 0 && ", "}
                  <Link href={`/actors/${child.slug}`}>{child.name}</Link>
                </span>
              ))}{" "}
              <span className="muted">(their claims count here too)</span>
            </p>
          )}
        </div>
        <Link className="button button-secondary" href={withQuery("/balance", rangeParams)}>
          Balance of all actors
        </Link>
      </div>

      <DateRangeForm action={`/actors/${actor.slug}`} from={from} to={to} error={error} />
      <ActorCounts counts={summary.counts} hasChildren={children.length > 0} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Claims per week</h2>
        <WeeklyTimelineChart id="timeline" weeks={summary.timeline} color={summary.actor.color} actorName={name} />
      </section>

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Verdicts by rating, beside the other actors</h2>
        <RatingDistributionChart id="ratings" rows={[{ actor: summary.actor, approvedVerdicts: summary.counts.approvedVerdicts, ratings: summary.ratings }, ...summary.comparison]} />
      </section>

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{cursor.success ? "Older claims" : "Newest claims"}</h2>
        <ActorClaimList claims={claims.items} actorId={actor.id} actorName={name} />
        <p className="pager">
          {cursor.success && <Link href={withQuery(`/actors/${actor.slug}`, rangeParams)}>← Newest claims</Link>}
          {claims.nextCursor && <Link href={withQuery(`/actors/${actor.slug}`, { ...rangeParams, cursor: claims.nextCursor })}>Older claims →</Link>}
        </p>
      </section>
    </main>
  );
}
