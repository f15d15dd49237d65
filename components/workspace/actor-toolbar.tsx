"use client";
// The floating toolbar shown over a text selection: one button per actor, with its number key.
import type { ActorView } from "@/lib/db/actors";

type Props = { actors: ActorView[]; position: { top: number; left: number }; busy: boolean; onTag: (actor: ActorView) => void; onCancel: () => void };

export function ActorToolbar({ actors, position, busy, onTag, onCancel }: Props) {
  return (
    <div className="actor-toolbar" role="toolbar" aria-label="Tag the selection as a claim by" style={{ top: position.top, left: position.left }}>
      <span className="actor-toolbar-title">Claim by</span>
      {actors.map((actor, index) => (
        <button key={actor.id} type="button" className="actor-button" style={{ backgroundColor: actor.color }} disabled={busy} onMouseDown={(event) => event.preventDefault()} onClick={() => onTag(actor)}>
          {index < 9 && <kbd>{index + 1}</kbd>} {actor.name}
        </button>
      ))}
      <button type="button" className="button-quiet" onMouseDown={(event) => event.preventDefault()} onClick={onCancel} aria-label="Cancel (Escape)">
        ✕
      </button>
    </div>
  );
}
