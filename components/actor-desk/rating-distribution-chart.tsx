// Approved verdicts by rating, one 100% bar per actor: the actor first, then every other top-level
// actor, so a desk sees at a glance whose statements tend to be rated false. Drawn by visx to SVG
// on the server; the same numbers follow as a table (counts and shares), and the legend names
// every colour, so colour is never the only cue.
import Link from "next/link";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ActorRef, RatingCount } from "@/lib/db/actor-summary";

export type RatingRow = { actor: ActorRef; approvedVerdicts: number; ratings: RatingCount[] };

const WIDTH = 760;
const ROW = 30;
const LABEL = 170;
const TOTAL = 110;

const percent = (count: number, total: number) => (total === 0 ? "—" : `${Math.round((count / total) * 100)}%`);

function describe(rows: RatingRow[]): string {
  return rows
    .map((row) => {
      if (row.approvedVerdicts === 0) return `${row.actor.name}: no approved verdicts`;
      const parts = row.ratings.filter((rating) => rating.count > 0).map((rating) => `${rating.label} ${percent(rating.count, row.approvedVerdicts)}`);
      return `${row.actor.name}: ${row.approvedVerdicts} approved, ${parts.join(", ")}`;
    })
    .join(". ");
}

export function RatingDistributionChart({ id, rows }: { id: string; rows: RatingRow[] }) {
  const scale = rows[0]?.ratings ?? [];
  const height = rows.length * ROW + 8;
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, WIDTH - LABEL - TOTAL] });
  return (
    <figure className="chart">
      <ul className="chart-legend" aria-label="Ratings">
        {scale.map((rating) => (
          <li key={rating.key}>
            <span className="chart-swatch" style={{ backgroundColor: rating.color }} aria-hidden="true" />
            {rating.label}
          </li>
        ))}
      </ul>
      {/* Narrow screens scroll the chart sideways rather than shrink its labels out of reach; focusable so keyboards can scroll it. */}
      <div className="chart-scroll" tabIndex={0} role="group" aria-label="The rating chart (scrolls sideways on narrow screens)">
        <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>Approved verdicts by rating, per actor</title>
          <desc id={`${id}-desc`}>{describe(rows)}</desc>
          {rows.map((row, index) => {
            let offset = 0;
            return (
              <Group key={row.actor.id} top={index * ROW + 4}>
                <text x={LABEL - 8} y={ROW / 2} dy="0.1em" textAnchor="end" fontSize={12} fontWeight={index === 0 ? 700 : 400} fill="#1c1c1a">
                  {row.actor.name.length > 24 ? `${row.actor.name.slice(0, 23)}…` : row.actor.name}
                </text>
                {row.approvedVerdicts === 0 ? (
                  <text x={LABEL} y={ROW / 2} dy="0.1em" fontSize={12} fill="#5c5c57">
                    No approved verdicts
                  </text>
                ) : (
                  row.ratings.map((rating) => {
                    const share = rating.count / row.approvedVerdicts;
                    const bar = (
                      <Bar key={rating.key} x={LABEL + x(offset)} y={4} width={x(share)} height={ROW - 8} fill={rating.color}>
                        <title>{`${row.actor.name}, ${rating.label}: ${rating.count} (${percent(rating.count, row.approvedVerdicts)})`}</title>
                      </Bar>
                    );
                    offset += share;
                    return rating.count > 0 ? bar : null;
                  })
                )}
                <text x={WIDTH - TOTAL + 8} y={ROW / 2} dy="0.1em" fontSize={12} fill="#1c1c1a">
                  {`${row.approvedVerdicts} approved`}
                </text>
              </Group>
            );
          })}
        </svg>
      </div>
      <figcaption className="muted">Approved verdicts only (drafts and verdicts in review are not counted), as shares of each actor&apos;s total.</figcaption>
      <div className="table-scroll">
        <table className="table chart-data">
          <caption className="visually-hidden">Approved verdicts by rating, per actor</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {scale.map((rating) => (
                <th key={rating.key} scope="col" className="num">
                  {rating.label}
                </th>
              ))}
              <th scope="col" className="num">
                Approved
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.actor.id}>
                <th scope="row">
                  <Link href={`/actors/${row.actor.slug}`}>{row.actor.name}</Link>
                </th>
                {row.ratings.map((rating) => (
                  <td key={rating.key} className="num">
                    {rating.count} <span className="muted">({percent(rating.count, row.approvedVerdicts)})</span>
                  </td>
                ))}
                <td className="num">{row.approvedVerdicts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
