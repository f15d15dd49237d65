"use client";
// The reviewer queue: verdicts in review, oldest first, decided one by one. Keyboard: j/k move
// between verdicts, a approves the focused one, r opens its comment box (never while typing).
// Decisions go through lib/actions/verdicts.ts, which refreshes this page; a 409 (someone decided
// first, or the verdict changed) is reported with the server's words and the list reloaded.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { approveVerdictAction, requestChangesAction } from "@/lib/actions/verdicts";
import type { ActionError } from "@/lib/actions/action-result";
import type { VerdictView } from "@/lib/db/verdicts";
import type { SessionUser } from "@/lib/domain/roles";
import { verdictTitle } from "@/components/verdicts/verdict-details";
import { ReviewItem, decisionRefusal } from "./review-item";

type Notice = { kind: "info" | "error"; text: string };

/** Keys typed into a form field are not shortcuts. */
const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function ReviewQueue({ verdicts, user }: { verdicts: VerdictView[]; user: SessionUser }) {
  const router = useRouter();
  const listRef = useRef<HTMLOListElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [commentOpenId, setCommentOpenId] = useState<string | null>(null);
  /**
   * Focus to restore once the decided (or changed) verdict as it was shown has left the list: the
   * verdict that took its place. The refreshed list may arrive before or after the action resolves.
   */
  const focusAfterRefresh = useRef<{ index: number; id: string; version: number } | null>(null);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>("[data-review-item]") ?? [])];

  useLayoutEffect(() => {
    const pending = focusAfterRefresh.current;
    if (!pending || verdicts.some((verdict) => verdict.id === pending.id && verdict.version === pending.version)) return;
    focusAfterRefresh.current = null;
    const list = items();
    if (list.length > 0) list[Math.min(pending.index, list.length - 1)].focus();
    else noticeRef.current?.focus();
  });

  const placeOf = useCallback((verdict: VerdictView) => ({ index: Math.max(0, verdicts.findIndex((item) => item.id === verdict.id)), id: verdict.id, version: verdict.version }), [verdicts]);

  const failed = useCallback(
    (error: ActionError, verdict: VerdictView) => {
      if (error.code === "CONFLICT") {
        // Someone decided first or the verdict changed: their decision stands, the list is reloaded.
        setNotice({ kind: "error", text: `${error.message} The queue has been refreshed.` });
        setCommentOpenId(null);
        focusAfterRefresh.current = placeOf(verdict);
        router.refresh();
      } else {
        setNotice({ kind: "error", text: error.message });
      }
    },
    [router, placeOf],
  );

  const approve = useCallback(
    async (verdict: VerdictView) => {
      setBusyId(verdict.id);
      setNotice(null);
      const result = await approveVerdictAction({ verdictId: verdict.id, version: verdict.version });
      setBusyId(null);
      if (!result.ok) return failed(result.error, verdict);
      setCommentOpenId(null);
      focusAfterRefresh.current = placeOf(verdict);
      setNotice({ kind: "info", text: `Approved ${verdict.author.name}’s verdict: ${verdictTitle(verdict)}.` });
    },
    [failed, placeOf],
  );

  const requestChanges = useCallback(
    async (verdict: VerdictView, comment: string) => {
      setBusyId(verdict.id);
      setNotice(null);
      const result = await requestChangesAction({ verdictId: verdict.id, version: verdict.version, comment });
      setBusyId(null);
      if (!result.ok) {
        const fieldError = result.error.fieldErrors?.comment;
        if (fieldError) return { fieldError };
        return failed(result.error, verdict);
      }
      setCommentOpenId(null);
      focusAfterRefresh.current = placeOf(verdict);
      setNotice({ kind: "info", text: `Sent back to ${verdict.author.name}: ${verdictTitle(verdict)}.` });
    },
    [failed, placeOf],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (!["j", "k", "a", "r"].includes(event.key)) return;
      const list = items();
      if (list.length === 0) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>("[data-review-item]") : null;
      const index = active ? list.indexOf(active) : -1;
      event.preventDefault();
      if (event.key === "j") return list[index === -1 ? 0 : Math.min(index + 1, list.length - 1)].focus();
      if (event.key === "k") return list[Math.max(index - 1, 0)].focus();
      const verdict = verdicts.find((item) => item.id === active?.dataset.reviewItem);
      if (!verdict) return setNotice({ kind: "info", text: "Press j to move to a verdict first." });
      const refusal = decisionRefusal(user, verdict);
      if (refusal) return setNotice({ kind: "error", text: refusal });
      if (busyId) return;
      if (event.key === "a") void approve(verdict);
      else setCommentOpenId(verdict.id);
    };
    document.addEventListener("keydown", onKey);
    // "The shortcuts work": tests wait for this rather than racing hydration (not React state, which would render twice).
    noticeRef.current?.setAttribute("data-review-ready", "");
    return () => document.removeEventListener("keydown", onKey);
  }, [verdicts, user, busyId, approve]);

  return (
    <>
      {/* Both regions stay in the page while empty, so what appears in them is announced. */}
      <div ref={noticeRef} tabIndex={-1} className="review-notice">
        <p role="status" className={notice?.kind === "info" ? "alert alert-success" : "visually-hidden"}>
          {notice?.kind === "info" ? notice.text : ""}
        </p>
        <div role="alert" className={notice?.kind === "error" ? "alert alert-error" : "visually-hidden"}>
          {notice?.kind === "error" ? notice.text : ""}
        </div>
      </div>
      {verdicts.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing waiting for review.</h2>
          <p>Verdicts appear here, oldest first, when their authors submit them.</p>
        </div>
      ) : (
        <ol ref={listRef} className="review-list" aria-label="Verdicts waiting for review">
          {verdicts.map((verdict) => (
            <li key={verdict.id}>
              <ReviewItem
                verdict={verdict}
                user={user}
                busy={busyId === verdict.id}
                commentOpen={commentOpenId === verdict.id}
                onApprove={() => void approve(verdict)}
                onOpenComment={() => setCommentOpenId(verdict.id)}
                onCloseComment={() => setCommentOpenId(null)}
                onRequestChanges={(comment) => requestChanges(verdict, comment)}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
