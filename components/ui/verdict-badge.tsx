// A verdict at a glance: its state (always in words, so colour is never the only cue) and, when
// rated, the rating's label in its colour.
import { verdictStatusLabel, type ApiVerdictStatus } from "@/lib/domain/verdict-workflow";

type Props = { status: ApiVerdictStatus | string; rating?: { label: string; color: string } | null };

export function VerdictBadge({ status, rating }: Props) {
  return (
    <span className="verdict-badge">
      <span className={`verdict-status verdict-status-${status}`}>{verdictStatusLabel(status as ApiVerdictStatus)}</span>
      {rating && (
        <span className="rating-chip" style={{ backgroundColor: rating.color }}>
          {rating.label}
        </span>
      )}
    </span>
  );
}
