"use client";
// Edit an actor in its row: name, colour (with a live preview), aliases and whom it speaks for.
// Sends the version it was opened at; if someone changed the actor meanwhile, the save is refused
// (409) and the form shows their version to start again from.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { updateActorAction } from "@/lib/actions/actors";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ActorView } from "@/lib/db/actors";
import { descendantIds } from "@/lib/domain/actor-hierarchy";
import { updateActorSchema, type UpdateActorInput } from "@/lib/validation/actor";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { FormButtons } from "@/components/ui/form-buttons";
import { FieldError, FormError } from "@/components/ui/form-error";
import { ActorColorField } from "./actor-color-field";

type Props = { actor: ActorView; actors: ActorView[]; onSaved: (actor: ActorView) => void; onCancel: () => void };

type Fields = { version: number; name: string; color: string; aliases: string; parentId: string };

const fieldsOf = (actor: ActorView): Fields => ({ version: actor.version, name: actor.name, color: actor.color, aliases: actor.aliases.join(", "), parentId: actor.parentId ?? "" });

function changesOf(fields: Fields): UpdateActorInput {
  return {
    version: fields.version,
    name: fields.name,
    color: fields.color,
    aliases: fields.aliases.split(",").map((alias) => alias.trim()).filter(Boolean),
    parentId: fields.parentId || null,
  };
}

/** The same schema as the server, checked before sending; its messages in the action result's shape. */
function checkLocally(changes: UpdateActorInput): ActionResult<ActorView> | null {
  const parsed = updateActorSchema.safeParse(changes);
  if (parsed.success) return null;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_")] ??= issue.message;
  return { ok: false, error: { code: "INVALID_INPUT", message: "Some fields need attention.", fieldErrors } };
}

export function ActorEditForm({ actor, actors, onSaved, onCancel }: Props) {
  const router = useRouter();
  const [fields, setFields] = useState(() => fieldsOf(actor));
  const [result, setResult] = useState<ActionResult<ActorView> | null>(null);
  const [pending, startTransition] = useTransition();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const set = (key: keyof Fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value }));
  const excluded = descendantIds(actors, actor.id).add(actor.id);
  const id = (field: string) => `actor-${actor.id}-${field}`;
  const fieldError = (field: string) => (result && !result.ok ? result.error.fieldErrors?.[field] : undefined);
  const describedBy = (field: string, hint?: string) => [hint, fieldError(field) ? id(`${field}-error`) : undefined].filter(Boolean).join(" ") || undefined;

  function save() {
    const changes = changesOf(fields);
    const invalid = checkLocally(changes);
    if (invalid) return setResult(invalid);
    startTransition(async () => {
      const outcome = await updateActorAction({ actorId: actor.id, changes });
      if (outcome.ok) return onSaved(outcome.data);
      if (outcome.error.code === "CONFLICT" && outcome.error.current) {
        // updateActor's 409 carries the actor as toActorView shows it.
        setFields(fieldsOf(outcome.error.current as ActorView));
        setResult({ ok: false, error: { code: "CONFLICT", message: "This actor was changed by someone else while you were editing. The form now shows their version: make your changes again and save." } });
        router.refresh();
        return;
      }
      setResult(outcome);
    });
  }

  return (
    <form
      className="actor-form"
      aria-label={`Edit ${actor.name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <FormError state={result} />
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("name")}>Name</label>
          <input ref={nameRef} id={id("name")} value={fields.name} onChange={set("name")} required maxLength={CONTENT_LIMITS.actorName} size={28} aria-invalid={fieldError("name") ? true : undefined} aria-describedby={describedBy("name")} />
          <FieldError state={result} field="name" id={id("name-error")} />
        </div>
        <ActorColorField id={id("color")} actorName={fields.name} color={fields.color} onChange={(color) => setFields((current) => ({ ...current, color }))} />
        <div className="field actor-form-aliases">
          <label htmlFor={id("aliases")}>Aliases</label>
          <input id={id("aliases")} value={fields.aliases} onChange={set("aliases")} aria-invalid={fieldError("aliases") ? true : undefined} aria-describedby={describedBy("aliases", id("aliases-hint"))} />
          <span className="field-hint" id={id("aliases-hint")}>
            Separate with commas.
          </span>
          <FieldError state={result} field="aliases" id={id("aliases-error")} />
        </div>
        <div className="field">
          <label htmlFor={id("parent")}>Speaks for</label>
          <select id={id("parent")} value={fields.parentId} onChange={set("parentId")} aria-invalid={fieldError("parentId") ? true : undefined} aria-describedby={describedBy("parentId")}>
            <option value="">(nobody: a top-level actor)</option>
            {actors
              .filter((option) => !excluded.has(option.id))
              .map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
          </select>
          <FieldError state={result} field="parentId" id={id("parentId-error")} />
        </div>
      </div>
      <FormButtons submitLabel={pending ? "Saving…" : "Save"} busy={pending} onCancel={onCancel} />
    </form>
  );
}
