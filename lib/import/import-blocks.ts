// The shape of an article preview before it is saved: top-level blocks of the article schema,
// each with its canonical text and, for page furniture, why it was set aside. Furniture is
// flagged rather than deleted so the journalist can restore any line with one click; the saved
// document is rebuilt from the flags here. Pure: the preview component imports this in the browser.
import type { DocNode } from "@/lib/editor/canonical-text";

export type ImportBlock = {
  id: number;
  /** One top-level block of the article schema: paragraph | heading | blockquote | bulletList | orderedList. */
  node: DocNode;
  /** Its canonical text (see lib/editor/text-index.ts). */
  text: string;
  /** Page furniture: shown struck through in the preview, restorable. */
  removed: { reason: string } | null;
};

export type ArticleMetadata = {
  title: string | null;
  siteName: string | null;
  author: string | null;
  /** YYYY-MM-DD, the date as the page states it (not shifted to UTC). */
  publishedAt: string | null;
  /** BCP 47, e.g. "en", "ru", "fr-FR". */
  language: string | null;
  /** http(s) only. */
  canonicalUrl: string | null;
  description: string | null;
};

export type ArticlePreview = { metadata: ArticleMetadata; blocks: ImportBlock[] };

export const EMPTY_METADATA: ArticleMetadata = Object.freeze({
  title: null,
  siteName: null,
  author: null,
  publishedAt: null,
  language: null,
  canonicalUrl: null,
  description: null,
});

/**
 * The document the journalist saves: every block that is not furniture, plus the furniture they
 * restored, in page order. A doc needs at least one block, so keeping nothing gives one empty
 * paragraph rather than a document the schema refuses.
 */
export function docFromBlocks(blocks: ImportBlock[], restoredIds?: ReadonlySet<number>): DocNode {
  const kept = blocks.filter((block) => block.removed === null || restoredIds?.has(block.id)).map((block) => block.node);
  return { type: "doc", content: kept.length > 0 ? kept : [{ type: "paragraph" }] };
}
