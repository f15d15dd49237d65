import { ACTIONS, assertCan, can, type Action, type RecordFacts } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { ROLES, type Role } from "@/lib/domain/roles";
import { sessionUser } from "../factories/session-user";

const journalist = sessionUser("JOURNALIST");
const reviewer = sessionUser("REVIEWER");
const secondReviewer = sessionUser("REVIEWER");
const admin = sessionUser("ADMIN");
const users = { JOURNALIST: journalist, REVIEWER: reviewer, ADMIN: admin } satisfies Record<Role, unknown>;

/** Actions open to every active user whatever the record. */
const OPEN_TO_ALL: Action[] = ["article:read", "article:create", "article:update", "claim:create", "claim:update", "link:create", "evidence:create", "verdict:draft", "actor:create", "actor:update", "export:read", "token:create"];

describe("permission table", () => {
  it("has a case in this file for every action", () => {
    const covered = new Set<Action>([...OPEN_TO_ALL, "article:delete", "claim:delete", "link:delete", "evidence:delete", "verdict:edit", "verdict:submit", "verdict:approve", "verdict:request-changes", "verdict:reopen", "actor:merge", "rating:manage", "settings:manage", "user:manage", "audit:read", "installation:export", "installation:import", "token:read", "token:revoke", "page-preview:read"]);
    expect(ACTIONS.filter((action) => !covered.has(action))).toEqual([]);
  });

  it.each(OPEN_TO_ALL)("lets every role %s", (action) => {
    for (const role of ROLES) expect(can(users[role], action)).toBe(true);
  });

  it.each(ACTIONS)("refuses %s to anonymous and disabled users", (action) => {
    const record: RecordFacts = { createdById: admin.id, authorId: journalist.id, userId: admin.id };
    expect(can(null, action, record)).toBe(false);
    expect(can(undefined, action, record)).toBe(false);
    expect(can({ ...admin, disabled: true }, action, record)).toBe(false);
  });

  describe.each(["article:delete", "claim:delete", "link:delete", "evidence:delete"] as Action[])("%s", (action) => {
    it("is allowed to the creator and to admins", () => {
      expect(can(journalist, action, { createdById: journalist.id })).toBe(true);
      expect(can(admin, action, { createdById: journalist.id })).toBe(true);
    });
    it("is refused to other journalists and reviewers, and when the creator is unknown", () => {
      expect(can(sessionUser("JOURNALIST"), action, { createdById: journalist.id })).toBe(false);
      expect(can(reviewer, action, { createdById: journalist.id })).toBe(false);
      expect(can(journalist, action, {})).toBe(false);
    });
  });

  describe.each(["verdict:edit", "verdict:submit"] as Action[])("%s", (action) => {
    it("is allowed to the author and admins", () => {
      expect(can(journalist, action, { authorId: journalist.id })).toBe(true);
      expect(can(admin, action, { authorId: journalist.id })).toBe(true);
    });
    it("is refused to anyone else, reviewers included", () => {
      expect(can(sessionUser("JOURNALIST"), action, { authorId: journalist.id })).toBe(false);
      expect(can(reviewer, action, { authorId: journalist.id })).toBe(false);
      expect(can(journalist, action, {})).toBe(false);
    });
  });

  describe.each(["verdict:approve", "verdict:request-changes"] as Action[])("%s (four eyes)", (action) => {
    it("is allowed to a reviewer or admin who neither wrote nor edited the verdict", () => {
      expect(can(reviewer, action, { authorId: journalist.id, editorIds: [journalist.id] })).toBe(true);
      expect(can(admin, action, { authorId: reviewer.id })).toBe(true);
    });
    it("is refused to journalists, even on someone else's verdict", () => {
      expect(can(journalist, action, { authorId: sessionUser("JOURNALIST").id })).toBe(false);
    });
    it("is refused to the author, reviewer or admin alike", () => {
      expect(can(reviewer, action, { authorId: reviewer.id })).toBe(false);
      expect(can(admin, action, { authorId: admin.id })).toBe(false);
    });
    it("is refused to someone who edited the verdict", () => {
      expect(can(secondReviewer, action, { authorId: journalist.id, editorIds: [journalist.id, secondReviewer.id] })).toBe(false);
    });
    it("is refused when the author is unknown", () => {
      expect(can(reviewer, action, {})).toBe(false);
    });
  });

  it.each([
    ["verdict:reopen", ["ADMIN"]],
    ["actor:merge", ["REVIEWER", "ADMIN"]],
    ["rating:manage", ["ADMIN"]],
    ["settings:manage", ["ADMIN"]],
    ["user:manage", ["ADMIN"]],
    ["audit:read", ["ADMIN"]],
    ["installation:export", ["ADMIN"]],
    ["installation:import", ["ADMIN"]],
  ] as [Action, Role[]][])("%s is allowed only to %j", (action, allowed) => {
    for (const role of ROLES) expect(can(users[role], action)).toBe(allowed.includes(role));
  });

  it.each(["token:read", "token:revoke", "page-preview:read"] as Action[])("%s is allowed only on one's own tokens and previews, admins included", (action) => {
    expect(can(journalist, action, { userId: journalist.id })).toBe(true);
    expect(can(admin, action, { userId: journalist.id })).toBe(false);
    expect(can(reviewer, action, { userId: journalist.id })).toBe(false);
    expect(can(journalist, action, {})).toBe(false);
  });
});

describe("assertCan", () => {
  const codeOf = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return error instanceof AppError ? error.code : "not an AppError";
    }
    return "no error";
  };

  it("answers UNAUTHENTICATED without a user, FORBIDDEN for a refusal, NOT_FOUND when hiding the record", () => {
    expect(codeOf(() => assertCan(null, "article:read"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => assertCan(journalist, "user:manage"))).toBe("FORBIDDEN");
    expect(codeOf(() => assertCan(journalist, "token:revoke", { userId: admin.id }, { hide: true }))).toBe("NOT_FOUND");
    expect(codeOf(() => assertCan(admin, "user:manage"))).toBe("no error");
  });
});
