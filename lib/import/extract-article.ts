// Turns what a journalist brings (a fetched page, pasted HTML, a text file, a .docx) into an
// article preview: metadata, the main text as schema blocks, and page furniture flagged for the
// preview to strike through. Pages go through Mozilla's Readability on a script-less jsdom that
// loads nothing; a document (.docx, via mammoth) is all article, so it skips Readability. Server-only.
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import mammoth from "mammoth";
import { normaliseBlockText, plainTextToParagraphs } from "@/lib/editor/canonical-text";
import { AppError } from "@/lib/errors/app-error";
import { draftBlocksFromElement, type BlockDraft } from "./html-to-blocks";
import { EMPTY_METADATA, type ArticleMetadata, type ArticlePreview, type ImportBlock } from "./import-blocks";
import { readPageMetadata } from "./page-metadata";
import { furnitureReasons } from "./page-furniture";

/**
 * A DOM of the HTML with scripts off and no subresources fetched (jsdom's defaults, stated here
 * so nobody turns them on by accident), and its CSS and parse complaints kept off the server log.
 */
function parseHtml(html: string, url?: string): JSDOM {
  try {
    return new JSDOM(html, { url, runScripts: undefined, resources: undefined, virtualConsole: new VirtualConsole() });
  } catch (error) {
    throw new AppError("INVALID_INPUT", "The page address is not a valid URL.", { details: { url }, cause: error });
  }
}

function flagFurniture(drafts: BlockDraft[]): ImportBlock[] {
  const reasons = furnitureReasons(drafts);
  return drafts.map((draft, id) => {
    const reason = reasons[id];
    return { id, node: draft.node, text: draft.text, removed: reason ? { reason } : null };
  });
}

/**
 * The page's main content per Readability (run on a clone: it rewrites the DOM it reads), or null
 * for a page too short to have one: there Readability falls back to the whole body, header included.
 */
function mainContent(dom: JSDOM): Element | null {
  const document = dom.window.document;
  if (!isProbablyReaderable(document)) return null;
  // Classes stay so that html-to-blocks can tell a caption's credit line from the caption.
  const article = new Readability(document.cloneNode(true) as Document, { disableJSONLD: true, keepClasses: true }).parse();
  if (!article?.content || !normaliseBlockText(article.textContent ?? "")) return null;
  const container = document.createElement("div");
  container.innerHTML = article.content;
  return container;
}

/** Without Readability's verdict, the body minus the page header (logo, menus) outside the article. */
function bodyContent(dom: JSDOM): Element {
  const body = dom.window.document.body.cloneNode(true) as Element;
  body.querySelectorAll("header").forEach((header) => {
    if (!header.closest("article, main")) header.remove();
  });
  return body;
}

export function previewFromHtml(html: string, options?: { url?: string }): ArticlePreview {
  const dom = parseHtml(html, options?.url);
  // Metadata first: Readability strips the head and scripts (JSON-LD) from what it reads.
  const metadata = readPageMetadata(dom.window.document, options?.url);
  let drafts = draftBlocksFromElement(mainContent(dom) ?? bodyContent(dom));
  // Readability's idea of a short page can be a sliver of it: then the body says more.
  if (drafts.length === 0) drafts = draftBlocksFromElement(bodyContent(dom));
  dom.window.close();
  return { metadata, blocks: flagFurniture(drafts) };
}

export function previewFromText(text: string): ArticlePreview {
  const drafts = plainTextToParagraphs(text).map((paragraph) => ({
    node: { type: "paragraph", content: [{ type: "text", text: paragraph }] },
    text: paragraph,
    blockType: "paragraph",
    linkDensity: 0,
  }));
  return { metadata: { ...EMPTY_METADATA }, blocks: flagFurniture(drafts) };
}

export async function previewFromDocx(bytes: Buffer): Promise<ArticlePreview> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new AppError("UNPROCESSABLE", "The file could not be read as a Word document (.docx).", { cause: error });
  }
  const dom = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const drafts = draftBlocksFromElement(dom.window.document.body);
  dom.window.close();
  const blocks = flagFurniture(drafts);
  const heading = blocks.find((block) => block.node.type === "heading");
  const metadata: ArticleMetadata = { ...EMPTY_METADATA, title: heading?.text ?? null };
  return { metadata, blocks };
}
