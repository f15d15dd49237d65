// Selecting article text in the workspace: with a real mouse drag, or with the keyboard (caret at
// the phrase, then shift+arrow presses), after which the journalist presses an actor's number key.
import type { Page } from "@playwright/test";

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Finds the first occurrence of `phrase` in the article text. "measure" scrolls it into view and
 * returns where its first and last characters are; "caret" puts the text caret just before it.
 */
function findPhrase(page: Page, phrase: string, mode: "measure" | "caret"): Promise<Box | null> {
  return page.evaluate(
    ([wanted, how]) => {
      const root = document.querySelector(".article-text")!;
      // The text nodes of the article (not the claim labels drawn between them), joined, so a
      // phrase may cross bold, italic and link boundaries.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement?.closest(".claim-label") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((node) => node.data).join("");
      const index = joined.indexOf(wanted);
      if (index !== -1) {
        /** The text node and offset holding the joined text's character at `at`. */
        const point = (at: number, isEnd: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (at < seen + node.data.length || (isEnd && at === seen + node.data.length)) return [node, at - seen];
            seen += node.data.length;
          }
          const last = nodes[nodes.length - 1];
          return [last, last.data.length];
        };
        const range = document.createRange();
        range.setStart(...point(index, false));
        range.setEnd(...point(index + wanted.length, true));
        if (how === "caret") {
          (root as HTMLElement).focus();
          range.collapse(true);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return null;
        }
        range.startContainer.parentElement!.scrollIntoView({ block: "center" });
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const first = rects[0];
        const last = rects[rects.length - 1];
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`Phrase not found in the article text: ${wanted}`);
    },
    [phrase, mode] as const,
  );
}

export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = (await findPhrase(page, phrase, "measure"))!;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

export async function keyboardSelect(page: Page, phrase: string): Promise<void> {
  await findPhrase(page, phrase, "caret");
  for (let index = 0; index < phrase.length; index++) await page.keyboard.press("Shift+ArrowRight");
}
