// The article document schema, shared by the browser editors and the server: paragraphs,
// headings, quotes, lists, links, bold and italic, line breaks. Nothing else exists in an article,
// so pasted HTML loses everything else (ProseMirror parses the clipboard through this schema) and
// a stored or posted document with anything else is refused (see sanitise-doc.ts).
import { getSchema, type AnyExtension } from "@tiptap/core";
import Heading from "@tiptap/extension-heading";
import StarterKit from "@tiptap/starter-kit";

/** Links lead to web pages only: no javascript:, data:, mailto: or relative links. */
export const isWebLink = (href: unknown): href is string => typeof href === "string" && /^https?:\/\/[^\s]+$/i.test(href.trim());

/** Articles use three heading levels (the page title is the h1); pasted h1 and h5/h6 fold into them. */
const ArticleHeading = Heading.extend({
  parseHTML() {
    return [...(this.parent?.() ?? []), { tag: "h1", attrs: { level: 2 } }, { tag: "h5", attrs: { level: 4 } }, { tag: "h6", attrs: { level: 4 } }];
  },
}).configure({ levels: [2, 3, 4] });

export const documentExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      enableClickSelection: false,
      isAllowedUri: (url) => isWebLink(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
    },
  }),
  ArticleHeading,
];

let schema: ReturnType<typeof getSchema> | undefined;
/** The ProseMirror schema of those extensions (built once, on first use). */
export function documentSchema() {
  return (schema ??= getSchema(documentExtensions));
}
