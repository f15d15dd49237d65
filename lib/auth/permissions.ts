// The one permission table: who may do what to which record. Every lib/db function calls
// `assertCan` itself, so a route or page that forgets to check cannot leak or write anything.
// Pure: no I/O, so the whole table is unit-tested case by case (__tests__/unit/permissions.test.ts).
import { AppError } from "../errors/app-error";
import type { Role, SessionUser } from "../domain/roles";

/** What a rule may need to know about the record it is asked about. */
export type RecordFacts = {
  /** Who created the record (article, claim, link, evidence). */
  createdById?: string;
  /** For verdicts: the author, and everyone who edited it since it was drafted. */
  authorId?: string;
  editorIds?: readonly string[];
  /** For tokens and import previews: whose token it is, who fetched the page. */
  userId?: string;
};

type Rule = (user: SessionUser, record: RecordFacts) => boolean;

const anyone: Rule = () => true;
const roles =
  (...allowed: Role[]): Rule =>
  (user) =>
    allowed.includes(user.role);
const creatorOrAdmin: Rule = (user, record) => user.role === "ADMIN" || (record.createdById !== undefined && record.createdById === user.id);
const isOwnRecord: Rule = (user, record) => record.userId !== undefined && record.userId === user.id;
/** Four eyes: a reviewer may decide only on a verdict they neither wrote nor edited. */
const reviewerOfSomeoneElsesVerdict: Rule = (user, record) =>
  (user.role === "REVIEWER" || user.role === "ADMIN") &&
  record.authorId !== undefined &&
  record.authorId !== user.id &&
  !(record.editorIds ?? []).includes(user.id);

export const PERMISSIONS = {
  "article:read": anyone,
  "article:create": anyone,
  "article:update": anyone,
  "article:delete": creatorOrAdmin,
  "claim:create": anyone,
  "claim:update": anyone,
  "claim:delete": creatorOrAdmin,
  "link:create": anyone,
  "link:delete": creatorOrAdmin,
  "evidence:create": anyone,
  "evidence:delete": creatorOrAdmin,
  "verdict:draft": anyone,
  "verdict:edit": (user, record) => user.role === "ADMIN" || (record.authorId !== undefined && record.authorId === user.id),
  "verdict:submit": (user, record) => user.role === "ADMIN" || (record.authorId !== undefined && record.authorId === user.id),
  "verdict:approve": reviewerOfSomeoneElsesVerdict,
  "verdict:request-changes": reviewerOfSomeoneElsesVerdict,
  "verdict:reopen": roles("ADMIN"),
  "actor:create": anyone,
  "actor:update": anyone,
  "actor:merge": roles("REVIEWER", "ADMIN"),
  "rating:manage": roles("ADMIN"),
  "settings:manage": roles("ADMIN"),
  "user:manage": roles("ADMIN"),
  "audit:read": roles("ADMIN"),
  // The whole installation (every article, user and audit event) in one file, and loading one.
  "installation:export": roles("ADMIN"),
  "installation:import": roles("ADMIN"),
  "export:read": anyone,
  "token:create": anyone,
  "token:read": isOwnRecord,
  "token:revoke": isOwnRecord,
  /** A fetched page not yet attached to an article (an import preview) is its fetcher's alone; attached, it is read with its article. */
  "page-preview:read": isOwnRecord,
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether `user` may perform `action` on a record described by `record`. Disabled users may do nothing. */
export function can(user: SessionUser | null | undefined, action: Action, record: RecordFacts = {}): boolean {
  if (!user || user.disabled) return false;
  const rule: Rule = PERMISSIONS[action];
  return rule(user, record);
}

/**
 * Throws unless `can(...)`. Reads (and writes to records the user may not see) are refused as
 * NOT_FOUND so that a refusal does not confirm the record exists; other refusals are FORBIDDEN.
 */
export function assertCan(user: SessionUser | null | undefined, action: Action, record: RecordFacts = {}, options: { hide?: boolean } = {}): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (can(user, action, record)) return;
  if (options.hide) throw new AppError("NOT_FOUND", "Record not found.");
  throw new AppError("FORBIDDEN", forbiddenMessage(action));
}

function forbiddenMessage(action: Action): string {
  switch (action) {
    case "verdict:approve":
    case "verdict:request-changes":
      return "Only a reviewer who neither wrote nor edited this verdict can decide on it.";
    case "user:manage":
      return "Only an admin can manage users.";
    case "installation:export":
    case "installation:import":
      return "Only an admin can export or import the whole installation.";
    default:
      return "You do not have permission to do that.";
  }
}
