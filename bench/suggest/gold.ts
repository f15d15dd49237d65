// The shape of the evaluation set for `npm run bench:suggest`, and turning quoted gold into offsets.
// Gold conventions (written before the algorithm, and the algorithm is scored against them):
// - a claim's span is the STATEMENT: the that-clause without "that", the words inside a direct quote
//   (without the quote marks and the comma or full stop that closes the quoted sentence), the object
//   of "accused Y of …" written as "Y of …", of "called A a B" as "A a B", of "denied …";
// - it ends before the sentence's final punctuation;
// - statements by third parties (EU, UN, analysts, Karabakh authorities …) and the journalist's own
//   narration are not gold claims;
// - a rebuttal pair is [rebutting claim index, rebutted claim index], one target per rebutting claim:
//   the claim a journalist would link the denial to.
import type { ActorRef, Attribution } from "../../lib/suggest";

export type GoldClaim = { quote: string; occurrence?: number; actor: string; attribution?: Attribution; relayedBy?: string };
export type GoldText = { name: string; actors: ActorRef[]; text: string; claims: GoldClaim[]; rebuttals: [number, number][] };
export type ResolvedClaim = { start: number; end: number; actor: string; attribution?: Attribution; relayedBy?: string };
export type ResolvedText = { name: string; actors: ActorRef[]; text: string; claims: ResolvedClaim[]; rebuttals: [number, number][] };

/** Actors as a desk would give them: names only, no aliases (the suggester must know states by itself). */
export function actorsWithoutAliases(...names: string[]): ActorRef[] {
  return names.map((name) => ({ name, aliases: [] }));
}

/** Offsets of every gold quote; throws on a quote that is not in the text, so gold can never silently rot. */
export function resolveGold(gold: GoldText): ResolvedText {
  const claims = gold.claims.map((claim, index) => {
    let start = -1;
    for (let seen = 0; seen < (claim.occurrence ?? 1); seen++) {
      start = gold.text.indexOf(claim.quote, start + 1);
      if (start === -1) throw new Error(`${gold.name}: gold claim ${index} "${claim.quote}" (occurrence ${claim.occurrence ?? 1}) is not in the text`);
    }
    return { start, end: start + claim.quote.length, actor: claim.actor, attribution: claim.attribution, relayedBy: claim.relayedBy };
  });
  for (const [rebuttal, target] of gold.rebuttals) {
    if (!claims[rebuttal] || !claims[target]) throw new Error(`${gold.name}: gold rebuttal [${rebuttal}, ${target}] names a missing claim`);
  }
  return { name: gold.name, actors: gold.actors, text: gold.text, claims, rebuttals: gold.rebuttals };
}
