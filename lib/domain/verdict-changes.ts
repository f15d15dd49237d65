// What an edit changed in a verdict, field by field ({ rating: { from, to } }), for the verdict's
// append-only history. Pure. Documents are compared by content, not key order (PostgreSQL's jsonb
// stores keys in its own order), and id lists as sets.

/** The fields of a verdict whose changes are recorded. Rating is its key; rationale a Tiptap document. */
export type VerdictFields = {
  claimSummary: string;
  rating: string | null;
  rationale: unknown;
  reliesOnLinkIds: string[];
  reliesOnEvidenceIds: string[];
};

export type FieldChange<T> = { from: T; to: T };
export type VerdictChanges = { [K in keyof VerdictFields]?: FieldChange<VerdictFields[K]> };

export const EMPTY_VERDICT_FIELDS: VerdictFields = { claimSummary: "", rating: null, rationale: null, reliesOnLinkIds: [], reliesOnEvidenceIds: [] };

/** JSON with object keys sorted, so two equal documents serialise alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const sameIds = (a: readonly string[], b: readonly string[]) => canonicalJson([...new Set(a)].sort()) === canonicalJson([...new Set(b)].sort());

/** The fields that differ between `before` and `after`; empty when nothing changed. */
export function diffVerdictFields(before: VerdictFields, after: VerdictFields): VerdictChanges {
  const changes: VerdictChanges = {};
  if (before.claimSummary !== after.claimSummary) changes.claimSummary = { from: before.claimSummary, to: after.claimSummary };
  if (before.rating !== after.rating) changes.rating = { from: before.rating, to: after.rating };
  if (canonicalJson(before.rationale) !== canonicalJson(after.rationale)) changes.rationale = { from: before.rationale ?? null, to: after.rationale ?? null };
  if (!sameIds(before.reliesOnLinkIds, after.reliesOnLinkIds)) changes.reliesOnLinkIds = { from: before.reliesOnLinkIds, to: after.reliesOnLinkIds };
  if (!sameIds(before.reliesOnEvidenceIds, after.reliesOnEvidenceIds)) changes.reliesOnEvidenceIds = { from: before.reliesOnEvidenceIds, to: after.reliesOnEvidenceIds };
  return changes;
}

export const hasChanges = (changes: VerdictChanges) => Object.keys(changes).length > 0;
