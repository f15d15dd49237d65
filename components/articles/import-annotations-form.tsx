"use client";
// Import a W3C Web Annotation file (ours, or another tool's such as Hypothesis) into this article:
// posts it to /api/v1/articles/:id/import and says what was created and what could not be placed.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { AnnotationImportResult } from "@/lib/db/annotation-import";
import { postJson } from "@/components/ui/post-json";

type Outcome = { kind: "done"; result: AnnotationImportResult } | { kind: "error"; message: string } | null;

export function ImportAnnotationsForm({ articleId, actors }: { articleId: string; actors: { id: string; name: string }[] }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setOutcome({ kind: "error", message: "Choose a .json or .jsonld file first." });
    setPending(true);
    setOutcome(null);
    try {
      const actor = String(data.get("actor") ?? "");
      const result = await postJson<AnnotationImportResult>(`/api/v1/articles/${encodeURIComponent(articleId)}/import${actor ? `?actor=${encodeURIComponent(actor)}` : ""}`, await file.text());
      if (!result.ok) return setOutcome({ kind: "error", message: result.message });
      setOutcome({ kind: "done", result: result.data });
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="import-form"
      aria-label="Import annotations"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div className="field">
        <label htmlFor="import-file">Web Annotation file</label>
        <input id="import-file" name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json" />
      </div>
      <div className="field">
        <label htmlFor="import-actor">Actor for annotations whose tags name none</label>
        <select id="import-actor" name="actor" defaultValue="">
          <option value="">None: list them as not placed</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </button>
      <div aria-live="polite">
        {outcome?.kind === "error" && (
          <p className="alert alert-error" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === "done" && (
          <div className="alert alert-success" role="status">
            <p>
              {outcome.result.created.length} claims and {outcome.result.linked.length} links created.
              {outcome.result.unplaced.length > 0 && ` ${outcome.result.unplaced.length} annotations could not be placed:`}
            </p>
            {outcome.result.unplaced.length > 0 && (
              <ul className="import-unplaced">
                {outcome.result.unplaced.map((item) => (
                  <li key={`${item.index}-${item.sourceId ?? ""}`}>
                    {item.exact ? `“${item.exact.slice(0, 80)}${item.exact.length > 80 ? "…" : ""}”` : `Annotation ${item.index + 1}`}: {item.reason}
                  </li>
                ))}
              </ul>
            )}
            {outcome.result.unlinked.length > 0 && <p>{outcome.result.unlinked.length} links could not be made (their other claim was not found).</p>}
          </div>
        )}
      </div>
    </form>
  );
}
