// The top bar: brand, the sections this user can use, who is signed in, and sign out. Reviewers and
// admins see how many verdicts wait for review (counted by the layout, which may read lib/db), kept
// current by the desk's live stream.
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS, type SessionUser } from "@/lib/domain/roles";
import { signOutAction } from "@/lib/actions/auth";
import { NavLink } from "./nav-link";
import { DeskLiveUpdates } from "@/components/live/desk-live-updates";

/** `reviewCount`: verdicts in review, given for those who decide on them. */
export function AppHeader({ user, reviewCount }: { user: SessionUser; reviewCount?: number }) {
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link href="/" className="brand">
          Counter<span>claim</span>
        </Link>
        <nav className="app-nav" aria-label="Main">
          <NavLink href="/">Articles</NavLink>
          <NavLink href="/claims">Claims</NavLink>
          {reviewCount !== undefined && (
            <NavLink href="/review">
              {reviewCount > 0 ? (
                <>
                  {/* One name for screen readers ("Review, 3 waiting"); the badge is for the eyes. */}
                  <span className="visually-hidden">Review, {reviewCount} waiting</span>
                  <span aria-hidden="true">
                    Review<span className="nav-count">{reviewCount}</span>
                  </span>
                </>
              ) : (
                "Review"
              )}
            </NavLink>
          )}
          <NavLink href="/verdicts">My verdicts</NavLink>
          <NavLink href="/actors">Actors</NavLink>
          <NavLink href="/balance">Balance</NavLink>
          <NavLink href="/settings/tokens">API tokens</NavLink>
          {can(user, "user:manage") && <NavLink href="/admin/users">Users</NavLink>}
          {can(user, "rating:manage") && <NavLink href="/admin/ratings">Ratings</NavLink>}
          {can(user, "settings:manage") && <NavLink href="/admin/settings">Desk</NavLink>}
        </nav>
        {reviewCount !== undefined && <DeskLiveUpdates userId={user.id} />}
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
