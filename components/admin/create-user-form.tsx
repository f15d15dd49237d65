"use client";
// Admin form: a new account with a role and an initial password.
import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import { FieldError, FormError } from "@/components/ui/form-error";
import { ROLES, ROLE_LABELS } from "@/lib/domain/roles";
import { LIMITS } from "@/lib/validation/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, null);
  const invalid = (field: string) => (state && !state.ok && state.error.fieldErrors?.[field] ? true : undefined);
  return (
    <form action={action} className="card" noValidate>
      <FormError state={state} />
      {state?.ok && (
        <div className="alert alert-success" role="status">
          Created {state.data.email}. Give them their password through a safe channel.
        </div>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor="new-user-name">Name</label>
          <input id="new-user-name" name="name" required maxLength={LIMITS.personName} aria-invalid={invalid("name")} />
          <FieldError state={state} field="name" />
        </div>
        <div className="field">
          <label htmlFor="new-user-email">Email</label>
          <input id="new-user-email" name="email" type="email" required maxLength={LIMITS.email} aria-invalid={invalid("email")} />
          <FieldError state={state} field="email" />
        </div>
        <div className="field">
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" name="role" defaultValue="JOURNALIST">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-user-password">Initial password</label>
          <input id="new-user-password" name="password" type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax} aria-invalid={invalid("password")} />
          <FieldError state={state} field="password" />
        </div>
        <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
      </div>
      <p className="field-hint">Passwords need at least {LIMITS.passwordMin} characters.</p>
    </form>
  );
}
