// The order in which reports list claims: one group per roll-up actor (the state a speaker speaks
// for), groups in the report's actor order, claims in document order within each group.
import type { Report, ReportActor, ReportClaim } from "./report";

export type ActorGroup = { actor: ReportActor; claims: ReportClaim[] };

/** One group per roll-up actor, in the report's actor order (roll-up actors come first there). */
export function groupClaimsByRollUpActor(report: Report): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const actor of report.actors) {
    if (report.claims.some((claim) => claim.rollUpActor.id === actor.id)) groups.set(actor.id, { actor, claims: [] });
  }
  // A roll-up actor missing from report.actors still gets its group, after the others.
  for (const claim of [...report.claims].sort((a, b) => a.number - b.number)) {
    const group = groups.get(claim.rollUpActor.id) ?? { actor: claim.rollUpActor, claims: [] };
    group.claims.push(claim);
    groups.set(claim.rollUpActor.id, group);
  }
  return [...groups.values()];
}
