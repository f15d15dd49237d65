// A stored document (article schema: paragraphs, headings, quotes, lists, line breaks, bold,
// italic, links) as an HTML fragment, for verdict rationales in the HTML report. Only what the
// schema allows becomes markup, only http(s) links become <a>; any other node is its escaped
// text, so a document that slipped past sanitise-doc still cannot inject anything.
import type { DocNode } from "@/lib/editor/canonical-text";
import { escapeAttribute, escapeHtml } from "./html-escape";
import { isWebUrl } from "./report";

type Mark = NonNullable<DocNode["marks"]>[number];

/** Escaped text wrapped in its bold, italic and (web-only) link marks. */
export function wrapInMarks(escapedHtml: string, marks: Mark[] | undefined): string {
  let html = escapedHtml;
  const types = new Set((marks ?? []).map((mark) => mark.type));
  if (types.has("italic")) html = `<em>${html}</em>`;
  if (types.has("bold")) html = `<strong>${html}</strong>`;
  const href = (marks ?? []).find((mark) => mark.type === "link")?.attrs?.href;
  // The link is outermost so bold and italic parts of one link stay one click target.
  if (typeof href === "string" && isWebUrl(href)) html = `<a href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
  return html;
}

/** Every text in a node, line breaks as spaces: what an unknown node renders as. */
export function plainTextOf(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  const children = node.content ?? [];
  // Blocks are joined by a space so that their last and first words do not run together.
  const inline = children.every((child) => child.type === "text" || child.type === "hardBreak");
  return children.map(plainTextOf).join(inline ? "" : " ");
}

/** The heading level as the schema allows it (2-4); anything else folds into the nearest. */
export function headingLevel(node: DocNode): number {
  const level = node.attrs?.level;
  return typeof level === "number" && Number.isFinite(level) ? Math.min(4, Math.max(2, Math.round(level))) : 2;
}

/** An ordered list's start attribute, only when it is a plain positive integer other than 1. */
export function orderedListStart(node: DocNode): string {
  const start = node.attrs?.start;
  return typeof start === "number" && Number.isInteger(start) && start > 1 && start < 1_000_000 ? ` start="${start}"` : "";
}

function renderChildren(node: DocNode): string {
  return (node.content ?? []).map(renderNode).join("");
}

function renderNode(node: DocNode): string {
  switch (node.type) {
    case "doc":
      return renderChildren(node);
    case "paragraph":
      return `<p>${renderChildren(node)}</p>`;
    case "heading": {
      const level = headingLevel(node);
      return `<h${level}>${renderChildren(node)}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${renderChildren(node)}</blockquote>`;
    case "bulletList":
      return `<ul>${renderChildren(node)}</ul>`;
    case "orderedList":
      return `<ol${orderedListStart(node)}>${renderChildren(node)}</ol>`;
    case "listItem":
      return `<li>${renderChildren(node)}</li>`;
    case "hardBreak":
      return "<br>";
    case "text":
      return wrapInMarks(escapeHtml(node.text ?? ""), node.marks);
    default:
      return escapeHtml(plainTextOf(node));
  }
}

/** The document as an HTML fragment ("" for none). */
export function buildRichTextHtml(doc: DocNode | null): string {
  return doc ? renderNode(doc) : "";
}
