"use client";
// The annotation workspace: select text and tag it as a claim by an actor (toolbar click or number
// key), browse claims with j/k (all, or one actor's with its speakers), link rebuttals (or select
// the rebutting text), attach and remove evidence, delete with undo.
// Writes go through server actions (lib/actions/annotations.ts); the page then shows server data.
// Other people's changes arrive over the article's live stream (use-workspace-live.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { AnnotatedDocument } from "@/components/articles/annotated-document";
import { claimNumbers, inDocumentOrder } from "@/lib/domain/claim-order";
import type { ArticleDetail } from "@/lib/db/articles";
import type { ActorView } from "@/lib/db/actors";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  createClaimAction,
  createEvidenceAction,
  createLinkAction,
  deleteClaimAction,
  deleteEvidenceAction,
  deleteLinkAction,
  restoreClaimAction,
  updateClaimAction,
} from "@/lib/actions/annotations";
import { rootActorId } from "@/lib/domain/actor-hierarchy";
import { trimRange } from "@/lib/editor/trim-range";
import { ActorPicker } from "./actor-picker";
import { ActorToolbar } from "./actor-toolbar";
import { ClaimCard, linkLabel } from "./claim-card";
import { AnchorFlag } from "./anchor-flag";
import { ArticleTextEditor } from "./article-text-editor";
import { OrphansList, ReattachBanner, revisionNotice } from "./orphans";
import { confirmClaimAnchorAction, reattachClaimAction } from "@/lib/actions/revisions";
import type { ClaimDetail } from "@/lib/db/claim-view";
import { VerdictForm } from "./verdict-form";
import type { VerdictView } from "@/lib/db/verdicts";
import type { RatingView } from "@/lib/db/ratings";
import type { SessionUser } from "@/lib/domain/roles";
import { VERDICT_STATUSES, VERDICT_STATUS_LABELS } from "@/lib/domain/verdict-workflow";
import { ClaimEditForm } from "./claim-edit-form";
import { EvidenceForm, type EvidenceDraft } from "./evidence-form";
import { LinkForm } from "./link-form";
import { SameClaimProposals } from "./same-claim-proposals";
import type { SameClaimContext } from "@/lib/db/same-claim-context";
import { isTyping } from "./keyboard";
import { SuggestionsPanel, useClaimSuggestions } from "./suggestions";
import { useWorkspaceLive } from "./use-workspace-live";
import { PresenceList } from "@/components/live/presence-list";
import { LiveNotices } from "@/components/live/live-notices";

type Notice = { kind: "info" | "error"; text: string; undoClaimId?: string };
type Panel = "edit" | "link" | "evidence" | "verdict" | null;


type Props = {
  article: ArticleDetail;
  actors: ActorView[];
  verdicts: VerdictView[];
  ratings: RatingView[];
  user: SessionUser;
  initialClaimId?: string;
  /** SAME_CLAIM links of this article's claims to other articles, by claim id. */
  sameClaims?: Record<string, SameClaimContext[]>;
};

export function Workspace({ article, actors, verdicts, ratings, user, initialClaimId, sameClaims = {} }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [toolbarAt, setToolbarAt] = useState<{ top: number; left: number } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId ?? null);
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string> | undefined>();
  const [busy, setBusy] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  /** The claim whose rebuttal the journalist is selecting in the text, if any. */
  const [rebutting, setRebutting] = useState<string | null>(null);
  /** The orphaned claim whose new words the journalist is selecting, if any. */
  const [reattaching, setReattaching] = useState<string | null>(null);
  /** Edit mode: the text in an editable editor, saved as a new revision. */
  const [editing, setEditing] = useState(false);
  /** Show only the claims of this actor and of those who speak for it ("" = everyone). */
  const [actorFilter, setActorFilter] = useState("");
  /** Show only claims whose verdict is in this state ("none": not yet checked; "" = any). */
  const [verdictFilter, setVerdictFilter] = useState("");
  /** Same-claim proposals the journalist dismissed, as "claimId:otherId", for this visit. */
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const verdictByClaim = useMemo(() => new Map(verdicts.map((verdict) => [verdict.claimId, verdict])), [verdicts]);

  const allOrdered = useMemo(() => inDocumentOrder(article.claims), [article.claims]);
  const stateOf = useCallback((actorId: string) => rootActorId(actors, actorId), [actors]);
  const ordered = useMemo(
    () =>
      allOrdered.filter(
        (claim) =>
          (!actorFilter || stateOf(claim.actor.id) === actorFilter) &&
          (!verdictFilter || (verdictByClaim.get(claim.id)?.status ?? "none") === verdictFilter),
      ),
    [allOrdered, actorFilter, verdictFilter, stateOf, verdictByClaim],
  );
  const claimCountByState = useMemo(() => {
    const counts = new Map<string, number>();
    for (const claim of article.claims) counts.set(stateOf(claim.actor.id), (counts.get(stateOf(claim.actor.id)) ?? 0) + 1);
    return counts;
  }, [article.claims, stateOf]);
  const numbers = useMemo(() => claimNumbers(article.claims), [article.claims]);
  const byId = useMemo(() => new Map(article.claims.map((claim) => [claim.id, claim])), [article.claims]);
  const live = useWorkspaceLive({ articleId: article.id, user, byId, editingClaimId: panel ? selectedId : null });
  /** The claim as it was when its edit form opened: a live refresh must not swap the version under the form (a conflicting save gets the 409 flow). */
  const [editBase, setEditBase] = useState<ClaimDetail | null>(null);

  /** Runs a server action, reporting its error in the notice bar; returns the result. */
  const run = useCallback(async <T,>(action: () => Promise<ActionResult<T>>, success?: (data: T) => Notice | null): Promise<ActionResult<T>> => {
    setBusy(true);
    try {
      const result = await action();
      setFieldErrors(result.ok ? undefined : result.error.fieldErrors);
      setNotice(result.ok ? (success?.(result.data) ?? null) : { kind: "error", text: result.error.message });
      return result;
    } finally {
      setBusy(false);
    }
  }, []);

  const suggestions = useClaimSuggestions({ articleId: article.id, actors, run, onAccepted: setSelectedId });

  const onSelect = useCallback((selection: { start: number; end: number; rect: DOMRect } | null) => {
    setRange(selection && { start: selection.start, end: selection.end });
    if (!selection) return setToolbarAt(null);
    setToolbarAt({ top: selection.rect.top + window.scrollY - 52, left: Math.max(8, selection.rect.left + window.scrollX) });
  }, []);
  const onReady = useCallback(() => setReady(true), []);

  const clearSelection = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setRange(null);
    setToolbarAt(null);
    setPickerOpen(false);
  }, []);

  const tag = useCallback(
    async (actor: ActorView) => {
      if (!range) return;
      const trimmed = trimRange(article.text, range.start, range.end);
      if (trimmed.end <= trimmed.start) return setNotice({ kind: "error", text: "Select some words: the selection is empty or only spaces." });
      const rebutted = rebutting ? byId.get(rebutting) : undefined;
      const result = await run(
        () => createClaimAction({ articleId: article.id, claim: { actor: actor.id, ...trimmed, ...(rebutted ? { rebuts: rebutted.id } : {}) } }),
        () => ({ kind: "info", text: rebutted ? `Tagged a claim by ${actor.name} that rebuts ${rebutted.actor.name} ${numbers.get(rebutted.id)}.` : `Tagged a claim by ${actor.name}.` }),
      );
      if (result.ok) {
        clearSelection();
        setRebutting(null);
        setSelectedId(result.data.id);
      }
    },
    [article.id, article.text, range, run, clearSelection, rebutting, byId, numbers],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (ordered.length === 0) return;
      const index = ordered.findIndex((claim) => claim.id === selectedId);
      const next = ordered[index === -1 ? (step === 1 ? 0 : ordered.length - 1) : (index + step + ordered.length) % ordered.length];
      setSelectedId(next.id);
      setPanel(null);
      document.getElementById(`claim-${next.id}`)?.scrollIntoView({ block: "nearest" });
      textRef.current?.querySelector(`mark[data-claims~="${next.id}"]`)?.scrollIntoView({ block: "center" });
    },
    [ordered, selectedId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape") {
        setRebutting(null);
        setReattaching(null);
        return clearSelection();
      }
      if (reattaching || editing) return;
      if (range && event.key === "c") {
        event.preventDefault();
        setPickerOpen(true);
        return;
      }
      if (range && /^[1-9]$/.test(event.key)) {
        const actor = actors[Number(event.key) - 1];
        if (actor) {
          event.preventDefault();
          void tag(actor);
        }
        return;
      }
      if (event.key === "j") move(1);
      if (event.key === "k") move(-1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [actors, range, tag, move, clearSelection, reattaching, editing]);

  const reattach = useCallback(async () => {
    const claim = reattaching ? byId.get(reattaching) : undefined;
    if (!claim || !range) return;
    const trimmed = trimRange(article.text, range.start, range.end);
    if (trimmed.end <= trimmed.start) return setNotice({ kind: "error", text: "Select some words: the selection is empty or only spaces." });
    const result = await run(() => reattachClaimAction({ articleId: article.id, claimId: claim.id, range: { ...trimmed, version: claim.version } }), () => ({ kind: "info", text: `Re-attached ${claim.actor.name} ${numbers.get(claim.id)} to the selected words.` }));
    if (result.ok) {
      clearSelection();
      setReattaching(null);
      setSelectedId(claim.id);
    }
  }, [reattaching, byId, range, article.id, article.text, run, numbers, clearSelection]);

  const anchorFlag = (claim: ClaimDetail) => (
    <AnchorFlag
      claim={claim}
      busy={busy}
      onConfirm={() => void run(() => confirmClaimAnchorAction({ articleId: article.id, claimId: claim.id, version: claim.version }), () => ({ kind: "info", text: "Confirmed." }))}
      onReattach={() => {
        setReattaching(claim.id);
        setRebutting(null);
        setNotice(null);
        textRef.current?.querySelector<HTMLElement>(".ProseMirror")?.focus({ preventScroll: true });
      }}
    />
  );
  const orphans = allOrdered.filter((claim) => claim.anchorStatus === "orphaned");

  // Arriving from the claim map (?claim=...): bring that claim into view once.
  useEffect(() => {
    if (!initialClaimId) return;
    document.getElementById(`claim-${initialClaimId}`)?.scrollIntoView({ block: "nearest" });
    textRef.current?.querySelector(`mark[data-claims~="${initialClaimId}"]`)?.scrollIntoView({ block: "center" });
  }, [initialClaimId]);

  const selected = selectedId ? byId.get(selectedId) : undefined;

  return (
    <>
    <PresenceList viewers={live.viewers} selfId={user.id} state={live.state} />
    <LiveNotices notices={live.notices} label="Changes by others" />
    <div className="reader-layout">
      <article className="card" lang={article.language} aria-label="Article text">
        {rebutting && byId.get(rebutting) && (
          <div className="alert alert-info rebut-banner" role="status">
            Select the text that rebuts {byId.get(rebutting)!.actor.name} {numbers.get(rebutting)}, then choose who says it.{" "}
            <button type="button" className="button button-quiet" onClick={() => setRebutting(null)}>
              Cancel
            </button>
          </div>
        )}
        {reattaching && byId.get(reattaching) && (
          <ReattachBanner claim={byId.get(reattaching)!} number={numbers.get(reattaching)!} canAttach={Boolean(range)} busy={busy} onAttach={() => void reattach()} onCancel={() => setReattaching(null)} />
        )}
        {editing ? (
          <ArticleTextEditor
            article={article}
            onCancel={() => setEditing(false)}
            onSaved={(result) => {
              setEditing(false);
              setNotice({ kind: "info", text: revisionNotice(result) });
              router.refresh();
            }}
          />
        ) : (
          <>
            <div className="workspace-hint">
              <p>
                Select words, then choose who says them: press 1–{Math.min(9, actors.length)}, or <kbd>c</kbd> to type a name or alias. <kbd>j</kbd>/<kbd>k</kbd> move between claims.
              </p>
              <div className="form-row">
                <button type="button" className="button button-quiet" disabled={suggestions.loading} aria-busy={suggestions.loading} onClick={() => void suggestions.start()}>
                  {suggestions.loading ? "Finding suggestions…" : suggestions.active ? "Suggest again" : "Suggest claims"}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    suggestions.close();
                    setEditing(true);
                  }}
                >
                  Edit text
                </button>
              </div>
            </div>
            {/* data-workspace-ready says "the text is highlighted and shortcuts work" (tests wait for it rather than racing hydration). */}
            <div ref={textRef} data-workspace-ready={ready ? "" : undefined}>
              {/* Keyed by revision: a new text (an edit, a refresh, a restore) is a new editor, not a patched one. */}
              <AnnotatedDocument key={article.revision?.id} body={article.body} claims={article.claims} numbers={numbers} selectedClaimId={selectedId} language={article.language} onClaimClick={setSelectedId} onSelect={onSelect} onReady={onReady} suggestions={suggestions.highlights} />
            </div>
          </>
        )}
        {range && toolbarAt && !pickerOpen && !reattaching && !editing && <ActorToolbar actors={actors} position={toolbarAt} busy={busy} onTag={(actor) => void tag(actor)} onCancel={clearSelection} />}
        {range && pickerOpen && (
          <div style={{ position: "absolute", top: toolbarAt?.top ?? 0, left: toolbarAt?.left ?? 0, zIndex: 30 }}>
            <ActorPicker actors={actors} onPick={(actor) => void tag(actor)} onClose={() => setPickerOpen(false)} />
          </div>
        )}
      </article>
      <aside aria-label="Claims" className="claim-panel">
        <SuggestionsPanel suggestions={suggestions} actors={actors} busy={busy} claimLabel={(claimId) => (byId.get(claimId) ? `${byId.get(claimId)!.actor.name} ${numbers.get(claimId)}: ${byId.get(claimId)!.exact}` : undefined)} />
        <h2 style={{ marginTop: 0 }}>Claims ({article.claims.length})</h2>
        <OrphansList orphans={orphans} numbers={numbers} onShow={(claimId) => setSelectedId(claimId)} />
        {article.claims.length > 0 && (
          <div className="panel-filter">
            <label htmlFor="claim-filter">Show</label>
            <select id="claim-filter" value={actorFilter} onChange={(event) => setActorFilter(event.target.value)}>
              <option value="">all actors</option>
              {actors
                .filter((actor) => claimCountByState.has(actor.id))
                .map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name} ({claimCountByState.get(actor.id)})
                  </option>
                ))}
            </select>
            <label htmlFor="claim-verdict-filter" className="visually-hidden">
              Verdict state
            </label>
            <select id="claim-verdict-filter" value={verdictFilter} onChange={(event) => setVerdictFilter(event.target.value)}>
              <option value="">any verdict state</option>
              <option value="none">not yet checked</option>
              {VERDICT_STATUSES.map((status) => (
                <option key={status} value={status.toLowerCase()}>
                  {VERDICT_STATUS_LABELS[status].toLowerCase()}
                </option>
              ))}
            </select>
          </div>
        )}
        <div aria-live="polite">
          {notice && (
            <div className={notice.kind === "error" ? "alert alert-error" : "alert alert-success"} role={notice.kind === "error" ? "alert" : "status"}>
              {notice.text}
              {notice.undoClaimId && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void run(() => restoreClaimAction({ articleId: article.id, claimId: notice.undoClaimId! }), () => ({ kind: "info", text: "Claim restored." }))}
                >
                  Undo
                </button>
              )}
            </div>
          )}
        </div>
        {live.deletedWhileEditing && (
          <div className="alert alert-error claim-deleted-notice" role="alert">
            This claim was deleted by {live.deletedWhileEditing.by}.{" "}
            <button type="button" className="button button-quiet" onClick={live.dismissDeleted}>
              Dismiss
            </button>
          </div>
        )}
        {article.claims.length === 0 ? (
          <p className="muted">No claims yet. Select a statement in the text and choose who makes it.</p>
        ) : ordered.length === 0 ? (
          <p className="muted">No claims match these filters.</p>
        ) : (
          <ol className="claim-list">
            {ordered.map((claim) => (
              <ClaimCard
                key={claim.id}
                claim={claim}
                number={numbers.get(claim.id)!}
                byId={byId}
                numbers={numbers}
                selected={claim.id === selectedId}
                onSelect={() => setSelectedId(claim.id === selectedId ? null : claim.id)}
                verdict={verdictByClaim.get(claim.id)}
                anchorFlag={anchorFlag(claim)}
                sameClaims={sameClaims[claim.id]}
                onRemoveLink={claim.id === selectedId ? (linkId) => void run(() => deleteLinkAction({ articleId: article.id, linkId }), () => ({ kind: "info", text: "Link removed." })) : undefined}
                onRemoveEvidence={
                  claim.id === selectedId ? (evidenceId) => void run(() => deleteEvidenceAction({ articleId: article.id, evidenceId }), () => ({ kind: "info", text: "Evidence removed." })) : undefined
                }
              >
                {claim.id === selected?.id && (
                  <div className="claim-actions">
                    <div className="form-row">
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          setEditBase(claim);
                          setPanel(panel === "edit" ? null : "edit");
                        }}
                        aria-expanded={panel === "edit"}
                      >
                        Edit
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setPanel(panel === "link" ? null : "link")} aria-expanded={panel === "link"}>
                        Rebut…
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setPanel(panel === "evidence" ? null : "evidence")} aria-expanded={panel === "evidence"}>
                        Add evidence
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setPanel(panel === "verdict" ? null : "verdict")} aria-expanded={panel === "verdict"}>
                        Verdict…
                      </button>
                      <button
                        type="button"
                        className="button button-danger"
                        disabled={busy}
                        onClick={() => void run(() => deleteClaimAction({ articleId: article.id, claimId: claim.id }), () => ({ kind: "info", text: "Claim deleted.", undoClaimId: claim.id }))}
                      >
                        Delete
                      </button>
                    </div>
                    <SameClaimProposals
                      claimId={claim.id}
                      refreshKey={claim.links.map((link) => link.id).join(",")}
                      busy={busy}
                      dismissed={new Set([...dismissed].filter((key) => key.startsWith(`${claim.id}:`)).map((key) => key.slice(claim.id.length + 1)))}
                      onDismiss={(otherId) => setDismissed((previous) => new Set([...previous, `${claim.id}:${otherId}`]))}
                      onLink={(targetClaimId) => void run(() => createLinkAction({ articleId: article.id, claimId: claim.id, link: { targetClaimId, kind: "same_claim" } }), () => ({ kind: "info", text: "Linked as the same claim." }))}
                    />
                    {panel === "edit" && (
                      <ClaimEditForm
                        key={`${claim.id}-${(editBase?.id === claim.id ? editBase : claim).version}`}
                        claim={editBase?.id === claim.id ? editBase : claim}
                        actors={actors}
                        busy={busy}
                        onCancel={() => setPanel(null)}
                        onSave={(changes) =>
                          void run(() => updateClaimAction({ articleId: article.id, claimId: claim.id, changes }), () => ({ kind: "info", text: "Claim saved." })).then((result) => {
                            if (result.ok) setPanel(null);
                            // Someone else saved first: show their version, keep the form open on it.
                            else if (result.error.code === "CONFLICT") {
                              setEditBase(null);
                              router.refresh();
                            }
                          })
                        }
                      />
                    )}
                    {panel === "link" && (
                      <LinkForm
                        claim={claim}
                        others={allOrdered.filter((other) => other.id !== claim.id)}
                        numbers={numbers}
                        actors={actors}
                        busy={busy}
                        onRebutBySelection={() => {
                          setRebutting(claim.id);
                          setPanel(null);
                          setNotice(null);
                          textRef.current?.querySelector<HTMLElement>(".ProseMirror")?.focus({ preventScroll: true });
                        }}
                        onCancel={() => setPanel(null)}
                        onLink={(targetClaimId, kind) =>
                          void run(() => createLinkAction({ articleId: article.id, claimId: claim.id, link: { targetClaimId, kind } }), () => ({ kind: "info", text: "Linked." })).then((result) => result.ok && setPanel(null))
                        }
                      />
                    )}
                    {panel === "verdict" && (
                      <VerdictForm
                        // Not keyed on the verdict's version: the form keeps unsaved work when others' changes arrive.
                        key={claim.id}
                        claim={claim}
                        verdict={verdictByClaim.get(claim.id)}
                        ratings={ratings}
                        user={user}
                        linkLabel={(link) => linkLabel(claim, link, byId, numbers)}
                        busy={busy}
                        run={run}
                      />
                    )}
                    {panel === "evidence" && (
                      <EvidenceForm
                        claimId={claim.id}
                        busy={busy}
                        fieldErrors={fieldErrors}
                        onCancel={() => setPanel(null)}
                        onSave={(draft: EvidenceDraft) =>
                          void run(
                            () => createEvidenceAction({ articleId: article.id, claimId: claim.id, evidence: { ...draft, title: draft.title || undefined, publisher: draft.publisher || undefined, excerpt: draft.excerpt || undefined } }),
                            () => ({ kind: "info", text: "Evidence added." }),
                          ).then((result) => result.ok && setPanel(null))
                        }
                      />
                    )}
                  </div>
                )}
              </ClaimCard>
            ))}
          </ol>
        )}
      </aside>
    </div>
    </>
  );
}
