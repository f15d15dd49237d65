"use client";
// One user in the admin table: change role, disable or enable, reset the password.
import { useActionState, useState } from "react";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/actions/users";
import { FormError } from "@/components/ui/form-error";
import { ROLES, ROLE_LABELS } from "@/lib/domain/roles";
import type { UserView } from "@/lib/db/users";
import { LIMITS } from "@/lib/validation/limits";

export function UserRow({ user, isSelf }: { user: UserView; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState(setDisabledAction, null);
  const [resetState, resetAction, resetPending] = useActionState(resetPasswordAction, null);
  const [resetOpen, setResetOpen] = useState(false);
  return (
    <tr>
      <td>
        <strong>{user.name}</strong>
        {isSelf && <span className="muted"> (you)</span>}
        <div className="muted">{user.email}</div>
        {user.disabled && <span className="tag-disabled">Disabled</span>}
      </td>
      <td>
        <form action={roleAction} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`role-${user.id}`} className="visually-hidden">
            Role of {user.email}
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} disabled={isSelf}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          {!isSelf && (
            <button className="button button-secondary" type="submit" disabled={rolePending}>
              Save role
            </button>
          )}
        </form>
        <FormError state={roleState} />
      </td>
      <td>
        {!isSelf && (
          <form action={disableAction} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            <button className={user.disabled ? "button button-secondary" : "button button-danger"} type="submit" disabled={disablePending}>
              {user.disabled ? "Enable" : "Disable"}
            </button>
          </form>
        )}
        <FormError state={disableState} />
      </td>
      <td>
        {resetOpen ? (
          <form action={resetAction} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <label htmlFor={`password-${user.id}`} className="visually-hidden">
              New password for {user.email}
            </label>
            <input id={`password-${user.id}`} name="password" type="password" autoComplete="new-password" placeholder="New password" minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax} required />
            <button className="button button-secondary" type="submit" disabled={resetPending}>
              Set
            </button>
            <button className="button button-quiet" type="button" onClick={() => setResetOpen(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button className="button button-quiet" type="button" onClick={() => setResetOpen(true)}>
            Reset password
          </button>
        )}
        <FormError state={resetState} />
        {resetState?.ok && (
          <span className="muted" role="status">
            Password changed; their sessions have ended.
          </span>
        )}
      </td>
    </tr>
  );
}
