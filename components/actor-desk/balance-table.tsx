// The balance view's table: per top-level actor, side by side, the claims tagged, rebuttals made
// and received, and how many of its claims have a verdict started, approved, or none at all, with
// the share checked, so it shows whose statements the desk checks and whose it does not.
import Link from "next/link";
import { Table } from "@/components/ui/table";
import type { BalanceRow } from "@/lib/db/actor-balance";

const COLUMNS = [
  "Actor",
  { label: "Claims", numeric: true },
  { label: "Rebuttals made", numeric: true },
  { label: "Rebuttals received", numeric: true },
  { label: "Verdicts started", numeric: true },
  { label: "Approved", numeric: true },
  { label: "Not checked", numeric: true },
  { label: "Checked", numeric: true },
];

const share = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);

export function BalanceTable({ rows, emptyText }: { rows: BalanceRow[]; emptyText: React.ReactNode }) {
  if (rows.length === 0) return <div className="empty-state">{emptyText}</div>;
  const widest = Math.max(...rows.map((row) => row.claims));
  return (
    <Table columns={COLUMNS}>
      {rows.map((row) => (
        <tr key={row.actor.id}>
          <th scope="row">
            <span className="chart-swatch" style={{ backgroundColor: row.actor.color }} aria-hidden="true" />
            <Link href={`/actors/${row.actor.slug}`}>{row.actor.name}</Link>
          </th>
          <td className="num">
            {row.claims}
            {/* A bar in the cell: the numbers are the table, the bar only helps the eye compare rows. */}
            <span className="balance-bar" aria-hidden="true">
              <span style={{ width: `${(row.claims / widest) * 100}%`, backgroundColor: row.actor.color }} />
            </span>
          </td>
          <td className="num">{row.rebuttalsMade}</td>
          <td className="num">{row.rebuttalsReceived}</td>
          <td className="num">{row.verdictsStarted}</td>
          <td className="num">{row.verdictsApproved}</td>
          <td className="num">{row.unchecked}</td>
          <td className="num">{share(row.verdictsStarted, row.claims)}</td>
        </tr>
      ))}
    </Table>
  );
}
