"use client";
// "Merge into…" for reviewers and admins: choose the actor that absorbs this one, read what will
// happen (claims that move, aliases the target gains), then merge. The server does the same sums.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { mergeActorAction } from "@/lib/actions/actors";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ActorView, ActorWithCount } from "@/lib/db/actors";
import { aliasesAddedByMerge, descendantIds } from "@/lib/domain/actor-hierarchy";
import { FormError } from "@/components/ui/form-error";

type Props = { actor: ActorWithCount; actors: ActorWithCount[]; onMerged: (target: ActorView) => void; onCancel: () => void };

const claims = (count: number) => (count === 1 ? "1 claim" : `${count} claims`);

export function mergeSummary(source: ActorWithCount, target: ActorView, childCount: number): string {
  const added = aliasesAddedByMerge(target, source);
  return [
    `${claims(source.claimCount)} will move to ${target.name};`,
    added.length ? `${target.name} gets the aliases ${added.join(", ")}.` : `${target.name} gets no new aliases.`,
    childCount ? `${childCount === 1 ? "1 actor" : `${childCount} actors`} that speak for ${source.name} will speak for ${target.name}.` : "",
    `${source.name} is then deleted.`,
  ]
    .filter(Boolean)
    .join(" ");
}

export function ActorMergeForm({ actor, actors, onMerged, onCancel }: Props) {
  const router = useRouter();
  const [targetId, setTargetId] = useState("");
  const [result, setResult] = useState<ActionResult<ActorView> | null>(null);
  const [pending, startTransition] = useTransition();
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);

  const excluded = descendantIds(actors, actor.id).add(actor.id);
  const choices = actors.filter((option) => !excluded.has(option.id));
  const target = choices.find((option) => option.id === targetId);
  const childCount = actors.filter((option) => option.parentId === actor.id).length;
  const id = (field: string) => `merge-${actor.id}-${field}`;

  function merge() {
    if (!target) return;
    startTransition(async () => {
      const outcome = await mergeActorAction({ actorId: actor.id, merge: { intoActorId: target.id, version: actor.version } });
      if (outcome.ok) return onMerged(outcome.data);
      setResult(outcome.error.code === "CONFLICT" ? { ok: false, error: { code: "CONFLICT", message: `${actor.name} was changed by someone else; the page now shows their version. Check the summary and merge again.` } } : outcome);
      if (outcome.error.code === "CONFLICT") router.refresh();
    });
  }

  return (
    <form
      className="actor-form"
      aria-label={`Merge ${actor.name} into another actor`}
      onSubmit={(event) => {
        event.preventDefault();
        merge();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <FormError state={result} />
      {choices.length === 0 ? (
        <p className="muted">There is no other actor to merge {actor.name} into.</p>
      ) : (
        <div className="field">
          <label htmlFor={id("target")}>Merge {actor.name} into</label>
          <select ref={selectRef} id={id("target")} value={targetId} onChange={(event) => setTargetId(event.target.value)}>
            <option value="">Choose an actor…</option>
            {choices.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p id={id("summary")} className="merge-summary" aria-live="polite">
        {target ? mergeSummary(actor, target, childCount) : ""}
      </p>
      <div className="form-row">
        <button className="button button-danger" type="submit" disabled={!target || pending} aria-describedby={id("summary")}>
          {pending ? "Merging…" : target ? `Merge into ${target.name}` : "Merge"}
        </button>
        <button className="button button-quiet" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
