// Claims in document order (by start, longer first when two start together) and their numbers,
// shared by the highlight labels, the side panel, the claim map and exports. Pure.
type Placed = { id: string; start: number; end: number };

export function inDocumentOrder<T extends Placed>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Claim number (1-based, document order) by claim id. */
export function claimNumbers(claims: readonly Placed[]): Map<string, number> {
  return new Map(inDocumentOrder(claims).map((claim, index) => [claim.id, index + 1]));
}
