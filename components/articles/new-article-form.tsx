"use client";
// The "New article" form: metadata and the pasted article (rich text or plain text).
import { useActionState } from "react";
import { createArticleAction } from "@/lib/actions/articles";
import { FieldError, FormError } from "@/components/ui/form-error";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import { ArticleBodyEditor } from "./article-body-editor";

export function NewArticleForm() {
  const [state, action] = useActionState(createArticleAction, null);
  return (
    <form action={action} className="card" noValidate>
      <FormError state={state} />
      <div className="field">
        <label htmlFor="article-title">Title</label>
        <input id="article-title" name="title" required maxLength={CONTENT_LIMITS.title} autoFocus />
        <FieldError state={state} field="title" />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="article-source">Source</label>
          <input id="article-source" name="source" maxLength={CONTENT_LIMITS.source} placeholder="e.g. France 24 (with AFP)" />
        </div>
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="article-url">URL</label>
          <input id="article-url" name="url" type="url" maxLength={CONTENT_LIMITS.url} placeholder="https://" />
          <FieldError state={state} field="url" />
        </div>
        <div className="field">
          <label htmlFor="article-date">Published</label>
          <input id="article-date" name="publishedAt" type="date" />
          <FieldError state={state} field="publishedAt" />
        </div>
        <div className="field">
          <label htmlFor="article-language">Language</label>
          <input id="article-language" name="language" defaultValue="en" size={6} maxLength={CONTENT_LIMITS.language} />
          <FieldError state={state} field="language" />
        </div>
      </div>
      <div className="field" style={{ marginTop: "0.9rem" }}>
        <label htmlFor="article-text" id="article-text-label">
          Article text
        </label>
        <span className="field-hint" id="article-text-hint">
          Paste the article. Headings, quotes, lists, links, bold and italic are kept; everything else is removed. In plain text, blank lines separate paragraphs. Delete page
          furniture such as newsletter prompts before saving.
        </span>
        <ArticleBodyEditor id="article-text" describedBy="article-text-hint" invalid={Boolean(state && !state.ok && (state.error.fieldErrors?.text || state.error.fieldErrors?.body))} />
        <FieldError state={state} field="text" />
        <FieldError state={state} field="body" />
      </div>
      <SubmitButton pendingLabel="Saving…">Save and open</SubmitButton>
    </form>
  );
}
