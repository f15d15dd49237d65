// The map between a ProseMirror document and its canonical plain text (see canonical-text.ts).
// Claims are stored as offsets in the canonical text; the editor speaks ProseMirror positions.
// Both directions are computed from the document JSON alone (no DOM, no editor), so the server,
// the tests and the browser agree by construction. Pure.
//
// ProseMirror positions: a text node's characters are one position each (UTF-16 code units, as
// JavaScript strings count them, so emoji take two in both worlds); a leaf node such as hardBreak
// takes one; any other node takes one for its opening, its content, and one for its closing.
import type { DocNode } from "./canonical-text";

/** One text block of the canonical text: where it sits in the text and in the document. */
export type IndexedBlock = {
  /** Offset of the block's first character in the canonical text. */
  textStart: number;
  /** The block's canonical text (whitespace collapsed, trimmed). */
  text: string;
  /** ProseMirror position before each canonical character (strictly increasing). */
  positions: number[];
  /** Positions of the block's content: [contentStart, contentEnd]. */
  contentStart: number;
  contentEnd: number;
};

export type TextIndex = { text: string; blocks: IndexedBlock[] };

export const BLOCK_SEPARATOR = "\n\n";

/** Nodes with no content of their own (one position each). */
const LEAF_TYPES = new Set(["hardBreak", "horizontalRule", "image"]);

// Exported so that other walks over the same JSON (the HTML export) count positions exactly as
// this index does, rather than keeping a copy that could drift from it.

/** Whether a node takes one position and has no content (a line break, a rule, an image). */
export function isLeafNode(node: DocNode): boolean {
  return LEAF_TYPES.has(node.type);
}

/** The number of ProseMirror positions a node takes (see the rule at the top of this file). */
export function nodeSize(node: DocNode): number {
  if (node.type === "text") return node.text?.length ?? 0;
  if (isLeafNode(node)) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

/** A block whose children are only text and line breaks: one unit of the canonical text. */
export function isTextBlock(node: DocNode): boolean {
  const children = node.content ?? [];
  if (node.type === "paragraph" || node.type === "heading") return true;
  return children.length > 0 && children.every((child) => child.type === "text" || child.type === "hardBreak");
}

/**
 * Collapses whitespace runs to one space and trims, remembering for every kept character the
 * position it came from. A collapsed run keeps the position of its first whitespace character.
 */
function indexBlock(node: DocNode, contentStart: number): { text: string; positions: number[] } {
  let text = "";
  const positions: number[] = [];
  let pendingSpace: number | null = null;
  let position = contentStart;
  const add = (char: string, at: number) => {
    if (/\s/.test(char)) {
      // Leading whitespace is dropped; inner runs become one space when a character follows.
      if (text.length > 0 && pendingSpace === null) pendingSpace = at;
      return;
    }
    if (pendingSpace !== null) {
      text += " ";
      positions.push(pendingSpace);
      pendingSpace = null;
    }
    text += char;
    positions.push(at);
  };
  for (const child of node.content ?? []) {
    if (child.type === "text") {
      const value = child.text ?? "";
      for (let index = 0; index < value.length; index++) add(value[index], position + index);
    } else if (child.type === "hardBreak") {
      add(" ", position);
    }
    position += nodeSize(child);
  }
  return { text, positions };
}

function collect(node: DocNode, position: number, blocks: Omit<IndexedBlock, "textStart">[]): void {
  // `position` is where this node's content starts.
  if (isTextBlock(node)) {
    const { text, positions } = indexBlock(node, position);
    if (text) blocks.push({ text, positions, contentStart: position, contentEnd: position + nodeSize(node) - 2 });
    return;
  }
  let childPosition = position;
  for (const child of node.content ?? []) {
    collect(child, childPosition + 1, blocks);
    childPosition += nodeSize(child);
  }
}

/** The canonical text of a document with, for every character, its ProseMirror position. */
export function buildTextIndex(doc: DocNode): TextIndex {
  const found: Omit<IndexedBlock, "textStart">[] = [];
  // The doc node's content starts at position 0.
  collect(doc, 0, found);
  const blocks: IndexedBlock[] = [];
  let textStart = 0;
  for (const block of found) {
    blocks.push({ ...block, textStart });
    textStart += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: found.map((block) => block.text).join(BLOCK_SEPARATOR), blocks };
}

/** Index of the last block whose `key` is <= value (binary search), or -1. */
function lastAtOrBefore(blocks: IndexedBlock[], value: number, key: (block: IndexedBlock) => number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(blocks[middle]) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The ProseMirror position of a canonical offset. A boundary inside collapsed whitespace has two
 * candidate positions: a range's start takes the one before the next character, its end the one
 * after the previous character, so highlights hug the words. Offsets in a block separator go to
 * the next block (start) or the previous one (end).
 */
export function offsetToPos(index: TextIndex, offset: number, side: "start" | "end"): number {
  const { blocks } = index;
  if (blocks.length === 0) return 0;
  const at = Math.max(0, lastAtOrBefore(blocks, offset, (block) => block.textStart));
  const block = blocks[at];
  const local = offset - block.textStart;
  const length = block.text.length;
  if (local >= length) {
    // At the block's end, or inside the separator after it.
    const next = blocks[at + 1];
    if (side === "start" && next && local > length) return next.positions[0];
    return block.positions[length - 1] + 1;
  }
  if (side === "end" && local > 0) return block.positions[local - 1] + 1;
  return block.positions[local];
}

/** The canonical offset of a ProseMirror position (a position between blocks goes to the next one). */
export function posToOffset(index: TextIndex, position: number): number {
  const { blocks } = index;
  if (blocks.length === 0) return 0;
  const at = lastAtOrBefore(blocks, position, (block) => block.contentStart);
  if (at === -1) return 0;
  const block = blocks[at];
  if (position > block.contentEnd || position > block.positions[block.text.length - 1] + 1) {
    // Past this block's last character: its end, or the next block's start if past its content.
    const next = blocks[at + 1];
    return position > block.contentEnd && next ? next.textStart : block.textStart + block.text.length;
  }
  // The first character at or after the position.
  let low = 0;
  let high = block.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (block.positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  return block.textStart + low;
}
