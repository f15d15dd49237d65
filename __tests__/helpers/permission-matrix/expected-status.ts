// The expected answer of one request, derived from lib/auth's permission table and nothing else:
// who is asking (a role, or someone who is not signed in), what the request needs (the table's
// actions, in the order the data function checks them) and whose record it acts on.
import { can, type Action, type RecordFacts } from "@/lib/auth/permissions";
import { ROLES, type Role, type SessionUser } from "@/lib/domain/roles";

/** Every role, plus three callers the server must treat as nobody. */
export const UNAUTHENTICATED = ["anonymous", "disabled user", "disabled user's token", "revoked token"] as const;
export type Identity = Role | (typeof UNAUTHENTICATED)[number];
export const IDENTITIES: readonly Identity[] = [...ROLES, ...UNAUTHENTICATED];

/** Whose record the request acts on: the caller's own, someone else's, or no one's (lists, creations). */
export type Ownership = "own" | "others" | "none";

/**
 * Which facts of the record the rule reads, filled in with the record owner's id: its creator, a
 * verdict's author, a token's or preview's user; "caller": the caller's own (their token list).
 */
export type FactsOf = "creator" | "author" | "user" | "caller" | "none";

export type Need = {
  action: Action;
  facts?: FactsOf;
  /**
   * The table's read permission for this kind of record: refused, the record is hidden (404), not
   * forbidden. Reads themselves (actions ending in ":read") are always hidden when refused.
   */
  visibleIf?: Action;
};

export function recordFacts(facts: FactsOf | undefined, ownerId: string | undefined, callerId: string): RecordFacts {
  if (facts === "caller") return { userId: callerId };
  if (!ownerId || !facts || facts === "none") return {};
  if (facts === "creator") return { createdById: ownerId };
  if (facts === "author") return { authorId: ownerId, editorIds: [] };
  return { userId: ownerId };
}

export type StatusStory = { status: number; because: string };

/**
 * 401 for callers the server does not accept (no session, a disabled user's session, a revoked
 * token); then each need in order: a hidden record is 404, a refused action 403; else `success`.
 * `public` routes answer everyone.
 */
export function expectedStatus(options: { caller: SessionUser | null; needs: readonly Need[]; ownerId?: string; success: number; public?: boolean }): StatusStory {
  if (options.public) return { status: options.success, because: "public" };
  if (!options.caller || options.caller.disabled) return { status: 401, because: "not signed in" };
  for (const need of options.needs) {
    const facts = recordFacts(need.facts, options.ownerId, options.caller.id);
    if (need.visibleIf && !can(options.caller, need.visibleIf, facts)) return { status: 404, because: `${need.visibleIf} refused` };
    if (!can(options.caller, need.action, facts)) return { status: need.action.endsWith(":read") ? 404 : 403, because: `${need.action} refused` };
  }
  return { status: options.success, because: options.needs.map((need) => need.action).join(", ") || "signed in" };
}

