"use client";
// Creates a personal API token and shows its secret this one time.
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { FieldError, FormError } from "@/components/ui/form-error";
import { LIMITS } from "@/lib/validation/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateTokenForm() {
  const [state, action] = useActionState(createApiTokenAction, null);
  return (
    <div className="card">
      <form action={action} noValidate>
        <FormError state={state} />
        <div className="form-row">
          <div className="field">
            <label htmlFor="token-name">Token name</label>
            <input id="token-name" name="name" required maxLength={LIMITS.tokenName} placeholder="e.g. CMS export script" />
            <FieldError state={state} field="name" />
          </div>
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
      {state?.ok && (
        <div className="alert alert-success" role="status" style={{ marginTop: "1rem" }}>
          <strong>Copy this token now: it will not be shown again.</strong>
          <code className="secret" data-testid="new-token-secret">
            {state.data.secret}
          </code>
          Send it as <code>Authorization: Bearer &lt;token&gt;</code> to the API at <code>/api/v1</code>.
        </div>
      )}
    </div>
  );
}
