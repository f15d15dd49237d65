"use client";
// A select of actors in tree order: a ministry or spokesperson appears indented under the state
// it speaks for, so the journalist can name the precise speaker.
import { actorTree } from "@/lib/domain/actor-hierarchy";
import type { ActorView } from "@/lib/db/actors";

type Props = { id: string; actors: ActorView[]; value: string; onChange: (value: string) => void; noneLabel?: string };

export function ActorSelect({ id, actors, value, onChange, noneLabel }: Props) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {actorTree(actors).map(({ actor, depth }) => (
        <option key={actor.id} value={actor.id}>
          {"\u2003".repeat(depth)}
          {depth > 0 ? "↳ " : ""}
          {actor.name}
        </option>
      ))}
    </select>
  );
}
