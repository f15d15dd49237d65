"use client";
// The workspace's side of the article's live stream: someone else's change re-reads the page
// (router.refresh, the normal read path) and shows a notice of who did what; one's own changes
// show nothing (the action already said so). A claim deleted while this user has it open says so
// instead of vanishing. Also who else is viewing, and whether the stream is up.
import { useEffect, useRef, useState } from "react";
import { describeChange, type LiveChange, type Viewer } from "@/lib/domain/live-notice";
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { SessionUser } from "@/lib/domain/roles";
import { useLiveNotices, type LiveNotice } from "@/components/live/live-notices";
import { useLiveStream, type LiveState } from "@/components/live/use-live-stream";
import { useRefreshSoon } from "@/components/live/use-refresh-soon";

type Options = { articleId: string; user: SessionUser; byId: Map<string, ClaimDetail>; editingClaimId: string | null };

export type WorkspaceLive = { state: LiveState; viewers: Viewer[]; notices: LiveNotice[]; deletedWhileEditing: { claimId: string; by: string } | null; dismissDeleted: () => void };

/** The claim an event is about, when it is one the page shows (claims, and their evidence and links by the after/before ids the page has). */
function claimOf(change: LiveChange, byId: Map<string, ClaimDetail>): ClaimDetail | undefined {
  if (change.entity === "Claim") return byId.get(change.entityId);
  for (const claim of byId.values()) {
    if (change.entity === "Evidence" && claim.evidence.some((item) => item.id === change.entityId)) return claim;
    if (change.entity === "ClaimLink" && claim.links.some((link) => link.id === change.entityId)) return claim;
    if (change.entity === "Verdict" && claim.verdict?.id === change.entityId) return claim;
  }
  return undefined;
}

export function useWorkspaceLive({ articleId, user, byId, editingClaimId }: Options): WorkspaceLive {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [deletedWhileEditing, setDeleted] = useState<{ claimId: string; by: string } | null>(null);
  const { notices, add } = useLiveNotices();
  const refresh = useRefreshSoon();
  // A claim created by someone else is not on the page yet: its notice waits for the refresh.
  const pendingCreates = useRef<LiveChange[]>([]);

  const state = useLiveStream(`/api/v1/articles/${articleId}/events`, {
    onChange: (change) => {
      if (change.userId === user.id) return;
      refresh();
      if (change.entity === "Claim" && change.action === "create") return void pendingCreates.current.push(change);
      if (change.entity === "Claim" && change.action === "delete" && change.entityId === editingClaimId) setDeleted({ claimId: change.entityId, by: change.userName ?? "someone" });
      add(describeChange(change, claimOf(change, byId)?.actor.name));
    },
    onPresence: setViewers,
    onReopen: refresh,
  });

  // Once the refreshed page has the new claim, its notice can say whose it is.
  useEffect(() => {
    const ready = pendingCreates.current.filter((change) => byId.has(change.entityId));
    if (ready.length === 0) return;
    pendingCreates.current = pendingCreates.current.filter((change) => !byId.has(change.entityId));
    for (const change of ready) add(describeChange(change, byId.get(change.entityId)!.actor.name));
  }, [byId, add]);

  return { state, viewers, notices, deletedWhileEditing, dismissDeleted: () => setDeleted(null) };
}
