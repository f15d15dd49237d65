"use client";
// "Edit details": an article's title, source, URL, publication date and language. Sends the version
// it was opened at; if someone saved first, their values come back with the refusal (409).
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { updateArticleAction } from "@/lib/actions/articles";
import { FieldError, FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import type { ArticleMeta } from "@/lib/db/articles";

export function ArticleDetailsForm({ article }: { article: ArticleMeta }) {
  const [state, action] = useActionState(updateArticleAction, null);
  const router = useRouter();
  const conflict = state && !state.ok && state.error.code === "CONFLICT";
  // Someone saved first: load their version. The form is keyed on the version, so it then shows
  // their values (and, after our own save, the saved ones), with the message kept above it.
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, router]);
  return (
    <details className="article-details" open={state ? !state.ok : undefined}>
      <summary>Edit details</summary>
      <form action={action} className="card" noValidate key={article.version}>
        <FormError state={state} />
        <input type="hidden" name="articleId" value={article.id} />
        <input type="hidden" name="version" value={article.version} />
        <div className="field">
          <label htmlFor="details-title">Title</label>
          <input id="details-title" name="title" required maxLength={CONTENT_LIMITS.title} defaultValue={article.title} />
          <FieldError state={state} field="title" />
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor="details-source">Source</label>
            <input id="details-source" name="source" maxLength={CONTENT_LIMITS.source} defaultValue={article.source} />
          </div>
          <div className="field" style={{ flex: 1 }}>
            <label htmlFor="details-url">URL</label>
            <input id="details-url" name="url" type="url" maxLength={CONTENT_LIMITS.url} defaultValue={article.url ?? ""} />
            <FieldError state={state} field="url" />
          </div>
          <div className="field">
            <label htmlFor="details-date">Published</label>
            <input id="details-date" name="publishedAt" type="date" defaultValue={article.publishedAt?.slice(0, 10) ?? ""} />
            <FieldError state={state} field="publishedAt" />
          </div>
          <div className="field">
            <label htmlFor="details-language">Language</label>
            <input id="details-language" name="language" size={6} maxLength={CONTENT_LIMITS.language} defaultValue={article.language} />
            <FieldError state={state} field="language" />
          </div>
        </div>
        <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
      </form>
    </details>
  );
}
