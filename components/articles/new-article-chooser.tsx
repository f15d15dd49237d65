"use client";
// The "New article" page's two ways in: import a published page or file (with a preview that strips
// page furniture), or paste the text. A pair of toggle buttons, so the choice is one key press away.
import { useState } from "react";
import { ImportArticleForm } from "./import-article-form";
import { NewArticleForm } from "./new-article-form";

/** `initialMode`: from ?mode=paste, so a link (or a test) can open the paste form directly. */
export function NewArticleChooser({ initialMode = "import" }: { initialMode?: "import" | "paste" }) {
  const [mode, setMode] = useState(initialMode);
  return (
    <>
      <div className="mode-switch" role="group" aria-label="How to add the article">
        <button type="button" className="button button-secondary" aria-pressed={mode === "import"} onClick={() => setMode("import")}>
          From a web page or file
        </button>
        <button type="button" className="button button-secondary" aria-pressed={mode === "paste"} onClick={() => setMode("paste")}>
          Paste the text
        </button>
      </div>
      {mode === "import" ? <ImportArticleForm /> : <NewArticleForm />}
    </>
  );
}
