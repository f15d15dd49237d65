"use client";
// Where the journalist pastes the article: a DocumentEditor whose document goes to the server as
// JSON in a hidden field, where sanitiseDoc checks it again. Until the editor starts (or without
// JavaScript) a plain textarea stands in, and what was typed there is carried into the editor.
import { useRef, useState } from "react";
import { DocumentEditor } from "@/components/ui/document-editor";
import { paragraphsToDoc, plainTextToParagraphs } from "@/lib/editor/canonical-text";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

type Props = { id: string; describedBy: string; invalid: boolean };

export function ArticleBodyEditor({ id, describedBy, invalid }: Props) {
  const [json, setJson] = useState("");
  const [characters, setCharacters] = useState(0);
  const [started, setStarted] = useState(false);
  const fallback = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      {!started && <textarea ref={fallback} id={id} name="text" rows={16} maxLength={CONTENT_LIMITS.articleText} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      <DocumentEditor
        id={id}
        labelledBy={`${id}-label`}
        describedBy={describedBy}
        invalid={invalid}
        className="article-text article-body-editor"
        onCreate={(editor) => {
          const early = fallback.current?.value ?? "";
          setStarted(true);
          if (early.trim()) editor.commands.setContent(paragraphsToDoc(plainTextToParagraphs(early)), { emitUpdate: true });
        }}
        onChange={(doc, count) => {
          setJson(doc ? JSON.stringify(doc) : "");
          setCharacters(count);
        }}
      />
      {started && (
        <>
          <input type="hidden" name="body" value={json} />
          <span className="field-hint" aria-live="polite">
            {characters.toLocaleString("en")} characters
          </span>
        </>
      )}
    </>
  );
}
