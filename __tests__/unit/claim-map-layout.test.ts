import { layoutClaimMap, MAP_GEOMETRY, type MapClaim } from "@/lib/domain/claim-map-layout";

const ACTORS = [
  { actorId: "ru", actorName: "Russia", color: "#1f5fa8" },
  { actorId: "az", actorName: "Azerbaijan", color: "#b45309" },
  { actorId: "am", actorName: "Armenia", color: "#7e22ce" },
];

function claims(count: number): MapClaim[] {
  return Array.from({ length: count }, (_, index) => ({ id: `c${index}`, number: index + 1, exact: `Statement number ${index} `.repeat(8), ...ACTORS[(index * 7) % 3] }));
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

it("puts each actor in one column, in order of first appearance, with claims in document order", () => {
  const layout = layoutClaimMap(claims(6), []);
  expect(layout.columns.map((column) => column.actorName)).toEqual(["Russia", "Azerbaijan", "Armenia"]);
  for (const column of layout.columns) {
    const ys = layout.nodes.filter((node) => node.actorId === column.actorId).map((node) => node.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  }
});

it("keeps 200 claims inside the drawing without overlaps, with short snippets", () => {
  const layout = layoutClaimMap(claims(200), []);
  for (const node of layout.nodes) {
    expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
    expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    expect(node.snippet.length).toBeLessThanOrEqual(MAP_GEOMETRY.snippetLength);
  }
  for (let i = 0; i < layout.nodes.length; i++) for (let j = i + 1; j < layout.nodes.length; j++) expect(overlaps(layout.nodes[i], layout.nodes[j])).toBe(false);
});

it("draws links between the facing sides of their claims, and skips links leaving the article", () => {
  const layout = layoutClaimMap(claims(3), [
    { id: "l1", kind: "rebuts", fromClaimId: "c1", toClaimId: "c0" },
    { id: "l2", kind: "same_claim", fromClaimId: "c2", toClaimId: "elsewhere" },
  ]);
  expect(layout.edges).toHaveLength(1);
  const [from, to] = ["c1", "c0"].map((id) => layout.nodes.find((node) => node.id === id)!);
  const [startX, startY] = layout.edges[0].path.split(" ").slice(1, 3).map(Number);
  expect(startX).toBe(from.x < to.x ? from.x + from.width : from.x);
  expect(startY).toBe(from.y + from.height / 2);
  expect(layout.edges[0].path.endsWith(`${from.x < to.x ? to.x : to.x + to.width} ${to.y + to.height / 2}`)).toBe(true);
});
