"use client";
// "Add an actor": a name, a colour readable under white labels, aliases, and optionally who it speaks for.
import { useActionState } from "react";
import { createActorAction } from "@/lib/actions/actors";
import { FieldError, FormError } from "@/components/ui/form-error";
import type { ActorView } from "@/lib/db/actors";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateActorForm({ actors }: { actors: ActorView[] }) {
  const [state, action] = useActionState(createActorAction, null);
  return (
    <form action={action} className="card" noValidate>
      <FormError state={state} />
      {state?.ok && (
        <div className="alert alert-success" role="status">
          Added {state.data.name}.
        </div>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor="actor-name">Name</label>
          <input id="actor-name" name="name" required maxLength={CONTENT_LIMITS.actorName} placeholder="e.g. Nagorno-Karabakh authorities" size={30} />
          <FieldError state={state} field="name" />
        </div>
        <div className="field">
          <label htmlFor="actor-color">Colour</label>
          <input id="actor-color" name="color" type="color" defaultValue="#0f766e" />
          <FieldError state={state} field="color" />
        </div>
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="actor-aliases">Aliases</label>
          <input id="actor-aliases" name="aliases" placeholder="Stepanakert, Karabakh authorities" aria-describedby="actor-aliases-hint" />
          <span className="field-hint" id="actor-aliases-hint">
            Separate with commas. Claims can be tagged by any of these names.
          </span>
        </div>
        <div className="field">
          <label htmlFor="actor-parent">Speaks for</label>
          <select id="actor-parent" name="parentId" defaultValue="">
            <option value="">(nobody: a top-level actor)</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel="Adding…">Add actor</SubmitButton>
      </div>
    </form>
  );
}
