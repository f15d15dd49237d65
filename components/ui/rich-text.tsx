// Renders a stored document (article schema: paragraphs, headings, quotes, lists, links, bold,
// italic, line breaks) as React elements, on the server or in the browser, without a DOM or an
// editor. React escapes all text; links are kept only when they are web links. Anything outside the
// schema (which sanitiseDoc refuses on the way in) renders as its text.
import type { ReactNode } from "react";
import type { DocNode } from "@/lib/editor/canonical-text";
import { isWebLink } from "@/lib/editor/document-schema";

function withMarks(node: DocNode, key: number): ReactNode {
  let content: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") content = <strong>{content}</strong>;
    else if (mark.type === "italic") content = <em>{content}</em>;
    else if (mark.type === "link" && isWebLink(mark.attrs?.href)) {
      content = (
        <a href={mark.attrs!.href as string} rel="noopener noreferrer nofollow" target="_blank">
          {content}
        </a>
      );
    }
  }
  return <span key={key}>{content}</span>;
}

function renderNode(node: DocNode, key: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => renderNode(child, index));
  switch (node.type) {
    case "text":
      return withMarks(node, key);
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading": {
      const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2));
      const Heading = `h${level}` as "h2" | "h3" | "h4";
      return <Heading key={key}>{children}</Heading>;
    }
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    default:
      return <span key={key}>{children}</span>;
  }
}

export function RichText({ doc, className }: { doc: unknown; className?: string }) {
  const root = doc as DocNode | null | undefined;
  if (!root?.content?.length) return null;
  return <div className={className ?? "rich-text"}>{root.content.map((node, index) => renderNode(node, index))}</div>;
}
