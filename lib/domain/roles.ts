// Roles and the session user as the rest of the code sees it. No I/O.

export const ROLES = ["JOURNALIST", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  JOURNALIST: "Journalist",
  REVIEWER: "Reviewer",
  ADMIN: "Admin",
};

/** The signed-in user as every lib/db function receives it ("actor" means a claimant here). */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
};
