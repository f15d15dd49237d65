// In-memory users for pure tests of the permission table.
import type { Role, SessionUser } from "@/lib/domain/roles";

let counter = 0;

export function sessionUser(role: Role, overrides: Partial<SessionUser> = {}): SessionUser {
  counter += 1;
  return { id: `user${counter}`, email: `user${counter}@example.org`, name: `User ${counter}`, role, disabled: false, ...overrides };
}
