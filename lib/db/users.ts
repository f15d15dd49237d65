// User accounts: admin management, and loading the acting user for a session or token.
// Every function that acts for someone takes that user and checks the permission table itself.
import { assertCan } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/passwords";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/domain/roles";
import { createUserSchema, updateUserSchema, type CreateUserInput, type UpdateUserInput } from "@/lib/validation/user";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import type { User } from "@/lib/generated/prisma/client";

/** What the API and admin page show of a user: never the hash. */
export type UserView = {
  id: string;
  email: string;
  name: string;
  role: SessionUser["role"];
  disabled: boolean;
  createdAt: string;
};

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabledAt !== null, createdAt: user.createdAt.toISOString() };
}

export function toSessionUser(user: User): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabledAt !== null };
}

/** Audit snapshots: what changed, without secrets. */
const auditSnapshot = (user: User) => ({ email: user.email, name: user.name, role: user.role, disabled: user.disabledAt !== null });

export async function listUsers(user: SessionUser): Promise<UserView[]> {
  assertCan(user, "user:manage");
  const users = await getDb().user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
  return users.map(toUserView);
}

export async function createUser(user: SessionUser, input: CreateUserInput): Promise<UserView> {
  assertCan(user, "user:manage");
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return getDb().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    if (existing) throw new AppError("CONFLICT", "A user with this email already exists.", { details: { field: "email" } });
    const created = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
    await recordAudit(tx, { userId: user.id, entity: "User", entityId: created.id, action: "create", after: auditSnapshot(created) });
    return toUserView(created);
  });
}

/**
 * Changes a user's name, role, enabled state or password. Disabling or resetting the password
 * bumps sessionVersion, which ends the user's existing sessions at their next request.
 */
export async function updateUser(user: SessionUser, userId: string, input: UpdateUserInput): Promise<UserView> {
  assertCan(user, "user:manage");
  const data = updateUserSchema.parse(input);
  if (userId === user.id && (data.disabled === true || (data.role !== undefined && data.role !== "ADMIN"))) {
    throw new AppError("UNPROCESSABLE", "You cannot disable yourself or remove your own admin role; ask another admin.");
  }
  const passwordHash = data.password === undefined ? undefined : await hashPassword(data.password);
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw notFound("User");
    const endsSessions = passwordHash !== undefined || (data.disabled === true && before.disabledAt === null) || (data.role !== undefined && data.role !== before.role);
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        name: data.name,
        role: data.role,
        passwordHash,
        disabledAt: data.disabled === undefined ? undefined : data.disabled ? (before.disabledAt ?? new Date()) : null,
        sessionVersion: endsSessions ? { increment: 1 } : undefined,
      },
    });
    const action = passwordHash !== undefined ? "reset-password" : data.disabled === true ? "disable" : data.disabled === false ? "enable" : "update";
    await recordAudit(tx, { userId: user.id, entity: "User", entityId: updated.id, action, before: auditSnapshot(before), after: auditSnapshot(updated) });
    return toUserView(updated);
  });
}

/**
 * The user behind a session, or null when the session no longer holds: the user was disabled,
 * deleted, or their sessions were ended (password reset, role change) after it was issued.
 */
export async function findSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt !== null || user.sessionVersion !== sessionVersion) return null;
  return toSessionUser(user);
}
