// The "speaks for" hierarchy of actors and what a merge does to aliases. Pure, so the actors page
// offers exactly the choices lib/db/actors.ts accepts and previews exactly what a merge will do.

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
