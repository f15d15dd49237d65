"use client";
// "Refresh from source": fetches the article's URL again (POST /api/v1/articles/:id/refresh). A
// silent edit by the publisher is news: the result shows the words that changed and what happened to
// each claim (still in place, moved, or orphaned and kept), then the page reloads the new revision.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { RefreshResult } from "@/lib/db/article-import";
import { WordDiffView } from "@/components/ui/word-diff-view";
import { condenseDiff } from "@/lib/domain/word-diff";
import { postJson } from "@/components/ui/post-json";

type State = { kind: "idle" } | { kind: "working" } | { kind: "error"; message: string } | { kind: "done"; result: RefreshResult };

export function RefreshFromSource({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });

  async function refresh() {
    setState({ kind: "working" });
    const result = await postJson<RefreshResult>(`/api/v1/articles/${encodeURIComponent(articleId)}/refresh`);
    if (!result.ok) return setState({ kind: "error", message: result.message });
    setState({ kind: "done", result: result.data });
    if (result.data.changed) router.refresh();
  }

  return (
    <div className="refresh-source">
      <button type="button" className="button button-secondary" onClick={() => void refresh()} disabled={state.kind === "working"}>
        {state.kind === "working" ? "Fetching the page…" : "Refresh from source"}
      </button>
      <div aria-live="polite">
        {state.kind === "error" && (
          <p className="alert alert-error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "done" && !state.result.changed && (
          <p className="alert alert-success" role="status">
            The page has not changed. It was archived again ({new Date(state.result.fetchedAt).toUTCString()}).
          </p>
        )}
        {state.kind === "done" && state.result.changed && (
          <div className="alert alert-info refresh-result" role="status">
            <p>
              <strong>The page changed:</strong> it is now revision {state.result.revision?.number}. Claims: {state.result.claims.exact} in place, {state.result.claims.moved} moved,{" "}
              {state.result.claims.fuzzy.length} with changed words (flagged to check), {state.result.claims.orphaned.length} could not be placed (kept, listed as orphans).
            </p>
            <WordDiffView parts={condenseDiff(state.result.diff)} label="What changed in the text" />
            {state.result.claims.orphaned.length > 0 && (
              <ul>
                {state.result.claims.orphaned.map((claim) => (
                  <li key={claim.id}>“{claim.exact.length > 100 ? `${claim.exact.slice(0, 99)}…` : claim.exact}”</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
