"use client";
// The desk stream behind the review queue and the header's badge: when someone else changes a
// verdict, the page (queue, badge count) re-reads itself and a short notice says who did what.
import { describeChange } from "@/lib/domain/live-notice";
import { LiveNotices, useLiveNotices } from "./live-notices";
import { ConnectionState } from "./presence-list";
import { useLiveStream } from "./use-live-stream";
import { useRefreshSoon } from "./use-refresh-soon";

export function DeskLiveUpdates({ userId }: { userId: string }) {
  const { notices, add } = useLiveNotices();
  const refresh = useRefreshSoon();
  const state = useLiveStream("/api/v1/events", {
    onChange: (change) => {
      if (change.userId === userId) return;
      add(describeChange(change));
      refresh();
    },
    onReopen: refresh,
  });
  return (
    <div className="desk-live">
      <ConnectionState state={state} />
      <LiveNotices notices={notices} label="Review queue updates" />
    </div>
  );
}
