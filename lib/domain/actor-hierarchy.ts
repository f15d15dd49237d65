// Actors form a tree: a spokesperson under a ministry, a ministry under its state. Lists and
// filters roll a claim's precise speaker up to the state it speaks for. Pure; actors are few, so
// callers pass them all.
export type ActorNode = { id: string; parentId: string | null };

/** The actor and everyone who speaks for it, at any depth (cycles, which the data forbids, stop). */
export function withDescendants(actors: readonly ActorNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const actor of actors) if (actor.parentId) children.set(actor.parentId, [...(children.get(actor.parentId) ?? []), actor.id]);
  const found = new Set([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return [...found];
}

/** The top of the actor's tree: the state a ministry or spokesperson speaks for. */
export function rootActorId(actors: readonly ActorNode[], actorId: string): string {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const seen = new Set<string>();
  let current = actorId;
  for (let parent = byId.get(current)?.parentId; parent && !seen.has(parent); parent = byId.get(current)?.parentId) {
    seen.add(current);
    current = parent;
  }
  return current;
}

/** Actors in tree order (each state, then those who speak for it, indented by depth), for pickers. */
export function actorTree<T extends ActorNode & { name: string }>(actors: readonly T[]): { actor: T; depth: number }[] {
  const ids = new Set(actors.map((actor) => actor.id));
  const children = new Map<string | null, T[]>();
  for (const actor of actors) {
    const parent = actor.parentId && ids.has(actor.parentId) ? actor.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), actor]);
  }
  const ordered: { actor: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const actor of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      if (ordered.some((entry) => entry.actor.id === actor.id)) continue;
      ordered.push({ actor, depth });
      visit(actor.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
