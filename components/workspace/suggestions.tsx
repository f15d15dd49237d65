"use client";
// "Suggest claims": the server reads the text (lib/suggest) and proposes attributed statements; they
// show dashed in the text and listed here. The journalist decides each one: Enter accepts (it becomes
// a claim, origin "suggested", with its rebuttal link when one was proposed against an existing
// claim), Delete rejects, a number key gives it to another actor, j/k move. Nothing is saved unasked.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SuggestionHighlight } from "@/components/articles/annotated-document";
import type { ActionResult } from "@/lib/actions/action-result";
import { decideSuggestionAction, suggestClaimsAction } from "@/lib/actions/suggestions";
import type { ActorView } from "@/lib/db/actors";
import { isTyping } from "./keyboard";
import type { ArticleSuggestions, ClaimSuggestionView, SuggestionCounts, SuggestionDecisionResult } from "@/lib/db/suggestions";

type Run = <T>(action: () => Promise<ActionResult<T>>, success?: (data: T) => { kind: "info" | "error"; text: string } | null) => Promise<ActionResult<T>>;

type State = { list: ClaimSuggestionView[]; rebuttals: ArticleSuggestions["rebuttals"]; counts: SuggestionCounts; focus: number; actorOf: Record<string, string> };

/** Suggestions on show and what the workspace needs to draw and drive them. */
export function useClaimSuggestions({ articleId, actors, run, onAccepted }: { articleId: string; actors: ActorView[]; run: Run; onAccepted: (claimId: string) => void }) {
  const [state, setState] = useState<State | null>(null);
  const [loading, setLoading] = useState(false);
  const actorById = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);

  const start = useCallback(async () => {
    setLoading(true);
    try {
      const result = await run(() => suggestClaimsAction({ articleId }), (data) => (data.suggestions.length ? null : { kind: "info", text: "No suggestions: every attributed statement found is already tagged." }));
      if (result.ok) setState({ list: result.data.suggestions, rebuttals: result.data.rebuttals, counts: result.data.counts, focus: 0, actorOf: {} });
    } finally {
      setLoading(false);
    }
  }, [articleId, run]);

  const close = useCallback(() => setState(null), []);

  const decide = useCallback(
    async (outcome: "accepted" | "rejected", index?: number) => {
      if (!state) return;
      const at = index ?? state.focus;
      const suggestion = state.list[at];
      if (!suggestion) return;
      const actorId = state.actorOf[suggestion.id] ?? suggestion.actorId;
      const shown = { start: suggestion.start, end: suggestion.end, proposedActorId: suggestion.actorId, reason: suggestion.reason, confidence: suggestion.confidence };
      // A proposed rebuttal of a claim that already exists is made with the claim.
      const rebuts = state.rebuttals.find((rebuttal) => rebuttal.rebuttalId === suggestion.id && !/^s\d+$/.test(rebuttal.targetId))?.targetId;
      const decision =
        outcome === "accepted"
          ? { outcome, ...shown, actorId, ...(suggestion.attribution ? { attribution: suggestion.attribution } : {}), ...(suggestion.relayedById ? { relayedById: suggestion.relayedById } : {}), ...(rebuts ? { rebuts } : {}) }
          : { outcome, ...shown };
      const name = actorById.get(actorId)?.name ?? suggestion.actorName;
      const result = await run<SuggestionDecisionResult>(
        () => decideSuggestionAction({ articleId, decision }),
        () => ({ kind: "info", text: outcome === "accepted" ? `Accepted: a claim by ${name}${rebuts ? " that rebuts the claim it denies" : ""}.` : "Suggestion rejected." }),
      );
      if (!result.ok) return;
      const claimId = result.data.claim?.id;
      setState((current) => {
        if (!current) return current;
        const list = current.list.filter((other) => other.id !== suggestion.id);
        // Rebuttals proposed against this suggestion now point at the claim it became.
        const rebuttals = current.rebuttals.filter((rebuttal) => rebuttal.rebuttalId !== suggestion.id).map((rebuttal) => (claimId && rebuttal.targetId === suggestion.id ? { ...rebuttal, targetId: claimId } : rebuttal)).filter((rebuttal) => claimId || rebuttal.targetId !== suggestion.id);
        return { ...current, list, rebuttals, counts: result.data.counts, focus: Math.min(at, Math.max(0, list.length - 1)) };
      });
      if (claimId) onAccepted(claimId);
    },
    [state, actorById, run, articleId, onAccepted],
  );

  const focus = useCallback((index: number) => setState((current) => current && { ...current, focus: (index + current.list.length) % Math.max(1, current.list.length) }), []);
  const setActor = useCallback((suggestionId: string, actorId: string) => setState((current) => current && { ...current, actorOf: { ...current.actorOf, [suggestionId]: actorId } }), []);

  // The keys while suggestions are on show (the workspace's own shortcuts stand aside meanwhile).
  useEffect(() => {
    if (!state) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // A focused button or link keeps its own Enter; a selection in the text keeps the tagging keys.
      if (event.target instanceof HTMLElement && event.target.closest("button, a")) return;
      if (window.getSelection()?.isCollapsed === false) return;
      const suggestion = state.list[state.focus];
      if (event.key === "Escape") return close();
      if (!suggestion) return;
      const handled = ["Enter", "Delete", "Backspace", "j", "k", "ArrowDown", "ArrowUp"].includes(event.key) || (/^[1-9]$/.test(event.key) && Boolean(actors[Number(event.key) - 1]));
      // The workspace's own j/k and number keys must not act on claims meanwhile.
      if (handled) event.stopPropagation();
      if (event.key === "Enter") {
        event.preventDefault();
        void decide("accepted");
      } else if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        void decide("rejected");
      } else if (/^[1-9]$/.test(event.key) && actors[Number(event.key) - 1]) {
        event.preventDefault();
        setActor(suggestion.id, actors[Number(event.key) - 1].id);
      } else if (event.key === "j" || event.key === "ArrowDown") {
        event.preventDefault();
        focus(state.focus + 1);
      } else if (event.key === "k" || event.key === "ArrowUp") {
        event.preventDefault();
        focus(state.focus - 1);
      }
    };
    // Capture: these keys mean "decide" before they mean anything else on the page.
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [state, actors, decide, close, focus, setActor]);

  // Bring the focused suggestion into view in the text and the list.
  const focusedId = state?.list[state.focus]?.id;
  useEffect(() => {
    if (!focusedId) return;
    document.getElementById(`suggestion-${focusedId}`)?.scrollIntoView({ block: "nearest" });
    document.querySelector(`mark[data-suggestions~="${focusedId}"]`)?.scrollIntoView({ block: "center" });
  }, [focusedId]);

  const highlights = useMemo<SuggestionHighlight[]>(
    () =>
      (state?.list ?? []).map((suggestion, index) => {
        const actor = actorById.get(state!.actorOf[suggestion.id] ?? suggestion.actorId);
        return { id: suggestion.id, start: suggestion.start, end: suggestion.end, actorName: actor?.name ?? suggestion.actorName, color: actor?.color ?? "#6b7280", focused: index === state!.focus };
      }),
    [state, actorById],
  );

  return { active: state !== null, loading, state, highlights, start, close, decide, focus, setActor };
}

type PanelProps = { suggestions: ReturnType<typeof useClaimSuggestions>; actors: ActorView[]; busy: boolean; claimLabel: (claimId: string) => string | undefined };

export function SuggestionsPanel({ suggestions, actors, busy, claimLabel }: PanelProps) {
  const { state } = suggestions;
  const panelRef = useRef<HTMLElement>(null);
  const open = state !== null;
  // Focus moves to the panel when it opens, so that Enter and Delete decide rather than press the button that opened it.
  useEffect(() => {
    if (open) panelRef.current?.focus({ preventScroll: true });
  }, [open]);
  if (!state) return null;
  const { counts } = state;
  return (
    <section ref={panelRef} tabIndex={-1} className="suggestions-panel" aria-label="Claim suggestions">
      <div className="form-row" style={{ justifyContent: "space-between", alignItems: "baseline" }}>
        <h3 style={{ margin: 0 }}>Suggestions ({state.list.length})</h3>
        <button type="button" className="button button-quiet" onClick={suggestions.close}>
          Done
        </button>
      </div>
      <p className="muted" style={{ margin: "0.25rem 0" }}>
        <kbd>Enter</kbd> accepts, <kbd>Delete</kbd> rejects, <kbd>1</kbd>–<kbd>{Math.min(9, actors.length)}</kbd> change the actor, <kbd>j</kbd>/<kbd>k</kbd> move. On this article so far: {counts.accepted} accepted
        {counts.actorChanged ? ` (${counts.actorChanged} for another actor)` : ""}, {counts.rejected} rejected.
      </p>
      {state.list.length === 0 ? (
        <p className="muted">No suggestions left: every attributed statement found is tagged or was rejected.</p>
      ) : (
        <ol className="suggestion-list">
          {state.list.map((suggestion, index) => {
            const actorId = state.actorOf[suggestion.id] ?? suggestion.actorId;
            const rebuttal = state.rebuttals.find((candidate) => candidate.rebuttalId === suggestion.id);
            const target = rebuttal && (claimLabel(rebuttal.targetId) ?? state.list.find((other) => other.id === rebuttal.targetId)?.exact);
            return (
              <li key={suggestion.id} id={`suggestion-${suggestion.id}`} className={index === state.focus ? "suggestion-item is-focused" : "suggestion-item"} aria-current={index === state.focus ? "true" : undefined} onClick={() => suggestions.focus(index)}>
                <blockquote>“{suggestion.exact.length > 220 ? `${suggestion.exact.slice(0, 220)}…` : suggestion.exact}”</blockquote>
                <div className="form-row" style={{ alignItems: "center" }}>
                  <label htmlFor={`suggestion-actor-${suggestion.id}`}>Said by</label>
                  <select id={`suggestion-actor-${suggestion.id}`} value={actorId} onChange={(event) => suggestions.setActor(suggestion.id, event.target.value)}>
                    {actors.map((actor) => (
                      <option key={actor.id} value={actor.id}>
                        {actor.name}
                      </option>
                    ))}
                  </select>
                  <span className="muted">{Math.round(suggestion.confidence * 100)}% sure</span>
                </div>
                <p className="muted" style={{ margin: "0.25rem 0" }}>
                  {suggestion.reason}
                  {target ? ` Rebuts: “${target.slice(0, 80)}”${rebuttal!.reason ? ` (${rebuttal!.reason})` : ""}.` : ""}
                </p>
                <div className="form-row">
                  <button type="button" className="button button-secondary" disabled={busy} onClick={() => void suggestions.decide("accepted", index)}>
                    Accept
                  </button>
                  <button type="button" className="button button-quiet" disabled={busy} onClick={() => void suggestions.decide("rejected", index)}>
                    Reject
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
