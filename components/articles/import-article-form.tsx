"use client";
// Import an article from a web page or a file: the server fetches (or reads) it and answers a
// preview (POST /api/v1/imports); the journalist checks the metadata, sees page furniture struck
// through (restorable with one click, and any other block removable), then saves (POST
// /api/v1/articles), which links the archived page to the new article.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportPreview } from "@/lib/db/article-import";
import { docFromBlocks, type ImportBlock } from "@/lib/import/import-blocks";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { IMPORT_LIMITS, type ImportPreviewInput } from "@/lib/validation/article-import";
import { postJson } from "@/components/ui/post-json";

type Status = { kind: "idle" } | { kind: "working"; message: string } | { kind: "error"; message: string };

/** A file as the preview endpoint takes it: HTML and text as text, .docx as base64. */
async function fileInput(file: File): Promise<ImportPreviewInput | string> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".docx")) {
    if (file.size > IMPORT_LIMITS.docxBytes) return `A document has at most ${IMPORT_LIMITS.docxBytes / 1_000_000} MB.`;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return { kind: "docx", docx: btoa(binary), fileName: file.name };
  }
  if (name.endsWith(".html") || name.endsWith(".htm")) return { kind: "html", html: await file.text(), fileName: file.name };
  if (name.endsWith(".txt")) return { kind: "text", text: await file.text(), fileName: file.name };
  return "Choose an .html, .txt or .docx file.";
}

export function ImportArticleForm() {
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  async function load(input: ImportPreviewInput, message: string) {
    setStatus({ kind: "working", message });
    const result = await postJson<ImportPreview>("/api/v1/imports", input);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setPreview(result.data);
    setStatus({ kind: "idle" });
  }

  if (preview) return <ImportPreviewForm preview={preview} onBack={() => setPreview(null)} onSaved={(id) => router.push(`/articles/${id}`)} />;

  const busy = status.kind === "working";
  return (
    <div className="card import-source">
      <form
        aria-label="Import from a web page"
        onSubmit={(event) => {
          event.preventDefault();
          const url = String(new FormData(event.currentTarget).get("url") ?? "").trim();
          if (!url) return setStatus({ kind: "error", message: "Enter the page's address." });
          void load({ kind: "url", url }, "Fetching the page…");
        }}
      >
        <div className="form-row">
          <div className="field" style={{ flex: 1 }}>
            <label htmlFor="import-url">Web page address</label>
            <input id="import-url" name="url" type="url" required maxLength={CONTENT_LIMITS.url} placeholder="https://" disabled={busy} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Fetch page
          </button>
        </div>
      </form>
      <p className="muted import-or">or</p>
      <div className="field">
        <label htmlFor="import-file-input">A file (.html, .txt or .docx)</label>
        <input
          id="import-file-input"
          type="file"
          accept=".html,.htm,.txt,.docx,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={busy}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const input = await fileInput(file);
            if (typeof input === "string") return setStatus({ kind: "error", message: input });
            void load(input, `Reading ${file.name}…`);
          }}
        />
      </div>
      <div aria-live="polite">
        {status.kind === "working" && (
          <p className="alert alert-info" role="status">
            {status.message}
          </p>
        )}
        {status.kind === "error" && (
          <p className="alert alert-error" role="alert">
            {status.message}
          </p>
        )}
      </div>
    </div>
  );
}

/** Whether a block goes into the article: furniture only when restored, anything else unless removed. */
const isKept = (block: ImportBlock, toggled: ReadonlySet<number>) => (block.removed ? toggled.has(block.id) : !toggled.has(block.id));

function ImportPreviewForm({ preview, onBack, onSaved }: { preview: ImportPreview; onBack: () => void; onSaved: (articleId: string) => void }) {
  const [toggled, setToggled] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const { metadata, blocks, snapshot } = preview;
  const flagged = blocks.filter((block) => block.removed).length;
  const toggle = (id: number) =>
    setToggled((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function save(form: HTMLFormElement) {
    const fields = Object.fromEntries([...new FormData(form).entries()].filter(([, value]) => typeof value === "string" && value.trim() !== "")) as Record<string, string>;
    const kept = blocks.filter((block) => block.removed || !toggled.has(block.id));
    const restored = new Set(blocks.filter((block) => block.removed && toggled.has(block.id)).map((block) => block.id));
    setStatus({ kind: "working", message: "Saving…" });
    const result = await postJson<{ id: string }>("/api/v1/articles", { ...fields, body: docFromBlocks(kept, restored), ...(snapshot ? { snapshotId: snapshot.id } : {}) });
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    onSaved(result.data.id);
  }

  return (
    <form
      className="card import-preview"
      aria-label="Check the import"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(event.currentTarget);
      }}
    >
      {snapshot && (
        <p className="muted import-archive">
          Archived: fetched {new Date(snapshot.fetchedAt).toUTCString()} from {snapshot.finalUrl} ({Math.round(snapshot.bytes / 1024)} KB, SHA-256 {snapshot.sha256.slice(0, 12)}…)
        </p>
      )}
      <div className="field">
        <label htmlFor="preview-title">Title</label>
        <input id="preview-title" name="title" required maxLength={CONTENT_LIMITS.title} defaultValue={metadata.title?.slice(0, CONTENT_LIMITS.title) ?? ""} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="preview-source">Source</label>
          <input id="preview-source" name="source" maxLength={CONTENT_LIMITS.source} defaultValue={[metadata.siteName, metadata.author].filter(Boolean).join(" · ").slice(0, CONTENT_LIMITS.source)} />
        </div>
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="preview-url">URL</label>
          <input id="preview-url" name="url" type="url" maxLength={CONTENT_LIMITS.url} defaultValue={metadata.canonicalUrl ?? snapshot?.finalUrl ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="preview-date">Published</label>
          <input id="preview-date" name="publishedAt" type="date" defaultValue={metadata.publishedAt ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="preview-language">Language</label>
          <input id="preview-language" name="language" size={6} maxLength={CONTENT_LIMITS.language} defaultValue={metadata.language ?? "en"} />
        </div>
      </div>
      <h2 className="import-preview-heading">Text</h2>
      <p className="field-hint">
        {flagged > 0 ? `${flagged} ${flagged === 1 ? "line looks" : "lines look"} like page furniture and ${flagged === 1 ? "is" : "are"} struck through: restore any that belong to the article. ` : "Nothing looked like page furniture. "}
        Remove any other block that is not part of the article.
      </p>
      <ol className="import-blocks">
        {blocks.map((block) => {
          const kept = isKept(block, toggled);
          return (
            <li key={block.id} className={kept ? "import-block" : "import-block is-removed"}>
              <span className={block.node.type === "heading" ? "import-block-text is-heading" : "import-block-text"}>{kept ? block.text : <del>{block.text}</del>}</span>
              {!kept && block.removed && <span className="import-block-reason">{block.removed.reason}</span>}
              <button type="button" className="button button-quiet" onClick={() => toggle(block.id)} aria-label={`${kept ? "Remove" : "Restore"}: ${block.text.slice(0, 60)}`}>
                {kept ? "Remove" : "Restore"}
              </button>
            </li>
          );
        })}
      </ol>
      <div aria-live="polite">
        {status.kind === "error" && (
          <p className="alert alert-error" role="alert">
            {status.message}
          </p>
        )}
      </div>
      <div className="form-row">
        <button type="submit" className="button" disabled={status.kind === "working"}>
          {status.kind === "working" ? "Saving…" : "Save and open"}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          Start over
        </button>
      </div>
    </form>
  );
}
