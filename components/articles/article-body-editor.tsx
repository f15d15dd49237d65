"use client";
// Where the journalist pastes the article. Rich text from the clipboard is parsed through the
// article schema (lib/editor/document-schema.ts), so headings, quotes, lists, links, bold and
// italic survive and everything else (scripts, images, tables, styles) is dropped; plain text is
// split into paragraphs by the same rule as the API (blank lines). The document goes to the
// server as JSON in a hidden field, where sanitiseDoc checks it again.
import { useRef, useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { Slice, Fragment } from "@tiptap/pm/model";
import { documentExtensions } from "@/lib/editor/document-schema";
import { paragraphsToDoc, plainTextToParagraphs } from "@/lib/editor/canonical-text";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

type Props = { id: string; describedBy: string; invalid: boolean };

export function ArticleBodyEditor({ id, describedBy, invalid }: Props) {
  const [json, setJson] = useState("");
  const [characters, setCharacters] = useState(0);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const editor = useEditor({
    extensions: documentExtensions,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        class: "article-text article-body-editor",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        "aria-describedby": describedBy,
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
      clipboardTextParser: (text, $context) => {
        const doc = $context.doc.type.schema.nodeFromJSON(paragraphsToDoc(plainTextToParagraphs(text)));
        return new Slice(Fragment.from(doc.content), 1, 1);
      },
    },
    // Text typed or pasted into the plain field before the editor started is carried over.
    onCreate: ({ editor: created }) => {
      const early = fallback.current?.value ?? "";
      if (early.trim()) created.commands.setContent(paragraphsToDoc(plainTextToParagraphs(early)), { emitUpdate: true });
    },
    onUpdate: ({ editor: current }) => {
      setCharacters(current.getText().length);
      setJson(current.isEmpty ? "" : JSON.stringify(current.getJSON()));
    },
  });

  if (!editor) {
    // Until the editor starts (or without JavaScript): plain text, split at blank lines on the server.
    return <textarea ref={fallback} id={id} name="text" rows={16} maxLength={CONTENT_LIMITS.articleText} aria-describedby={describedBy} aria-invalid={invalid || undefined} />;
  }
  return (
    <>
      <EditorContent editor={editor} />
      <input type="hidden" name="body" value={json} />
      <span className="field-hint" aria-live="polite">
        {characters.toLocaleString("en")} characters
      </span>
    </>
  );
}
