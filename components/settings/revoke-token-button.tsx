"use client";
// Revokes one token; the row shows it as revoked afterwards.
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { FormError } from "@/components/ui/form-error";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeApiTokenAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button className="button button-danger" type="submit" disabled={pending} aria-label={`Revoke token ${name}`}>
        Revoke
      </button>
      <FormError state={state} />
    </form>
  );
}
