// User management and session validity against real PostgreSQL.
import { getDb } from "@/lib/db/client";
import { createUser, findSessionUser, listUsers, updateUser } from "@/lib/db/users";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createUserRow } from "../factories/db";

setUpTestDatabase();

const newUser = (email: string) => ({ email, name: "New Reporter", role: "JOURNALIST" as const, password: "a long enough password" });

describe("creating users", () => {
  it("lets an admin create a user, stores only a hash, and audits it in the same transaction", async () => {
    const admin = await createUserRow("ADMIN");
    const created = await createUser(admin, newUser("New.Reporter@Example.org"));
    expect(created).toMatchObject({ email: "new.reporter@example.org", role: "JOURNALIST", disabled: false });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await getDb().auditEvent.findMany({ where: { entity: "User", entityId: created.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "create", userId: admin.id })]);
    expect(JSON.stringify(audit)).not.toContain("a long enough password");
  });

  it.each(["JOURNALIST", "REVIEWER"] as const)("refuses a %s and writes nothing", async (role) => {
    const actor = await createUserRow(role);
    const before = await getDb().user.count();
    expect(await codeOf(createUser(actor, newUser(`refused-${role}@example.org`)))).toBe("FORBIDDEN");
    expect(await codeOf(listUsers(actor))).toBe("FORBIDDEN");
    expect(await getDb().user.count()).toBe(before);
  });

  it("refuses a disabled admin", async () => {
    const admin = await createUserRow("ADMIN", { disabled: true });
    expect(await codeOf(createUser(admin, newUser("by-disabled@example.org")))).toBe("FORBIDDEN");
  });

  it("answers CONFLICT for a taken email and leaves no extra row or audit event", async () => {
    const admin = await createUserRow("ADMIN");
    await createUser(admin, newUser("taken@example.org"));
    const [users, audits] = [await getDb().user.count(), await getDb().auditEvent.count()];
    expect(await codeOf(createUser(admin, newUser("TAKEN@example.org")))).toBe("CONFLICT");
    expect([await getDb().user.count(), await getDb().auditEvent.count()]).toEqual([users, audits]);
  });

  it("refuses invalid input before touching the database", async () => {
    const admin = await createUserRow("ADMIN");
    await expect(createUser(admin, { ...newUser("weak@example.org"), password: "short" })).rejects.toThrow(/at least 12/);
  });
});

describe("updating users and ending sessions", () => {
  it("ends a user's sessions when they are disabled, and lets them back in when enabled", async () => {
    const admin = await createUserRow("ADMIN");
    const journalist = await createUserRow("JOURNALIST");
    expect(await findSessionUser(journalist.id, 0)).toMatchObject({ id: journalist.id });
    await updateUser(admin, journalist.id, { disabled: true });
    expect(await findSessionUser(journalist.id, 0)).toBeNull();
    expect(await findSessionUser(journalist.id, 1)).toBeNull();
    await updateUser(admin, journalist.id, { disabled: false });
    // The old session stays ended: a new sign-in is needed.
    expect(await findSessionUser(journalist.id, 0)).toBeNull();
    expect(await findSessionUser(journalist.id, 1)).toMatchObject({ id: journalist.id });
  });

  it("ends sessions on a password reset and records it without the password", async () => {
    const admin = await createUserRow("ADMIN");
    const reviewer = await createUserRow("REVIEWER");
    await updateUser(admin, reviewer.id, { password: "brand new password 1" });
    expect(await findSessionUser(reviewer.id, 0)).toBeNull();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "reset-password" } });
    expect(JSON.stringify(audit)).not.toContain("brand new password");
  });

  it("refuses non-admins, self-lockout, and unknown users", async () => {
    const admin = await createUserRow("ADMIN");
    const reviewer = await createUserRow("REVIEWER");
    expect(await codeOf(updateUser(reviewer, admin.id, { disabled: true }))).toBe("FORBIDDEN");
    expect(await codeOf(updateUser(reviewer, reviewer.id, { role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateUser(admin, admin.id, { disabled: true }))).toBe("UNPROCESSABLE");
    expect(await codeOf(updateUser(admin, admin.id, { role: "JOURNALIST" }))).toBe("UNPROCESSABLE");
    expect(await codeOf(updateUser(admin, "nosuchuser", { name: "Ghost" }))).toBe("NOT_FOUND");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });
});
