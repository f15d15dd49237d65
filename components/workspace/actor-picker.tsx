"use client";
// Type-ahead actor picker (key `c` over a selection): matches names and aliases, so typing
// "kreml" finds Russia. Arrow keys move, Enter tags, Escape closes.
import { useState } from "react";
import type { ActorView } from "@/lib/db/actors";

function matches(actor: ActorView, typed: string): boolean {
  const wanted = typed.trim().toLowerCase();
  return !wanted || [actor.name, ...actor.aliases].some((name) => name.toLowerCase().includes(wanted));
}

type Props = { actors: ActorView[]; onPick: (actor: ActorView) => void; onClose: () => void };

export function ActorPicker({ actors, onPick, onClose }: Props) {
  const [typed, setTyped] = useState("");
  const [active, setActive] = useState(0);
  const shown = actors.filter((actor) => matches(actor, typed));
  const current = shown[Math.min(active, shown.length - 1)];
  return (
    <div className="actor-picker" role="dialog" aria-label="Choose who makes this claim">
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="actor-picker-list"
        aria-activedescendant={current ? `actor-option-${current.id}` : undefined}
        aria-label="Actor name or alias"
        placeholder="Type a name or alias…"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, shown.length - 1));
          else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
          else if (event.key === "Enter" && current) onPick(current);
          else if (event.key === "Escape") onClose();
          else return;
          event.preventDefault();
        }}
      />
      <ul id="actor-picker-list" role="listbox" aria-label="Actors">
        {shown.length === 0 && <li className="muted">No actor by that name. Add it on the Actors page.</li>}
        {shown.map((actor) => (
          <li key={actor.id} id={`actor-option-${actor.id}`} role="option" aria-selected={actor === current} onMouseDown={(event) => event.preventDefault()} onClick={() => onPick(actor)}>
            <span className="claim-label" style={{ backgroundColor: actor.color }}>
              {actor.name.slice(0, 3).toUpperCase()}
            </span>{" "}
            {actor.name}
            {typed && !actor.name.toLowerCase().includes(typed.trim().toLowerCase()) && <span className="muted"> (alias)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
