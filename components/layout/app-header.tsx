// The top bar: brand, the sections this user can use, who is signed in, and sign out.
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS, type SessionUser } from "@/lib/domain/roles";
import { signOutAction } from "@/lib/actions/auth";
import { NavLink } from "./nav-link";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link href="/" className="brand">
          Counter<span>claim</span>
        </Link>
        <nav className="app-nav" aria-label="Main">
          <NavLink href="/">Articles</NavLink>
          <NavLink href="/actors">Actors</NavLink>
          <NavLink href="/settings/tokens">API tokens</NavLink>
          {can(user, "user:manage") && <NavLink href="/admin/users">Users</NavLink>}
        </nav>
        <div className="who">
          <span>{user.name}</span>
          <span className="role-badge">{ROLE_LABELS[user.role]}</span>
          <form action={signOutAction} className="inline-form">
            <button type="submit" className="button button-quiet" style={{ color: "#f9fafb" }}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
