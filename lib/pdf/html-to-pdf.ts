// Printing the HTML report to PDF with the server's headless Chromium (Debian's package, or
// CHROMIUM_PATH). Without one the export says so (FEATURE_UNAVAILABLE, 503) and the HTML report,
// which prints the same from any browser, is the fallback. One PDF at a time: each launch costs a
// browser process, and a queue is kinder to the machine than twenty at once.
import { existsSync } from "node:fs";
import { AppError } from "@/lib/errors/app-error";
import { escapeHtml } from "@/lib/export/html-escape";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((path): path is string => Boolean(path));

/** The Chromium this server can print with, or null. */
export function chromiumPath(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

let queue: Promise<unknown> = Promise.resolve();

/** Renders a self-contained HTML document (no external requests) to an A4 PDF. */
export async function htmlToPdf(html: string, options: { title: string }): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new AppError("FEATURE_UNAVAILABLE", "PDF export needs Chromium on the server, which is not installed here. Download the HTML report and print it to PDF from your browser.", {
      details: { fallback: "html" },
    });
  }
  const job = queue.then(() => render(executablePath, html, options.title));
  queue = job.catch(() => undefined);
  return job;
}

async function render(executablePath: string, html: string, title: string): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // The report is self-contained: refuse any request it might still make.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      // Chromium's own running header and page numbers: CSS @page margin boxes are not supported.
      headerTemplate: `<div style="font: 8px system-ui, sans-serif; color: #555; width: 100%; padding: 0 12mm;">${escapeHtml(title)}</div>`,
      footerTemplate: `<div style="font: 8px system-ui, sans-serif; color: #555; width: 100%; padding: 0 12mm; text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: "18mm", bottom: "16mm", left: "14mm", right: "14mm" },
    });
  } finally {
    await browser.close();
  }
}
