// Where claim highlights go in the document: runs of text covered by the same set of claims (so
// overlapping and nested claims all stay visible) and the place of each claim's label, in
// ProseMirror positions. Pure: the editor turns these into decorations, tests check them directly.
import { highlightSegments } from "@/lib/domain/highlight-segments";
import { offsetToPos, type TextIndex } from "./text-index";

export type HighlightClaim = { id: string; start: number; end: number };

/** A run of text [from, to) covered by `claimIds`, innermost (shortest) claim first. */
export type HighlightRun = { from: number; to: number; claimIds: string[] };

/** A claim's label goes right after its last character. */
export type LabelPlace = { position: number; claimId: string };

export function claimHighlights(index: TextIndex, claims: HighlightClaim[]): { runs: HighlightRun[]; labels: LabelPlace[] } {
  const length = (id: string) => byId.get(id)!.end - byId.get(id)!.start;
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const runs: HighlightRun[] = [];
  for (const block of index.blocks) {
    for (const segment of highlightSegments(index.text, claims, block.textStart, block.textStart + block.text.length)) {
      if (segment.ids.length === 0) continue;
      runs.push({ from: offsetToPos(index, segment.start, "start"), to: offsetToPos(index, segment.end, "end"), claimIds: [...segment.ids].sort((a, b) => length(a) - length(b)) });
    }
  }
  const labels = claims
    .filter((claim) => claim.end > claim.start)
    .map((claim) => ({ position: offsetToPos(index, claim.end, "end"), claimId: claim.id }))
    .sort((a, b) => a.position - b.position);
  return { runs, labels };
}
