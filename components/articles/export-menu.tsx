"use client";
// The workspace's Export menu: the annotated report in every format (approved verdicts only unless
// the journalist asks for drafts, which the files then mark), and importing annotations back.
// Plain links to the export endpoint, so downloads work like any other; keyboard-reachable as a
// disclosure (details/summary), closed with Escape.
import { useRef, useState } from "react";
import { exportHref } from "@/lib/validation/export";
import { ImportAnnotationsForm } from "./import-annotations-form";

type Props = { articleId: string; pdfAvailable: boolean; actors: { id: string; name: string }[] };

export function ExportMenu({ articleId, pdfAvailable, actors }: Props) {
  const [drafts, setDrafts] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const href = (format: Parameters<typeof exportHref>[1]["format"], extra: { bom?: boolean; inline?: boolean } = {}) => exportHref(articleId, { format, drafts, ...extra });
  return (
    <details
      className="export-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === "Escape" && menu.current?.open) {
          menu.current.open = false;
          menu.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="button button-secondary">Export</summary>
      <div className="export-menu-panel" role="group" aria-label="Export and import">
        <label className="checkbox">
          <input type="checkbox" checked={drafts} onChange={(event) => setDrafts(event.target.checked)} /> Include verdicts not yet approved (marked as such)
        </label>
        <h2 className="export-menu-heading">Report</h2>
        <ul>
          <li>
            <a href={href("html", { inline: true })} target="_blank" rel="noopener">
              Printable report
            </a>{" "}
            <span className="muted">opens in a new tab; print it from there</span>
          </li>
          <li>
            <a href={href("html")} download>
              HTML file
            </a>
          </li>
          <li>
            {pdfAvailable ? (
              <a href={href("pdf")} download>
                PDF
              </a>
            ) : (
              <>
                <span aria-disabled="true" className="muted">
                  PDF
                </span>{" "}
                <span className="muted">not available on this server (it has no Chromium): open the printable report and print it to PDF</span>
              </>
            )}
          </li>
          <li>
            <a href={href("md")} download>
              Markdown
            </a>{" "}
            <span className="muted">for a CMS</span>
          </li>
          <li>
            <a href={href("csv")} download>
              CSV
            </a>{" "}
            ·{" "}
            <a href={href("csv", { bom: true })} download>
              CSV for Excel
            </a>
          </li>
        </ul>
        <h2 className="export-menu-heading">Data</h2>
        <ul>
          <li>
            <a href={href("w3c")} download>
              W3C Web Annotation
            </a>{" "}
            <span className="muted">JSON-LD, for annotation tools</span>
          </li>
          <li>
            <a href={exportHref(articleId, { format: "claimreview" })} download>
              schema.org ClaimReview
            </a>{" "}
            <span className="muted">approved verdicts only</span>
          </li>
        </ul>
        <h2 className="export-menu-heading">Import</h2>
        <ImportAnnotationsForm articleId={articleId} actors={actors} />
      </div>
    </details>
  );
}
