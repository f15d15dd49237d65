"use client";
// "Rebut…": link the selected claim to another claim of the article (rebuts, supports, qualifies).
import { useState } from "react";
import { FormButtons } from "@/components/ui/form-buttons";
import { actorShortLabel } from "@/lib/domain/default-actors";
import type { ClaimDetail } from "@/lib/db/claim-view";

type Props = { claim: ClaimDetail; others: ClaimDetail[]; numbers: Map<string, number>; busy: boolean; onLink: (targetClaimId: string, kind: "rebuts" | "supports" | "qualifies") => void; onCancel: () => void };

export function LinkForm({ claim, others, numbers, busy, onLink, onCancel }: Props) {
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const [kind, setKind] = useState<"rebuts" | "supports" | "qualifies">("rebuts");
  if (others.length === 0) return <p className="muted">Tag another claim first: there is nothing to link to yet.</p>;
  return (
    <form
      className="panel-form"
      onSubmit={(event) => {
        event.preventDefault();
        onLink(target, kind);
      }}
    >
      <div className="field">
        <label htmlFor={`link-kind-${claim.id}`}>This claim</label>
        <select id={`link-kind-${claim.id}`} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
          <option value="rebuts">rebuts</option>
          <option value="supports">supports</option>
          <option value="qualifies">qualifies</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`link-target-${claim.id}`}>Claim</label>
        <select id={`link-target-${claim.id}`} value={target} onChange={(event) => setTarget(event.target.value)}>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {actorShortLabel(other.actor.name)} {numbers.get(other.id)}: {other.exact.slice(0, 60)}
              {other.exact.length > 60 ? "…" : ""}
            </option>
          ))}
        </select>
      </div>
      <FormButtons submitLabel="Link" busy={busy} onCancel={onCancel} />
    </form>
  );
}
