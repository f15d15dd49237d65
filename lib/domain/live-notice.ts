// The sentence a live notice shows for someone else's change ("Ana added a claim by Russia"),
// from what the stream said (entity, action, who) and what the page knows about the claim.
export type LiveChange = { seq: number; entity: string; entityId: string; articleId: string; action: string; userId: string | null; userName: string | null };
export type Viewer = { userId: string; name: string };

const VERDICT_VERBS: Record<string, string> = {
  create: "drafted a verdict",
  update: "edited a verdict",
  submit: "sent a verdict for review",
  approve: "approved a verdict",
  "request-changes": "asked for changes to a verdict",
  reopen: "reopened a verdict",
};

const CLAIM_VERBS: Record<string, string> = {
  create: "added a claim",
  update: "edited a claim",
  delete: "deleted a claim",
  restore: "restored a claim",
  reattach: "re-attached a claim",
  "confirm-anchor": "confirmed a claim's place",
};

const ARTICLE_VERBS: Record<string, string> = {
  create: "created the article",
  "edit-text": "edited the text",
  "restore-revision": "restored an earlier text",
  refresh: "refreshed the text from its source",
  update: "edited the article's details",
  "import-annotations": "imported annotations",
  "reject-suggestion": "rejected a suggestion",
  delete: "deleted the article",
};

/** `actorName`: who the claim is by, when the page knows (for claims, their evidence, links). */
export function describeChange(change: LiveChange, actorName?: string): string {
  const who = change.userName ?? "Someone";
  const by = actorName ? ` by ${actorName}` : "";
  switch (change.entity) {
    case "Claim":
      return `${who} ${CLAIM_VERBS[change.action] ?? "changed a claim"}${by}.`;
    case "Evidence":
      return `${who} ${change.action === "delete" ? "removed evidence from" : "added evidence to"} a claim${by}.`;
    case "ClaimLink":
      return `${who} ${change.action === "delete" ? "removed a link from" : "linked"} a claim${by}.`;
    case "Verdict":
      return `${who} ${VERDICT_VERBS[change.action] ?? "changed a verdict"}${actorName ? ` on a claim${by}` : ""}.`;
    case "Article":
      return `${who} ${ARTICLE_VERBS[change.action] ?? "changed the article"}.`;
    default:
      return `${who} made a change.`;
  }
}

/** Up to two letters for a presence badge: "Ana Petrosyan" -> "AP". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? "").join("") || "?";
}
