// The claim map: actors as columns, claims as nodes (label + snippet), links as curves styled by
// kind (rebuts: red dashed; supports: green; qualifies: grey; same claim: blue dotted). Each node
// links to the claim in the workspace. Also available as a table of links, for screen readers.
import Link from "next/link";
import { actorShortLabel } from "@/lib/domain/default-actors";
import type { ClaimMapLayout } from "@/lib/domain/claim-map-layout";
import { Table } from "@/components/ui/table";

const EDGE_STYLE: Record<string, { stroke: string; dash?: string; label: string }> = {
  rebuts: { stroke: "#b91c1c", dash: "7 4", label: "rebuts" },
  supports: { stroke: "#15803d", label: "supports" },
  qualifies: { stroke: "#64748b", label: "qualifies" },
  same_claim: { stroke: "#1d4ed8", dash: "2 4", label: "same claim as" },
};

export function ClaimMap({ articleId, layout }: { articleId: string; layout: ClaimMapLayout }) {
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  return (
    <>
      <div className="map-legend" aria-hidden="true">
        {Object.entries(EDGE_STYLE).map(([kind, style]) => (
          <span key={kind}>
            <svg width="34" height="10">
              <line x1="0" y1="5" x2="34" y2="5" stroke={style.stroke} strokeWidth="2.5" strokeDasharray={style.dash} />
            </svg>{" "}
            {style.label}
          </span>
        ))}
      </div>
      {/* A figure, not role="img": the nodes inside are links that keyboard and screen-reader users reach. */}
      <figure className="map-scroll" aria-label={`Claim map: ${layout.nodes.length} claims by ${layout.columns.length} actors, ${layout.edges.length} links. The links are listed in the table below.`}>
        <svg width={layout.width} height={layout.height}>
          <defs>
            {Object.entries(EDGE_STYLE).map(([kind, style]) => (
              <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill={style.stroke} />
              </marker>
            ))}
          </defs>
          {layout.columns.map((column) => (
            <text key={column.actorId} x={column.x} y={28} className="map-column-title" fill={column.color}>
              {column.actorName}
            </text>
          ))}
          {layout.edges.map((edge) => {
            const style = EDGE_STYLE[edge.kind] ?? EDGE_STYLE.qualifies;
            return <path key={edge.id} d={edge.path} fill="none" stroke={style.stroke} strokeWidth="2.5" strokeDasharray={style.dash} markerEnd={`url(#arrow-${edge.kind})`} opacity="0.85" />;
          })}
          {layout.nodes.map((node) => (
            <a key={node.id} href={`/articles/${articleId}?claim=${node.id}`} className="map-node">
              <title>{`${node.actorName} ${node.number}: ${node.exact}`}</title>
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="6" fill="#fff" stroke={node.color} strokeWidth="2" />
              <rect x={node.x} y={node.y} width="6" height={node.height} rx="3" fill={node.color} />
              <text x={node.x + 14} y={node.y + 20} className="map-node-label" fill={node.color}>
                {actorShortLabel(node.actorName)} {node.number}
              </text>
              <foreignObject x={node.x + 14} y={node.y + 26} width={node.width - 22} height={node.height - 30}>
                <p className="map-node-snippet">{node.snippet}</p>
              </foreignObject>
            </a>
          ))}
        </svg>
      </figure>
      <h2>Links</h2>
      {layout.edges.length === 0 ? (
        <p className="muted">No links between claims of this article yet. In the text view, select a claim and use “Rebut…”.</p>
      ) : (
        <Table columns={["Claim", "Link", "Claim to"]}>
            {layout.edges.map((edge) => {
              const from = byId.get(edge.fromClaimId)!;
              const to = byId.get(edge.toClaimId)!;
              return (
                <tr key={edge.id}>
                  <td>
                    <Link href={`/articles/${articleId}?claim=${from.id}`}>
                      {from.actorName} {from.number}
                    </Link>
                    : {from.snippet}
                  </td>
                  <td>{(EDGE_STYLE[edge.kind] ?? EDGE_STYLE.qualifies).label}</td>
                  <td>
                    <Link href={`/articles/${articleId}?claim=${to.id}`}>
                      {to.actorName} {to.number}
                    </Link>
                    : {to.snippet}
                  </td>
                </tr>
              );
            })}
        </Table>
      )}
    </>
  );
}
