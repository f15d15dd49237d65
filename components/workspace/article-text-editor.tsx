"use client";
// Edit mode of the workspace: the article in an editable Tiptap editor. While the journalist types,
// each claim's place is carried through ProseMirror's position mapping (so an edit elsewhere moves
// it, an edit inside changes its words, and deleting its words collapses it); saving sends those
// places with the new text, and the server re-anchors every claim in the same transaction.
import { useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import type { Transaction } from "@tiptap/pm/state";
import { saveRevisionAction } from "@/lib/actions/revisions";
import type { ArticleDetail } from "@/lib/db/articles";
import type { RevisionResult } from "@/lib/db/revisions";
import { buildTextIndex, offsetToPos, posToOffset } from "@/lib/editor/text-index";
import type { DocNode } from "@/lib/editor/canonical-text";
import { DocumentEditor } from "@/components/ui/document-editor";

type Props = { article: ArticleDetail; onSaved: (result: RevisionResult) => void; onCancel: () => void };

export function ArticleTextEditor({ article, onSaved, onCancel }: Props) {
  // Claims' current ProseMirror ranges, updated on every transaction (outside React's render).
  const places = useRef<Map<string, { from: number; to: number }> | null>(null);
  const doc = useRef<DocNode | null>(article.body);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function track(editor: Editor) {
    const index = buildTextIndex(article.body);
    places.current = new Map(article.claims.filter((claim) => claim.anchorStatus !== "orphaned").map((claim) => [claim.id, { from: offsetToPos(index, claim.start, "start"), to: offsetToPos(index, claim.end, "end") }]));
    editor.on("transaction", ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged || !places.current) return;
      for (const place of places.current.values()) {
        // Text typed at a claim's edges stays outside it; text typed inside becomes part of it.
        place.from = transaction.mapping.map(place.from, 1);
        place.to = Math.max(place.from, transaction.mapping.map(place.to, -1));
      }
    });
  }

  async function save() {
    if (!doc.current) return setError("The article needs some text.");
    const index = buildTextIndex(doc.current);
    const placements = [...(places.current ?? new Map<string, { from: number; to: number }>())].map(([id, place]) => {
      const start = posToOffset(index, place.from);
      return { id, start, end: Math.max(start, posToOffset(index, place.to)) };
    });
    setSaving(true);
    const result = await saveRevisionAction({ articleId: article.id, revision: { body: doc.current, baseRevisionId: article.revision!.id, placements } });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    onSaved(result.data);
  }

  return (
    <div className="text-editor">
      <p className="alert alert-info" role="status" id="text-editor-hint">
        Editing the text (revision {article.revision?.number}). Claims follow your edits; saving makes revision {(article.revision?.number ?? 0) + 1}, and any claim whose words you change or delete is flagged, never lost.
      </p>
      <span id="text-editor-label" className="visually-hidden">
        Article text, editable
      </span>
      <DocumentEditor id="article-text-editor" labelledBy="text-editor-label" describedBy="text-editor-hint" initial={article.body} className="article-text" onCreate={track} onChange={(next) => (doc.current = next)} />
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-row text-editor-actions">
        <button type="button" className="button" disabled={saving} onClick={() => void save()}>
          {saving ? "Saving…" : "Save as new revision"}
        </button>
        <button type="button" className="button button-secondary" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
