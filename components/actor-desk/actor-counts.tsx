// The actor's figures at the top of its page, each with a plain label.
import type { ActorSummary } from "@/lib/db/actor-summary";

export function ActorCounts({ counts, hasChildren }: { counts: ActorSummary["counts"]; hasChildren: boolean }) {
  const figures = [
    { label: hasChildren ? "Claims (with those under it)" : "Claims", value: counts.claims },
    ...(hasChildren ? [{ label: "Claims by the actor itself", value: counts.ownClaims }] : []),
    { label: "Rebuttals it made", value: counts.rebuttalsMade },
    { label: "Rebuttals it received", value: counts.rebuttalsReceived },
    { label: "Approved verdicts", value: counts.approvedVerdicts },
  ];
  return (
    <dl className="figures">
      {figures.map((figure) => (
        <div key={figure.label} className="figure">
          <dt>{figure.label}</dt>
          <dd>{figure.value.toLocaleString("en-GB")}</dd>
        </div>
      ))}
    </dl>
  );
}
