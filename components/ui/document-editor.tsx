"use client";
// A rich-text field in the article schema (lib/editor/document-schema.ts): what is pasted from a
// web page keeps its headings, quotes, lists, links, bold and italic and loses everything else;
// plain text is split into paragraphs at blank lines, the API's rule. Used for pasting articles and
// for verdict rationales. Reports the document (or null when empty) on every change.
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { Fragment, Slice } from "@tiptap/pm/model";
import { documentExtensions } from "@/lib/editor/document-schema";
import { paragraphsToDoc, plainTextToParagraphs, type DocNode } from "@/lib/editor/canonical-text";

type Props = {
  id: string;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  initial?: DocNode | null;
  className?: string;
  onChange: (doc: DocNode | null, characters: number) => void;
  /** Runs once the editor exists (e.g. to carry over text typed into a plain fallback). */
  onCreate?: (editor: Editor) => void;
};

export function DocumentEditor({ id, labelledBy, describedBy, invalid, initial, className, onChange, onCreate }: Props) {
  const editor = useEditor({
    extensions: documentExtensions,
    immediatelyRender: false,
    content: initial ?? undefined,
    editorProps: {
      attributes: {
        id,
        class: `document-editor ${className ?? ""}`.trim(),
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
      // The editor's own schema (not a second instance of it) builds the pasted paragraphs.
      clipboardTextParser: (text, $context) => new Slice(Fragment.from($context.doc.type.schema.nodeFromJSON(paragraphsToDoc(plainTextToParagraphs(text))).content), 1, 1),
    },
    onCreate: ({ editor: created }) => onCreate?.(created),
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? null : (current.getJSON() as DocNode), current.getText().length),
  });
  return editor ? <EditorContent editor={editor} /> : null;
}
