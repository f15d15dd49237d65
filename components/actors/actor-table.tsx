"use client";
// Every actor with its label, aliases, parent and claim count, each row editable in place and,
// for reviewers and admins, mergeable into another actor. One status line announces the outcome.
import Link from "next/link";
import { Fragment, useRef, useState } from "react";
import type { ActorView, ActorWithCount } from "@/lib/db/actors";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { Table } from "@/components/ui/table";
import { ActorEditForm } from "./actor-edit-form";
import { ActorMergeForm } from "./actor-merge-form";

type Props = { actors: ActorWithCount[]; canMerge: boolean };

const COLUMNS = ["Actor", "Aliases", "Speaks for", { label: "Claims", numeric: true }, { label: "Actions", hiddenLabel: true }];

export function ActorTable({ actors, canMerge }: Props) {
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));

  if (actors.length === 0) {
    return (
      <div className="empty-state">
        <strong>No actors yet.</strong>
        <p>Claims are tagged with the actor who made them. Add the first one with the form above, for example a government or its defence ministry.</p>
      </div>
    );
  }

  return (
    <>
      <p className="actor-status" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      <Table columns={COLUMNS}>
        {actors.map((actor) => (
          <ActorRow
            key={actor.id}
            actor={actor}
            actors={actors}
            parent={actor.parentId ? byId.get(actor.parentId) : undefined}
            canMerge={canMerge}
            onSaved={(saved) => setStatus(`Saved ${saved.name}.`)}
            onMerged={(target) => {
              setStatus(`Merged ${actor.name} into ${target.name}.`);
              // The row that had focus is gone: the announcement takes it.
              statusRef.current?.focus();
            }}
          />
        ))}
      </Table>
    </>
  );
}

type RowProps = { actor: ActorWithCount; actors: ActorWithCount[]; parent?: ActorWithCount; canMerge: boolean; onSaved: (actor: ActorView) => void; onMerged: (target: ActorView) => void };

function ActorRow({ actor, actors, parent, canMerge, onSaved, onMerged }: RowProps) {
  const [mode, setMode] = useState<"view" | "edit" | "merge">("view");
  const editButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const close = (button: React.RefObject<HTMLButtonElement | null>) => {
    setMode("view");
    // After the form closes, keyboard users continue from the button that opened it.
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <Fragment>
      <tr className={mode === "view" ? undefined : "is-open"}>
        <td>
          <span className="claim-label" style={{ backgroundColor: actor.color }}>
            {actorShortLabel(actor.name)}
          </span>{" "}
          <strong>
            <Link href={`/actors/${actor.slug}`}>{actor.name}</Link>
          </strong>
        </td>
        <td className="muted">{actor.aliases.join(", ") || "—"}</td>
        <td>{parent ? <Link href={`/actors/${parent.slug}`}>{parent.name}</Link> : <span className="muted">—</span>}</td>
        <td className="num">{actor.claimCount}</td>
        <td className="actor-actions">
          <button ref={editButton} className="button button-secondary" type="button" aria-expanded={mode === "edit"} onClick={() => setMode(mode === "edit" ? "view" : "edit")}>
            Edit<span className="visually-hidden"> {actor.name}</span>
          </button>
          {canMerge && (
            <button ref={mergeButton} className="button button-quiet" type="button" aria-expanded={mode === "merge"} onClick={() => setMode(mode === "merge" ? "view" : "merge")}>
              Merge<span className="visually-hidden"> {actor.name}</span> into…
            </button>
          )}
        </td>
      </tr>
      {mode !== "view" && (
        <tr className="actor-form-row">
          <td colSpan={COLUMNS.length}>
            {mode === "edit" ? (
              <ActorEditForm
                actor={actor}
                actors={actors}
                onCancel={() => close(editButton)}
                onSaved={(saved) => {
                  onSaved(saved);
                  close(editButton);
                }}
              />
            ) : (
              <ActorMergeForm actor={actor} actors={actors} onCancel={() => close(mergeButton)} onMerged={onMerged} />
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
