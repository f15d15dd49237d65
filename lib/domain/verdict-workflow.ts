// The verdict state machine: which action takes a verdict from which status to which. Pure, so the
// UI shows only the buttons that can work and lib/db/verdicts.ts refuses everything else with the
// same table. Who may act (four eyes, roles) is the permission table's business, not this one's.
//
//   DRAFT ──submit──▶ IN_REVIEW ──approve──▶ APPROVED ──reopen (admin, reason)──▶ DRAFT
//     ▲                 │    │                    (not editable: reopen first)
//     └──── edit ───────┘    └──request-changes (comment)──▶ CHANGES_REQUESTED ──submit──▶ IN_REVIEW
//
// Editing a CHANGES_REQUESTED verdict keeps it CHANGES_REQUESTED: the reviewer's comment is still
// what the author is answering, and the verdict stays in the author's "sent back" list until they
// resubmit it.

export const VERDICT_STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED"] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
/** The API's spelling ("in_review"); every function here accepts either. */
export type ApiVerdictStatus = Lowercase<VerdictStatus>;

export const VERDICT_ACTIONS = ["edit", "submit", "approve", "request-changes", "reopen"] as const;
export type VerdictAction = (typeof VERDICT_ACTIONS)[number];

export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
};

export const VERDICT_ACTION_LABELS: Record<VerdictAction, string> = {
  edit: "Save",
  submit: "Submit for review",
  approve: "Approve",
  "request-changes": "Request changes",
  reopen: "Reopen",
};

const TRANSITIONS: Record<VerdictStatus, Partial<Record<VerdictAction, VerdictStatus>>> = {
  DRAFT: { edit: "DRAFT", submit: "IN_REVIEW" },
  // A change under review is no longer what the reviewer was looking at: back to the author's desk.
  IN_REVIEW: { edit: "DRAFT", approve: "APPROVED", "request-changes": "CHANGES_REQUESTED" },
  APPROVED: { reopen: "DRAFT" },
  CHANGES_REQUESTED: { edit: "CHANGES_REQUESTED", submit: "IN_REVIEW" },
};

/** The database spelling of a status given in either spelling. */
export function toVerdictStatus(status: VerdictStatus | ApiVerdictStatus): VerdictStatus {
  return status.toUpperCase() as VerdictStatus;
}

/** Where `action` takes a verdict in `status`, or null when the action is refused in that status. */
export function nextStatus(status: VerdictStatus | ApiVerdictStatus, action: VerdictAction): VerdictStatus | null {
  return TRANSITIONS[toVerdictStatus(status)]?.[action] ?? null;
}

/** The actions a verdict in `status` accepts, in the order of VERDICT_ACTIONS. */
export function allowedActions(status: VerdictStatus | ApiVerdictStatus): VerdictAction[] {
  return VERDICT_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}

/** "In review" for IN_REVIEW or in_review. */
export function verdictStatusLabel(status: VerdictStatus | ApiVerdictStatus): string {
  return VERDICT_STATUS_LABELS[toVerdictStatus(status)];
}
