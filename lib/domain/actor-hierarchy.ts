// The "speaks for" hierarchy of actors (a spokesperson under a ministry, a ministry under its
// state): lists and filters roll a precise speaker up to the state, pickers show the tree, and a
// merge's effect on aliases is previewed exactly as lib/db/actors.ts applies it. Pure; actors are
// few, so callers pass them all.

export type ActorNode = { id: string; parentId: string | null };

/**
 * Every actor that speaks for `rootId`, directly or through others (not `rootId` itself). Such an
 * actor can be neither `rootId`'s parent (a cycle) nor the target it is merged into.
 */
export function descendantIds(actors: readonly ActorNode[], rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.parentId) childrenOf.set(actor.parentId, [...(childrenOf.get(actor.parentId) ?? []), actor.id]);
  }
  const found = new Set<string>();
  const pending = [...(childrenOf.get(rootId) ?? [])];
  // The visited set also ends the walk if the stored data ever held a cycle.
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === rootId || found.has(id)) continue;
    found.add(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return found;
}

const aliasKey = (alias: string) => alias.trim().toLowerCase();

/** Aliases without repeats (case ignored, first spelling kept) and without the actor's own name. */
export function uniqueAliases(aliases: readonly string[], ownName: string): string[] {
  const seen = new Set([aliasKey(ownName)]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const key = aliasKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias.trim());
  }
  return kept;
}

type NamedActor = { name: string; aliases: readonly string[] };

/** The target's aliases once `source` is merged into it: its own, then the source's name and aliases. */
export function mergedAliases(target: NamedActor, source: NamedActor): string[] {
  return uniqueAliases([...target.aliases, source.name, ...source.aliases], target.name);
}

/** The aliases a merge adds to the target, for the confirmation ("X gets the aliases ..."). */
export function aliasesAddedByMerge(target: NamedActor, source: NamedActor): string[] {
  const existing = new Set(target.aliases.map(aliasKey));
  return mergedAliases(target, source).filter((alias) => !existing.has(aliasKey(alias)));
}


/** The actor and everyone who speaks for it, at any depth: what a filter by that actor covers. */
export function withDescendants(actors: readonly ActorNode[], rootId: string): string[] {
  return [rootId, ...descendantIds(actors, rootId)];
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
