// Claims per week as a bar chart (visx, drawn to SVG on the server: no script, nothing for the
// CSP to block), named and described for screen readers, with every bar's number in its tooltip
// and the whole series as a table underneath.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { formatDate } from "@/components/ui/format-date";
import type { WeekCount } from "@/lib/domain/weekly-timeline";

const WIDTH = 760;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 34, left: 40 };
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const asDate = (week: string) => new Date(`${week}T00:00:00Z`);

/**
 * Axis labels: every week when there are few ("5 Jan"), else the first week of a month ("Mar 2026"),
 * at most about eight of them, so labels never overlap or repeat.
 */
function axisTicks(weeks: WeekCount[]): { values: string[]; format: (week: string) => string } {
  if (weeks.length <= 12) return { values: weeks.map((week) => week.week), format: (week) => dayFormat.format(asDate(week)) };
  const monthStarts = weeks.filter((week) => Number(week.week.slice(8)) <= 7).map((week) => week.week);
  const step = Math.max(1, Math.ceil(monthStarts.length / 8));
  return { values: monthStarts.filter((_, index) => index % step === 0), format: (week) => monthFormat.format(asDate(week)) };
}

export function WeeklyTimelineChart({ id, weeks, color, actorName }: { id: string; weeks: WeekCount[]; color: string; actorName: string }) {
  if (weeks.length === 0) return <p className="muted">No claims in this period, so there is no timeline to draw.</p>;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const highest = Math.max(1, ...weeks.map((week) => week.claims));
  const x = scaleBand<string>({ domain: weeks.map((week) => week.week), range: [0, innerWidth], padding: 0.15 });
  const y = scaleLinear<number>({ domain: [0, highest], range: [innerHeight, 0], nice: true });
  const busiest = weeks.reduce((best, week) => (week.claims > best.claims ? week : best), weeks[0]);
  const total = weeks.reduce((sum, week) => sum + week.claims, 0);
  const ticks = axisTicks(weeks);
  return (
    <figure className="chart">
      {/* Narrow screens scroll the chart sideways rather than shrink its labels out of reach; focusable so keyboards can scroll it. */}
      <div className="chart-scroll" tabIndex={0} role="group" aria-label="The weekly chart (scrolls sideways on narrow screens)">
        <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{`Claims by ${actorName} per week`}</title>
          <desc id={`${id}-desc`}>{`${total} claims over ${weeks.length} weeks from ${formatDate(weeks[0].week)} to ${formatDate(weeks[weeks.length - 1].week)}; the busiest week, starting ${formatDate(busiest.week)}, had ${busiest.claims}. The table below lists every week.`}</desc>
          <Group left={MARGIN.left} top={MARGIN.top}>
            {weeks.map((week) => {
              const top = y(week.claims);
              return (
                <Bar key={week.week} x={x(week.week)} y={top} width={x.bandwidth()} height={innerHeight - top} fill={color}>
                  <title>{`Week of ${formatDate(week.week)}: ${week.claims} claim${week.claims === 1 ? "" : "s"}`}</title>
                </Bar>
              );
            })}
            <AxisLeft scale={y} tickValues={y.ticks(4).filter(Number.isInteger)} tickFormat={(value) => String(value)} stroke="#5c5c57" tickStroke="#5c5c57" tickLabelProps={{ fill: "#1c1c1a", fontSize: 11, textAnchor: "end", dx: -4, dy: 3 }} />
            <AxisBottom top={innerHeight} scale={x} tickValues={ticks.values} tickFormat={(week) => ticks.format(week)} stroke="#5c5c57" tickStroke="#5c5c57" tickLabelProps={{ fill: "#1c1c1a", fontSize: 11, textAnchor: "middle" }} />
          </Group>
        </svg>
      </div>
      <figcaption className="muted">Claims per week, by the date of their article (weeks start on Monday).</figcaption>
      <details className="chart-table">
        <summary>The timeline as a table</summary>
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{`Claims by ${actorName} per week`}</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="num">
                  Claims
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week}>
                  <td>{formatDate(week.week)}</td>
                  <td className="num">{week.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
