import type { Metadata } from "next";
import Link from "next/link";
import { GROUP_ORDER, VerdictGroups, type VerdictGroup } from "@/components/verdicts/verdict-groups";
import { requirePageUser } from "@/lib/auth/session";
import { listVerdicts } from "@/lib/db/verdicts";
import { verdictStatusLabel, type ApiVerdictStatus } from "@/lib/domain/verdict-workflow";
import { listVerdictsQuerySchema } from "@/lib/validation/verdict";

export const metadata: Metadata = { title: "Verdicts" };

const PAGE_SIZE = 50;

export default async function VerdictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  // "My verdicts" by default (the navigation's link); ?mine=0 shows the whole desk's.
  const parsed = listVerdictsQuerySchema.safeParse({ mine: text(raw.mine) ?? "1", status: text(raw.status), cursor: text(raw.cursor), limit: PAGE_SIZE });
  const query = parsed.success ? parsed.data : listVerdictsQuerySchema.parse({ mine: true, limit: PAGE_SIZE });
  const mine = query.mine ?? false;
  // ?status= shows one group, paged with ?cursor= ("Older…"); otherwise the first page of each.
  const statuses: ApiVerdictStatus[] = query.status ? [query.status.toLowerCase() as ApiVerdictStatus] : [...GROUP_ORDER];
  const pages = await Promise.all(statuses.map((status) => listVerdicts(user, { mine, status, limit: PAGE_SIZE, ...(query.status ? { cursor: query.cursor } : {}) })));
  const hrefFor = (params: Record<string, string>) => `/verdicts?${new URLSearchParams({ mine: mine ? "1" : "0", ...params })}`;
  const groups: VerdictGroup[] = statuses.map((status, index) => ({
    status,
    verdicts: pages[index].items,
    olderHref: pages[index].nextCursor ? hrefFor({ status, cursor: pages[index].nextCursor! }) : null,
  }));
  const title = mine ? "My verdicts" : "All verdicts";

  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>
            {title}
            {query.status && <span className="muted">: {verdictStatusLabel(query.status).toLowerCase()}</span>}
          </h1>
          <p className="lede">
            {mine ? "Verdicts you drafted, those sent back to you first. " : "Every verdict on the desk, those sent back first. "}
            Open a verdict’s claim to edit it in its article, or its history to see who did what.
          </p>
        </div>
        <p className="form-row">
          {query.status && <Link href={hrefFor({})}>All states</Link>}
          <Link href={`/verdicts?mine=${mine ? "0" : "1"}`}>{mine ? "Everyone’s verdicts" : "Only mine"}</Link>
        </p>
      </div>
      <VerdictGroups groups={groups} showAuthor={!mine} />
    </main>
  );
}
