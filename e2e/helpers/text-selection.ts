// Selecting article text in the workspace: with a real mouse drag, or programmatically for the
// keyboard path (the journalist then presses an actor's number key).
import type { Page } from "@playwright/test";

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Finds the first occurrence of `phrase` in the article text. "measure" scrolls it into view and
 * returns where its first and last characters are; "select" makes it the document's selection and
 * lets the workspace read it, as a shift+arrow selection would.
 */
function findPhrase(page: Page, phrase: string, mode: "measure" | "select"): Promise<Box | null> {
  return page.evaluate(
    ([wanted, how]) => {
      const root = document.querySelector(".article-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(wanted);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        if (how === "select") {
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          root.dispatchEvent(new KeyboardEvent("keyup", { key: "Shift", shiftKey: true, bubbles: true }));
          return null;
        }
        range.startContainer.parentElement!.scrollIntoView({ block: "center" });
        const rects = [...range.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`Phrase not found in one text run: ${wanted}`);
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
  await findPhrase(page, phrase, "select");
}
