// /balance?from=&to=: the balance view over a period, every article: per top-level actor, claims,
// rebuttals and how many of its claims the desk has checked. (Not /actors/balance: an actor named
// "Balance" would own that address.)
import type { Metadata } from "next";
import Link from "next/link";
import { BalanceTable } from "@/components/actor-desk/balance-table";
import { DateRangeForm } from "@/components/actor-desk/date-range-form";
import { formatDate } from "@/components/ui/format-date";
import { requirePageUser } from "@/lib/auth/session";
import { getBalance } from "@/lib/db/actor-balance";
import { readDateRangeParams } from "@/lib/validation/actor-summary";

export const metadata: Metadata = { title: "Balance" };

function periodText(from?: string | null, to?: string | null): string {
  if (from && to) return `from ${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `up to ${formatDate(to)}`;
  return "over all time";
}

export default async function BalancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const { range, from, to, error } = readDateRangeParams(await searchParams);
  const balance = await getBalance(user, range);
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>Balance</h1>
          <p className="lede">
            Whose statements the desk checks, and whose it does not: claims per actor (with everyone speaking for it), {periodText(balance.range.from, balance.range.to)}, by the date of their article.
          </p>
        </div>
        <Link className="button button-secondary" href="/actors">
          All actors
        </Link>
      </div>
      <DateRangeForm action="/balance" from={from} to={to} error={error} />
      <BalanceTable
        rows={balance.rows}
        emptyText={
          <>
            <strong>No claims in this period.</strong>
            <p>
              Choose a longer period, or tag claims in the <Link href="/">articles</Link>.
            </p>
          </>
        }
      />
      <p className="muted">“Verdicts started” counts every verdict, drafts included; “Approved” only those a reviewer approved; “Checked” is the share of claims with a verdict started.</p>
    </main>
  );
}
