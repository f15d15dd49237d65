// Lays out an article's claim map: one column per actor, its claims top to bottom in document
// order, and links drawn as curves between them. Pure and deterministic, so the map is the same
// for everyone and readable at a few hundred claims (columns scroll vertically). Coordinates in px.

export type MapClaim = { id: string; actorId: string; actorName: string; color: string; number: number; exact: string };
export type MapLink = { id: string; kind: string; fromClaimId: string; toClaimId: string };

export type MapNode = MapClaim & { x: number; y: number; width: number; height: number; snippet: string };
export type MapEdge = { id: string; kind: string; fromClaimId: string; toClaimId: string; path: string };
export type ClaimMapLayout = { width: number; height: number; columns: { actorId: string; actorName: string; color: string; x: number }[]; nodes: MapNode[]; edges: MapEdge[] };

export const MAP_GEOMETRY = { columnWidth: 240, columnGap: 120, nodeHeight: 64, rowGap: 16, top: 48, margin: 24, snippetLength: 70 } as const;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAP_GEOMETRY.snippetLength ? `${flat.slice(0, MAP_GEOMETRY.snippetLength - 1)}…` : flat;
}

export function layoutClaimMap(claims: MapClaim[], links: MapLink[]): ClaimMapLayout {
  const g = MAP_GEOMETRY;
  const actorOrder: MapClaim[] = [];
  for (const claim of [...claims].sort((a, b) => a.number - b.number)) {
    if (!actorOrder.some((seen) => seen.actorId === claim.actorId)) actorOrder.push(claim);
  }
  const columns = actorOrder.map((claim, index) => ({ actorId: claim.actorId, actorName: claim.actorName, color: claim.color, x: g.margin + index * (g.columnWidth + g.columnGap) }));
  const columnX = new Map(columns.map((column) => [column.actorId, column.x]));
  const rowInColumn = new Map<string, number>();
  const nodes: MapNode[] = [...claims]
    .sort((a, b) => a.number - b.number)
    .map((claim) => {
      const row = rowInColumn.get(claim.actorId) ?? 0;
      rowInColumn.set(claim.actorId, row + 1);
      return { ...claim, snippet: snippet(claim.exact), x: columnX.get(claim.actorId)!, y: g.top + row * (g.nodeHeight + g.rowGap), width: g.columnWidth, height: g.nodeHeight };
    });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: MapEdge[] = [];
  for (const link of links) {
    const from = byId.get(link.fromClaimId);
    const to = byId.get(link.toClaimId);
    if (!from || !to) continue; // a link to a claim in another article is listed in the panel, not drawn
    edges.push({ id: link.id, kind: link.kind, fromClaimId: from.id, toClaimId: to.id, path: edgePath(from, to) });
  }
  const rows = Math.max(0, ...rowInColumn.values());
  return {
    width: g.margin * 2 + Math.max(1, columns.length) * g.columnWidth + Math.max(0, columns.length - 1) * g.columnGap,
    height: g.top + rows * (g.nodeHeight + g.rowGap) + g.margin,
    columns,
    nodes,
    edges,
  };
}

/** A curve from the side of `from` facing `to` into the facing side of `to` (or a loop out to the right within a column). */
function edgePath(from: MapNode, to: MapNode): string {
  const fromMidY = from.y + from.height / 2;
  const toMidY = to.y + to.height / 2;
  if (from.x === to.x) {
    const x = from.x + from.width;
    const bulge = 40 + Math.min(80, Math.abs(toMidY - fromMidY) / 4);
    return `M ${x} ${fromMidY} C ${x + bulge} ${fromMidY}, ${x + bulge} ${toMidY}, ${x} ${toMidY}`;
  }
  const rightward = to.x > from.x;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  const midX = (startX + endX) / 2;
  return `M ${startX} ${fromMidY} C ${midX} ${fromMidY}, ${midX} ${toMidY}, ${endX} ${toMidY}`;
}
