"use client";
// Attach evidence to the selected claim: the source, what it says, and whether it refutes or supports.
import { useState } from "react";
import { FormButtons } from "@/components/ui/form-buttons";
import { EVIDENCE_KINDS, STANCES, type CreateEvidenceInput } from "@/lib/validation/claim";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

export type EvidenceDraft = { url: string; title: string; publisher: string; excerpt: string; kind: NonNullable<CreateEvidenceInput["kind"]>; stance: NonNullable<CreateEvidenceInput["stance"]> };

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

type Props = { claimId: string; busy: boolean; fieldErrors?: Record<string, string>; onSave: (draft: EvidenceDraft) => void; onCancel: () => void };

export function EvidenceForm({ claimId, busy, fieldErrors, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<EvidenceDraft>({ url: "", title: "", publisher: "", excerpt: "", kind: "media_report", stance: "refutes" });
  // Select options only offer valid kinds and stances, so their values are of the draft's types.
  const set = (key: keyof EvidenceDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value } as EvidenceDraft);
  const id = (key: string) => `evidence-${key}-${claimId}`;
  return (
    <form
      className="panel-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <div className="field">
        <label htmlFor={id("url")}>Source URL</label>
        <input id={id("url")} type="url" required value={draft.url} onChange={set("url")} maxLength={CONTENT_LIMITS.url} placeholder="https://" />
        {fieldErrors?.["evidence.url"] && <span className="field-error">{fieldErrors["evidence.url"]}</span>}
      </div>
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input id={id("title")} value={draft.title} onChange={set("title")} maxLength={CONTENT_LIMITS.evidenceTitle} />
      </div>
      <div className="field">
        <label htmlFor={id("publisher")}>Publisher</label>
        <input id={id("publisher")} value={draft.publisher} onChange={set("publisher")} maxLength={CONTENT_LIMITS.publisher} />
      </div>
      <div className="field">
        <label htmlFor={id("excerpt")}>Excerpt</label>
        <textarea id={id("excerpt")} rows={3} value={draft.excerpt} onChange={set("excerpt")} maxLength={CONTENT_LIMITS.evidenceExcerpt} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("kind")}>Kind</label>
          <select id={id("kind")} value={draft.kind} onChange={set("kind")}>
            {EVIDENCE_KINDS.map((kind) => (
              <option key={kind} value={kind.toLowerCase()}>
                {label(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("stance")}>Stance</label>
          <select id={id("stance")} value={draft.stance} onChange={set("stance")}>
            {STANCES.map((stance) => (
              <option key={stance} value={stance.toLowerCase()}>
                {label(stance)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormButtons submitLabel="Save evidence" busy={busy} onCancel={onCancel} />
    </form>
  );
}
