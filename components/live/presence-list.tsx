// Who else has this article open (from the live stream's presence events), as initials with
// the names for screen readers and on hover; and the stream's state when it is down.
import { initialsOf, type Viewer } from "@/lib/domain/live-notice";
import type { LiveState } from "./use-live-stream";

export function PresenceList({ viewers, selfId, state }: { viewers: Viewer[]; selfId: string; state: LiveState }) {
  const others = viewers.filter((viewer) => viewer.userId !== selfId);
  return (
    <div className="live-bar">
      <div className="presence" role="group" aria-label="Also viewing this article">
        {others.length === 0 ? (
          <span className="muted">Only you are viewing this article.</span>
        ) : (
          <>
            <span className="muted">Also viewing:</span>
            <ul className="presence-list">
              {others.map((viewer) => (
                <li key={viewer.userId} className="presence-badge" title={viewer.name}>
                  <span aria-hidden="true">{initialsOf(viewer.name)}</span>
                  <span className="visually-hidden">{viewer.name}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ConnectionState state={state} />
    </div>
  );
}

export function ConnectionState({ state }: { state: LiveState }) {
  return (
    // A polite live region rather than role="status": the workspace's own status line stays the page's one status.
    <span aria-live="polite" className="live-state">
      {state === "reconnecting" ? <span className="live-reconnecting">Reconnecting…</span> : null}
    </span>
  );
}
