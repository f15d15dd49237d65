import type { Metadata } from "next";
import Link from "next/link";
import { ClaimSearchForm, type ClaimSearchFormValues } from "@/components/claims/claim-search-form";
import { ClaimSearchResults } from "@/components/claims/claim-search-results";
import { requirePageUser } from "@/lib/auth/session";
import { countClaims, EXPORT_CAP, searchClaims } from "@/lib/db/claim-search";
import { listActors } from "@/lib/db/actors";
import { listRatings } from "@/lib/db/ratings";
import { claimSearchParams, claimSearchQuerySchema } from "@/lib/validation/claim-search";

export const metadata: Metadata = { title: "Claims" };

const PAGE_SIZE = 25;
const FIELDS = ["q", "actor", "attribution", "status", "rating", "from", "to", "article"] as const;

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const values = Object.fromEntries(FIELDS.map((field) => [field, typeof raw[field] === "string" ? raw[field] : ""])) as ClaimSearchFormValues;
  const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
  const [actors, ratings] = await Promise.all([listActors(user), listRatings(user)]);
  // The same schema as the API: a hand-edited address with a bad value says what is wrong, above the form.
  const parsed = claimSearchQuerySchema.safeParse({ ...values, cursor, limit: PAGE_SIZE });
  const error = parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ");
  const filters = { ...values, limit: PAGE_SIZE };
  const knownActor = !values.actor || actors.some((actor) => actor.slug === values.actor || actor.id === values.actor);
  const run = parsed.success && knownActor;
  const [page, total] = run ? await Promise.all([searchClaims(user, { ...filters, cursor }), countClaims(user, filters)]) : [{ items: [], nextCursor: null }, { count: 0, more: false }];
  const filtered = FIELDS.some((field) => values[field] !== "");
  const params = claimSearchParams(values);
  const nextParams = claimSearchParams({ ...values, cursor: page.nextCursor ?? undefined });

  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Claims</h1>
          <p className="lede">Every claim on the desk, across articles: search what was said, by whom, and how it was rated.</p>
        </div>
      </div>
      <ClaimSearchForm values={values} actors={actors} ratings={ratings} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {!knownActor && (
        <p role="alert" className="field-error">
          No actor is called “{values.actor}”.
        </p>
      )}
      {run && (
        <div className="claim-results-header">
          <p role="status">
            {total.more ? `More than ${total.count.toLocaleString("en-GB")} claims` : `${total.count.toLocaleString("en-GB")} ${total.count === 1 ? "claim" : "claims"}`}
            {cursor ? " · a later page" : ""}
          </p>
          {total.count > 0 && (
            <a className="button button-secondary" href={`/api/v1/claims/export.csv?${params}`} download>
              Download CSV{total.more || total.count > EXPORT_CAP ? ` (first ${EXPORT_CAP.toLocaleString("en-GB")})` : ""}
            </a>
          )}
        </div>
      )}
      {run && <ClaimSearchResults results={page.items} filtered={filtered} />}
      {(cursor || page.nextCursor) && (
        <nav className="form-row" aria-label="Pages">
          {cursor && <Link href={`/claims?${params}`}>← First page</Link>}
          {page.nextCursor && <Link href={`/claims?${nextParams}`}>Next page →</Link>}
        </nav>
      )}
    </main>
  );
}
