// Pasting as a journalist does (Ctrl+V from another tab): a real paste event carrying the
// clipboard's text/plain and, when given, text/html flavours, delivered to the focused editor.
import { expect, type Locator } from "@playwright/test";

export async function paste(target: Locator, content: { text: string; html?: string }): Promise<void> {
  // The rich-text editor replaces the plain field once the page's script runs.
  await expect(target).toHaveAttribute("contenteditable", "true");
  await target.click();
  await target.evaluate((element, { text, html }) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    if (html) data.setData("text/html", html);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}
