// The claim map as one inline SVG string for the HTML/PDF report: the app's layout
// (lib/domain/claim-map-layout), columns titled by speaker, nodes as boxes with label, number and
// a snippet, links as curves styled by kind with arrowheads and a legend. Self-contained on
// purpose: presentation attributes only, no foreignObject, no url() references, every text escaped.
import { layoutClaimMap, type MapEdge, type MapLink, type MapNode } from "@/lib/domain/claim-map-layout";
import { cssHexColor, escapeAttribute, escapeHtml, tintHexColor } from "./html-escape";
import { formatCount, linkKindLabel } from "./report-labels";
import type { Report, ReportClaim, ReportLink } from "./report";

/** The app's edge styles (components/claim-map), so the printed map reads like the screen one. */
export const EDGE_STYLES: Record<ReportLink["kind"], { stroke: string; dash: string | null; legend: string }> = {
  rebuts: { stroke: "#b91c1c", dash: "7 4", legend: "A rebuts B" },
  supports: { stroke: "#15803d", dash: null, legend: "A supports B" },
  qualifies: { stroke: "#64748b", dash: null, legend: "A qualifies B" },
  same_claim: { stroke: "#1d4ed8", dash: "2 4", legend: "Same claim" },
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SNIPPET_FONT = "Georgia, 'Times New Roman', Times, serif";
const LEGEND = { height: 36, itemWidth: 140 } as const;
// About what fits in a 240px node at 12px; SVG text does not wrap by itself.
const SNIPPET_LINE_CHARS = 34;
const COLUMN_TITLE_CHARS = 26;

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** Word-wraps `text` into at most `lines` lines of `width` characters, the last ending in "…" when cut. */
export function wrapSnippet(text: string, width = SNIPPET_LINE_CHARS, lines = 2): string[] {
  const result: string[] = [];
  let rest = text.replace(/\s+/g, " ").trim();
  while (rest && result.length < lines - 1) {
    if (rest.length <= width) {
      result.push(rest);
      return result;
    }
    const space = rest.lastIndexOf(" ", width);
    // One word longer than a line is cut where the line ends.
    const cut = space > 0 ? space : width;
    result.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) result.push(truncate(rest, width));
  return result;
}

function unique<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** An arrowhead at the end of a cubic path, pointing along its last control segment. */
function arrowhead(path: string, color: string): string {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  if (numbers.length < 4) return "";
  const [controlX, controlY, endX, endY] = numbers.slice(-4);
  const length = Math.hypot(endX - controlX, endY - controlY);
  if (length === 0) return "";
  const [ux, uy] = [(endX - controlX) / length, (endY - controlY) / length];
  const round = (value: number) => Math.round(value * 10) / 10;
  const baseX = endX - ux * 10;
  const baseY = endY - uy * 10;
  const points = [
    [endX, endY],
    [baseX - uy * 5, baseY + ux * 5],
    [baseX + uy * 5, baseY - ux * 5],
  ];
  return `<polygon class="arrowhead" points="${points.map(([x, y]) => `${round(x)},${round(y)}`).join(" ")}" fill="${color}"/>`;
}

function renderEdge(edge: MapEdge, name: (claimId: string) => string): string {
  const kind = edge.kind as ReportLink["kind"];
  const style = EDGE_STYLES[kind] ?? EDGE_STYLES.qualifies;
  const description = `${name(edge.fromClaimId)} ${linkKindLabel(kind, "from").toLowerCase()} ${name(edge.toClaimId)}`;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
  return (
    `<g class="edge-group"><path class="edge edge-${escapeAttribute(kind)}" d="${escapeAttribute(edge.path)}" fill="none" stroke="${style.stroke}" stroke-width="2.5"${dash} opacity="0.85"><title>${escapeHtml(description)}</title></path>` +
    `${arrowhead(edge.path, style.stroke)}</g>`
  );
}

function renderNode(node: MapNode, claim: ReportClaim): string {
  const color = cssHexColor(node.color);
  // The layout's snippet is cut for one line; two lines of SVG text fit more of the quote.
  const lines = wrapSnippet(claim.exact);
  const snippet = lines.map((line, index) => `<tspan x="${node.x + 14}" dy="${index === 0 ? 0 : 15}">${escapeHtml(line)}</tspan>`).join("");
  return (
    `<g class="node" data-claim="${node.number}"><title>${escapeHtml(`${claim.actor.name} ${node.number}: ${claim.exact}`)}</title>` +
    `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="6" fill="${tintHexColor(color, 0.06)}" stroke="${color}" stroke-width="2"/>` +
    `<rect x="${node.x}" y="${node.y}" width="6" height="${node.height}" rx="3" fill="${color}"/>` +
    `<text x="${node.x + 14}" y="${node.y + 19}" font-size="12" font-weight="700" fill="${color}">${escapeHtml(`${truncate(claim.actor.label, 12)} ${node.number}`)}</text>` +
    `<text x="${node.x + 14}" y="${node.y + 37}" font-size="12" font-family="${SNIPPET_FONT}" fill="#1a1a1a">${snippet}</text></g>`
  );
}

function renderLegend(y: number): string {
  const items = (Object.keys(EDGE_STYLES) as ReportLink["kind"][]).map((kind, index) => {
    const style = EDGE_STYLES[kind];
    const x = 24 + index * LEGEND.itemWidth;
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
    return (
      `<line x1="${x}" y1="${y}" x2="${x + 30}" y2="${y}" stroke="${style.stroke}" stroke-width="2.5"${dash}/>` +
      arrowhead(`M ${x} ${y} C ${x} ${y}, ${x + 24} ${y}, ${x + 34} ${y}`, style.stroke) +
      `<text x="${x + 42}" y="${y + 4}" font-size="12" fill="#333">${escapeHtml(style.legend)}</text>`
    );
  });
  return `<g class="legend">${items.join("")}</g>`;
}

/** The claim map of the report's claims and in-article links, as a standalone <svg> element. */
export function buildClaimMapSvg(report: Report): string {
  const claims = report.claims;
  if (claims.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="claim-map" viewBox="0 0 320 40" width="320" height="40" role="img" aria-label="Claim map: no claims"><title>Claim map: no claims</title><text x="8" y="24" font-family="${FONT}" font-size="14" fill="#333">No claims to map.</text></svg>`;
  }
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  // Links to claims in other articles cannot be drawn here; the claim blocks list them in words.
  const links: MapLink[] = unique(claims.flatMap((claim) => claim.links)).filter((link) => link.external === null && byId.has(link.fromClaimId) && byId.has(link.toClaimId));
  const layout = layoutClaimMap(
    claims.map((claim) => ({ id: claim.id, actorId: claim.actor.id, actorName: claim.actor.name, color: cssHexColor(claim.actor.color), number: claim.number, exact: claim.exact })),
    links,
  );
  const name = (claimId: string) => {
    const claim = byId.get(claimId);
    return claim ? `${claim.actor.name} ${claim.number}` : "another claim";
  };
  const width = Math.max(layout.width, 2 * 24 + Object.keys(EDGE_STYLES).length * LEGEND.itemWidth);
  const height = layout.height + LEGEND.height;
  const label = `Claim map: ${formatCount(layout.nodes.length, "claim")} by ${formatCount(layout.columns.length, "speaker")}, ${formatCount(layout.edges.length, "link")} between them.`;
  const columns = layout.columns
    .map((column) => `<text class="column-title" x="${column.x}" y="28" font-size="15" font-weight="700" fill="${cssHexColor(column.color)}">${escapeHtml(truncate(column.actorName, COLUMN_TITLE_CHARS))}</text>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="claim-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeAttribute(label)}" font-family="${FONT}">` +
    `<title>${escapeHtml(label)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    `<g class="columns">${columns}</g>` +
    `<g class="edges">${layout.edges.map((edge) => renderEdge(edge, name)).join("")}</g>` +
    `<g class="nodes">${layout.nodes.map((node) => renderNode(node, byId.get(node.id)!)).join("")}</g>` +
    renderLegend(layout.height + LEGEND.height / 2 - 4) +
    `</svg>`
  );
}
