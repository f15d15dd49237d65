"use client";
// The article's revisions on its History tab: who saved each and when, a comparison of any one with
// the current text (word by word), and "Restore" to make an old text current again as a new revision.
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { restoreRevisionAction } from "@/lib/actions/revisions";
import type { RevisionListItem } from "@/lib/db/revisions";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { revisionNotice } from "@/components/workspace/orphans";

export function RevisionList({ articleId, revisions }: { articleId: string; revisions: RevisionListItem[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = (number: number) =>
    startTransition(async () => {
      const result = await restoreRevisionAction({ articleId, number });
      setMessage(result.ok ? { kind: "info", text: `Revision ${number} restored. ${revisionNotice(result.data)}` } : { kind: "error", text: result.error.message });
      if (result.ok) router.refresh();
    });
  return (
    <>
      <div aria-live="polite">{message && <p className={`alert ${message.kind === "error" ? "alert-error" : "alert-success"}`}>{message.text}</p>}</div>
      <Table columns={["Revision", "Saved", "By", "Characters", ""]}>
        {revisions.map((revision) => (
          <tr key={revision.id}>
            <td>
              {revision.number}
              {revision.current && <span className="muted"> (current)</span>}
            </td>
            <td className="muted">{formatDateTime(revision.createdAt)}</td>
            <td>{revision.createdBy}</td>
            <td className="numeric">{revision.characters.toLocaleString("en")}</td>
            <td>
              {!revision.current && (
                <>
                  <Link href={`/articles/${articleId}/history?compare=${revision.number}`}>Compare with current</Link>{" "}
                  <button type="button" className="button button-quiet" disabled={pending} onClick={() => restore(revision.number)}>
                    Restore
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
