// Browser selection -> offsets in the article's canonical text. Every rendered run of text carries
// data-start/data-end (its place in the canonical text); labels drawn inside highlights carry
// data-skip and are not article text.

function runOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>("[data-start]") ?? null;
}

function isSkipped(node: Node): boolean {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return Boolean(element?.closest("[data-skip]"));
}

/** The canonical offset of a DOM point (node, offset) inside `root`, or null outside the text. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: the start of the child after it, or the end of the one before.
    const children = node.childNodes;
    if (offset < children.length) {
      const run = runOf(children[offset]) ?? (children[offset] instanceof HTMLElement ? (children[offset] as HTMLElement).querySelector<HTMLElement>("[data-start]") : null);
      if (run) return Number(run.dataset.start);
    }
    const before = offset > 0 ? children[offset - 1] : null;
    const run = before ? (runOf(before) ?? (before instanceof HTMLElement ? [...before.querySelectorAll<HTMLElement>("[data-start]")].pop() : null)) : null;
    return run ? Number(run.dataset.end) : null;
  }
  const run = runOf(node);
  if (!run) return null;
  if (isSkipped(node)) return Number(run.dataset.end);
  let count = 0;
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (isSkipped(current)) continue;
    if (current === node) return Number(run.dataset.start) + count + offset;
    count += current.textContent?.length ?? 0;
  }
  return null;
}

/** The current selection inside `root` as canonical offsets, or null when there is none there. */
export function selectionToRange(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = pointToOffset(root, range.startContainer, range.startOffset);
  const end = pointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
