// Server-side check of a posted Tiptap document: only the article schema's nodes, marks and
// attributes survive, links must be web links, and size and depth are bounded before anything
// recursive touches the input. Pure (ProseMirror's model needs no DOM).
import { Fragment, Node as PmNode } from "@tiptap/pm/model";
import type { DocNode } from "./canonical-text";
import { documentSchema, isWebLink } from "./document-schema";

export const DOC_LIMITS = { nodes: 50_000, depth: 12 } as const;

export class InvalidDocumentError extends Error {}

/** Counts nodes and depth without recursion, so a hostile 100,000-deep document cannot blow the stack. */
function checkShape(json: unknown): void {
  const stack: { node: unknown; depth: number }[] = [{ node: json, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== "object" || node === null || Array.isArray(node)) throw new InvalidDocumentError("The document has a part that is not a node.");
    if (++count > DOC_LIMITS.nodes) throw new InvalidDocumentError(`The document has more than ${DOC_LIMITS.nodes} parts.`);
    if (depth > DOC_LIMITS.depth) throw new InvalidDocumentError(`The document is nested more than ${DOC_LIMITS.depth} levels deep.`);
    const content = (node as { content?: unknown }).content;
    if (content === undefined) continue;
    if (!Array.isArray(content)) throw new InvalidDocumentError("A node's content must be a list.");
    for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
}

/** Drops link marks whose target is not an http(s) address (the text stays). */
function webLinksOnly(node: PmNode): PmNode {
  const linkType = node.type.schema.marks.link;
  if (node.isText) return node.mark(node.marks.filter((mark) => mark.type !== linkType || isWebLink(mark.attrs.href)));
  const children: PmNode[] = [];
  node.forEach((child) => children.push(webLinksOnly(child)));
  return node.copy(Fragment.fromArray(children));
}

/**
 * The posted document as the article schema understands it, or InvalidDocumentError. Unknown
 * node or mark types and malformed structure are refused rather than guessed at.
 */
export function sanitiseDoc(json: unknown): DocNode {
  checkShape(json);
  let doc: PmNode;
  try {
    doc = PmNode.fromJSON(documentSchema(), json);
    doc.check();
  } catch (error) {
    throw new InvalidDocumentError(`The document does not fit the article format: ${(error as Error).message}`);
  }
  if (doc.type.name !== "doc") throw new InvalidDocumentError("The document's top node must be a doc.");
  return webLinksOnly(doc).toJSON() as DocNode;
}
