// The canonical plain text of an article: the one string every claim offset refers to.
// Block texts (paragraphs, headings, list items, quotes) joined by a blank line, whitespace inside
// a block collapsed to single spaces. Defined once, in text-index.ts (which also maps it to
// ProseMirror positions); works on Tiptap JSON without a browser.
import { buildTextIndex } from "./text-index";

export type DocNode = { type: string; text?: string; content?: DocNode[]; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[] };

export { BLOCK_SEPARATOR } from "./text-index";

export function normaliseBlockText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function docToCanonicalText(doc: DocNode): string {
  return buildTextIndex(doc).text;
}

/** A Tiptap document of plain paragraphs, e.g. from pasted plain text or the seed. */
export function paragraphsToDoc(paragraphs: string[]): DocNode {
  return {
    type: "doc",
    content: paragraphs.map(normaliseBlockText).filter(Boolean).map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** Plain text -> paragraphs: blank lines separate paragraphs; single line breaks are spaces. */
export function plainTextToParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map(normaliseBlockText).filter(Boolean);
}
