// The canonical plain text of an article: the one string every claim offset refers to.
// Block texts (paragraphs, headings, list items, quotes) joined by a blank line, whitespace inside
// a block collapsed to single spaces. Defined once, here; works on Tiptap JSON without a browser.

export type DocNode = { type: string; text?: string; content?: DocNode[]; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[] };

export const BLOCK_SEPARATOR = "\n\n";

export function normaliseBlockText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Leaf text blocks in document order (a list item's paragraph, a quote's paragraph...). */
function collectBlocks(node: DocNode, blocks: string[]): void {
  const children = node.content ?? [];
  const isTextBlock = children.length > 0 && children.every((child) => child.type === "text" || child.type === "hardBreak");
  if (node.type === "paragraph" || node.type === "heading" || isTextBlock) {
    const text = normaliseBlockText(children.map((child) => (child.type === "hardBreak" ? " " : (child.text ?? ""))).join(""));
    if (text) blocks.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, blocks);
}

export function docToCanonicalText(doc: DocNode): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join(BLOCK_SEPARATOR);
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
