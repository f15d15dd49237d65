// DOM -> article blocks: maps an element's content onto the article schema (paragraphs, headings
// 2-4, quotes, lists, bold, italic, web links, line breaks) and drops everything else: images,
// scripts, styles, frames, forms, buttons, navigation, asides and footers. Figure captions and
// credits become paragraphs of their own, tagged "caption", so the furniture filter can set them
// aside instead of having them interrupt the text. Every block is checked against the schema with
// sanitiseDoc; one that does not fit falls back to a plain paragraph of its text. Server-side
// (works on any DOM, here jsdom's), but imports no DOM library itself.
import type { DocNode } from "@/lib/editor/canonical-text";
import { sanitiseDoc } from "@/lib/editor/sanitise-doc";
import { buildTextIndex } from "@/lib/editor/text-index";
import type { ImportBlock } from "./import-blocks";

/** A converted block before the furniture filter has looked at it. */
export type BlockDraft = {
  node: DocNode;
  text: string;
  /** The node's type, or "caption" for a figure caption or photo credit. */
  blockType: string;
  /** Share of the block's text inside links, 0..1. */
  linkDensity: number;
};

type Mark = NonNullable<DocNode["marks"]>[number];
type Env = { marks: Mark[]; preformatted: boolean };
type Piece = { node: DocNode; caption: boolean };

// Node.nodeType values; the Node global does not exist outside a browser.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const DROPPED = new Set(
  "script style noscript template iframe frame frameset object embed applet form button input select textarea option label nav aside footer svg canvas img picture video audio source track map area dialog menu link meta head title math".split(" "),
);
const BLOCK_TAGS = new Set(
  "address article blockquote center details dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section summary table caption thead tbody tfoot tr td th ul".split(" "),
);
const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const CAPTION_CLASS = /(^|[\s_-])(caption|credits?|copyright|photo-?credit|image-?credit)($|[\s_-])/i;

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const tagOf = (element: Element) => element.tagName.toLowerCase();

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute("style") ?? "");
}

function isDropped(element: Element): boolean {
  return DROPPED.has(tagOf(element)) || isHidden(element);
}

function hasBlockDescendant(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (isDropped(child)) continue;
    if (BLOCK_TAGS.has(tagOf(child)) || hasBlockDescendant(child)) return true;
  }
  return false;
}

/** An http(s) address, resolved against the page, or null: no javascript:, data:, mailto: or #fragment links. */
function webHref(anchor: Element): string | null {
  const raw = anchor.getAttribute("href");
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), anchor.ownerDocument.baseURI);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function withMark(env: Env, mark: Mark): Env {
  if (env.marks.some((existing) => existing.type === mark.type)) return env;
  return { ...env, marks: [...env.marks, mark] };
}

function textNode(text: string, marks: Mark[]): DocNode {
  return marks.length > 0 ? { type: "text", text, marks } : { type: "text", text };
}

/** Inline content of a node: text with marks and line breaks. Blocks met here contribute their text. */
function inlineOf(node: Node, env: Env, out: DocNode[]): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? "";
    if (!env.preformatted) {
      out.push(textNode(value.replace(/\s+/g, " "), env.marks));
      return;
    }
    value.split("\n").forEach((line, index) => {
      if (index > 0) out.push({ type: "hardBreak" });
      out.push(textNode(line.replace(/\s+/g, " "), env.marks));
    });
    return;
  }
  if (!isElement(node) || isDropped(node)) return;
  const tag = tagOf(node);
  if (tag === "br") {
    out.push({ type: "hardBreak" });
    return;
  }
  let inner = env;
  if (tag === "strong" || tag === "b") inner = withMark(env, { type: "bold" });
  else if (tag === "em" || tag === "i") inner = withMark(env, { type: "italic" });
  else if (tag === "a") {
    const href = webHref(node);
    if (href) inner = withMark(env, { type: "link", attrs: { href } });
  }
  const spaced = BLOCK_TAGS.has(tag);
  if (spaced) out.push(textNode(" ", env.marks));
  for (const child of Array.from(node.childNodes)) inlineOf(child, inner, out);
  if (spaced) out.push(textNode(" ", env.marks));
}

const sameMarks = (a: DocNode, b: DocNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Merges neighbouring text of the same marks, collapses spaces across nodes, trims the ends. */
function tidyInline(nodes: DocNode[]): DocNode[] {
  const merged: DocNode[] = [];
  // At the start, after a line break or after a space, further spaces add nothing.
  let afterSpace = true;
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === "text") {
      const text = afterSpace ? (node.text ?? "").replace(/^\s+/, "") : (node.text ?? "");
      if (!text) continue;
      if (last?.type === "text" && sameMarks(last, node)) last.text = (last.text ?? "") + text;
      else merged.push({ ...node, text });
      afterSpace = /\s$/.test(text);
    } else {
      merged.push(node);
      afterSpace = true;
    }
  }
  // Trailing spaces and line breaks carry nothing.
  while (merged.length > 0) {
    const last = merged[merged.length - 1];
    if (last.type === "hardBreak") merged.pop();
    else if (last.type === "text" && /\s$/.test(last.text ?? "")) {
      last.text = (last.text ?? "").replace(/\s+$/, "");
      if (!last.text) merged.pop();
    } else break;
  }
  while (merged[0]?.type === "hardBreak") merged.shift();
  return merged;
}

/** Inline content -> paragraphs; two or more line breaks in a row separate paragraphs, as they do on screen. */
function paragraphsOf(inline: DocNode[], type: "paragraph" | "heading" = "paragraph", attrs?: Record<string, unknown>): DocNode[] {
  const groups: DocNode[][] = [[]];
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index];
    if (node.type === "hardBreak" && inline[index + 1]?.type === "hardBreak") {
      while (inline[index + 1]?.type === "hardBreak") index++;
      groups.push([]);
      continue;
    }
    groups[groups.length - 1].push(node);
  }
  return groups
    .map(tidyInline)
    .filter((content) => content.some((node) => node.type === "text"))
    .map((content) => (attrs ? { type, attrs, content } : { type, content }));
}

function inlineContent(element: Element, env: Env): DocNode[] {
  const out: DocNode[] = [];
  for (const child of Array.from(element.childNodes)) inlineOf(child, env, out);
  return out;
}

function listItemOf(item: Node, env: Env): DocNode | null {
  const content = isElement(item) ? piecesOf(item, env).map((piece) => piece.node) : paragraphsOf(tidyInline(collectInline(item, env)));
  if (!content.some((node) => hasText(node))) return null;
  // A list item starts with a paragraph in the schema.
  if (content[0].type !== "paragraph") content.unshift({ type: "paragraph" });
  return { type: "listItem", content };
}

function collectInline(node: Node, env: Env): DocNode[] {
  const out: DocNode[] = [];
  inlineOf(node, env, out);
  return out;
}

function hasText(node: DocNode): boolean {
  return node.type === "text" ? Boolean(node.text?.trim()) : (node.content ?? []).some(hasText);
}

function listOf(element: Element, env: Env): DocNode | null {
  const items = Array.from(element.childNodes)
    .filter((child) => (isElement(child) ? !isDropped(child) : Boolean(child.nodeValue?.trim())))
    .map((child) => listItemOf(child, env))
    .filter((item): item is DocNode => item !== null);
  if (items.length === 0) return null;
  if (tagOf(element) === "ul") return { type: "bulletList", content: items };
  const start = Number.parseInt(element.getAttribute("start") ?? "1", 10);
  return Number.isFinite(start) && start !== 1 ? { type: "orderedList", attrs: { start }, content: items } : { type: "orderedList", content: items };
}

/** A caption's credit lines (class "credit" and the like) become paragraphs of their own. */
function captionPieces(caption: Element, env: Env): Piece[] {
  const clone = caption.cloneNode(true) as Element;
  const credits = Array.from(clone.querySelectorAll("*")).filter((element) => /credit|copyright/i.test(element.getAttribute("class") ?? ""));
  const creditPieces = credits.flatMap((credit) => paragraphsOf(inlineContent(credit, env)));
  credits.forEach((credit) => credit.remove());
  return [...paragraphsOf(inlineContent(clone, env)), ...creditPieces].map((node) => ({ node, caption: true }));
}

/** One block-level element -> pieces. */
function blockPieces(element: Element, env: Env): Piece[] {
  const tag = tagOf(element);
  const level = HEADING_LEVEL[tag];
  if (level) return paragraphsOf(inlineContent(element, env), "heading", { level }).map((node) => ({ node, caption: false }));
  if (tag === "p" || (tag === "pre" && !hasBlockDescendant(element))) {
    const inner = tag === "pre" ? { ...env, preformatted: true } : env;
    const caption = CAPTION_CLASS.test(element.getAttribute("class") ?? "");
    return paragraphsOf(inlineContent(element, inner)).map((node) => ({ node, caption }));
  }
  if (tag === "ul" || tag === "ol") {
    const list = listOf(element, env);
    return list ? [{ node: list, caption: false }] : [];
  }
  if (tag === "blockquote") {
    const content = piecesOf(element, env).map((piece) => piece.node);
    return content.length > 0 ? [{ node: { type: "blockquote", content }, caption: false }] : [];
  }
  if (tag === "figcaption") return captionPieces(element, env);
  if (tag === "hr") return [];
  const pieces = piecesOf(element, env);
  // A container of inline content only, styled as a caption or credit, is one.
  if (CAPTION_CLASS.test(element.getAttribute("class") ?? "") && !hasBlockDescendant(element)) return pieces.map((piece) => ({ ...piece, caption: true }));
  return pieces;
}

/** The content of a container: block children in order, runs of inline content as paragraphs between them. */
function piecesOf(container: Element, env: Env): Piece[] {
  const pieces: Piece[] = [];
  let run: DocNode[] = [];
  const flush = () => {
    pieces.push(...paragraphsOf(run).map((node) => ({ node, caption: false })));
    run = [];
  };
  for (const child of Array.from(container.childNodes)) {
    if (!isElement(child)) {
      if (child.nodeType === TEXT_NODE) inlineOf(child, env, run);
      continue;
    }
    if (isDropped(child)) continue;
    const tag = tagOf(child);
    if (BLOCK_TAGS.has(tag)) {
      flush();
      pieces.push(...blockPieces(child, env));
    } else if (hasBlockDescendant(child)) {
      // An inline element wrapping blocks (a teaser card's link): its marks carry into the blocks.
      flush();
      const inner = tag === "a" && webHref(child) ? withMark(env, { type: "link", attrs: { href: webHref(child) } }) : tag === "strong" || tag === "b" ? withMark(env, { type: "bold" }) : tag === "em" || tag === "i" ? withMark(env, { type: "italic" }) : env;
      pieces.push(...piecesOf(child, inner));
    } else inlineOf(child, env, run);
  }
  flush();
  return pieces;
}

function textOf(node: DocNode): string {
  return buildTextIndex({ type: "doc", content: [node] }).text;
}

function linkDensityOf(node: DocNode): number {
  let linked = 0;
  let all = 0;
  const walk = (current: DocNode) => {
    if (current.type === "text") {
      const length = (current.text ?? "").replace(/\s+/g, "").length;
      all += length;
      if (current.marks?.some((mark) => mark.type === "link")) linked += length;
    }
    current.content?.forEach(walk);
  };
  walk(node);
  return all === 0 ? 0 : linked / all;
}

/** The node as the article schema has it, or a plain paragraph of its text if it does not fit. */
function schemaNode(node: DocNode, text: string): DocNode {
  try {
    const [clean] = sanitiseDoc({ type: "doc", content: [node] }).content ?? [];
    if (clean) return clean;
  } catch {
    // Fall through: the text survives even when the structure does not.
  }
  return { type: "paragraph", content: [{ type: "text", text }] };
}

/** The element's content as blocks, with what the furniture filter needs to judge each one. */
export function draftBlocksFromElement(root: Element): BlockDraft[] {
  return piecesOf(root, { marks: [], preformatted: false }).flatMap(({ node, caption }) => {
    const text = textOf(node);
    if (!text) return [];
    const clean = schemaNode(node, text);
    return [{ node: clean, text: textOf(clean), blockType: caption ? "caption" : clean.type, linkDensity: linkDensityOf(clean) }];
  });
}

/** The element's content as article blocks, none flagged yet (see extract-article.ts for the filter). */
export function blocksFromElement(root: Element): ImportBlock[] {
  return draftBlocksFromElement(root).map((draft, id) => ({ id, node: draft.node, text: draft.text, removed: null }));
}
