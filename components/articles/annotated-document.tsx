"use client";
// The article in Tiptap, in annotate mode: the text can be selected with the mouse or the keyboard
// (caret, shift+arrows) but never changed. Claims are drawn as ProseMirror decorations from the
// stand-off claim data (lib/editor/claim-highlights.ts), never as marks in the document, so
// overlapping and nested claims stay visible. Each highlight carries the actor's short label and
// the claim number, so colour is never the only cue.
import { useEffect, useMemo } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { actorShortLabel } from "@/lib/domain/default-actors";
import { claimHighlights } from "@/lib/editor/claim-highlights";
import { documentExtensions } from "@/lib/editor/document-schema";
import { buildTextIndex, posToOffset, type TextIndex } from "@/lib/editor/text-index";
import type { DocNode } from "@/lib/editor/canonical-text";
import type { ClaimDetail } from "@/lib/db/claim-view";

const highlightsKey = new PluginKey<DecorationSet>("claimHighlights");

/**
 * Holds the highlight decorations. They are built before the editor's first render (`initial`), so
 * the article's DOM is made once, highlighted; the component replaces them whenever claims change.
 */
const ClaimHighlights = Extension.create<{ initial: (doc: ProseMirrorNode) => DecorationSet }>({
  name: "claimHighlights",
  addOptions() {
    return { initial: () => DecorationSet.empty };
  },
  addProseMirrorPlugins() {
    const { initial } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: { init: (_config, state) => initial(state.doc), apply: (tr, old) => (tr.getMeta(highlightsKey) as DecorationSet | undefined) ?? old.map(tr.mapping, tr.doc) },
        props: { decorations: (state) => highlightsKey.getState(state) },
      }),
    ];
  },
});

/** Annotate mode: selection and caret yes, changes no (typing, paste, drop, cut, Enter...). */
const ReadOnlyText = Extension.create({
  name: "readOnlyText",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => true,
          handleDrop: () => true,
        },
      }),
    ];
  },
});

/** What each decoration set was built from, so an unchanged set is not dispatched again. */
const builtFrom = new WeakMap<DecorationSet, unknown[]>();

/** A label before a highlight (a <sup> the caret skips), drawn by `fill`; `key` says when it must be redrawn. */
function labelWidget(position: number, key: string, fill: (element: HTMLElement) => void): Decoration {
  return Decoration.widget(
    position,
    () => {
      const element = document.createElement("sup");
      fill(element);
      return element;
    },
    { side: -1, key, ignoreSelection: true },
  );
}

/** A proposed claim, drawn dashed (not yet a claim): its actor's colour and label with a question mark. */
export type SuggestionHighlight = { id: string; start: number; end: number; actorName: string; color: string; focused: boolean };

function suggestionDecorations(index: TextIndex, suggestions: SuggestionHighlight[]): Decoration[] {
  const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const { runs, labels } = claimHighlights(index, suggestions);
  const decorations = runs.map((run) => {
    const suggestion = byId.get(run.claimIds[0])!;
    const focused = run.claimIds.some((id) => byId.get(id)!.focused);
    return Decoration.inline(run.from, run.to, {
      nodeName: "mark",
      class: focused ? "suggestion-highlight is-focused" : "suggestion-highlight",
      "data-suggestions": run.claimIds.join(" "),
      style: `border-bottom: 2px dashed ${suggestion.color}; background-color: ${suggestion.color}14;`,
      title: run.claimIds.map((id) => `Suggested: ${byId.get(id)!.actorName}`).join(", "),
    });
  });
  for (const label of labels) {
    const suggestion = byId.get(label.claimId)!;
    const text = `${actorShortLabel(suggestion.actorName)}?`;
    decorations.push(labelWidget(label.position, `s:${suggestion.id}:${text}:${suggestion.color}`, (element) => {
      element.className = "suggestion-label";
      element.style.borderColor = suggestion.color;
      element.textContent = text;
    }));
  }
  return decorations;
}

function buildDecorations(doc: ProseMirrorNode, index: TextIndex, claims: ClaimDetail[], numbers: Map<string, number>, selectedClaimId: string | null | undefined, suggestions: SuggestionHighlight[]): DecorationSet {
  const placed = claims.filter((claim) => claim.anchorStatus !== "orphaned");
  const byId = new Map(placed.map((claim) => [claim.id, claim]));
  const { runs, labels } = claimHighlights(index, placed);
  const decorations = runs.map((run) => {
    const [inner, outer] = run.claimIds.map((id) => byId.get(id)!);
    const selected = selectedClaimId ? run.claimIds.includes(selectedClaimId) : false;
    return Decoration.inline(run.from, run.to, {
      nodeName: "mark",
      class: selected ? "claim-highlight is-selected" : "claim-highlight",
      "data-claims": run.claimIds.join(" "),
      "data-claim": inner.id,
      // The innermost claim gives the colour; an outer one shows as a second underline.
      style: `background-color: ${inner.actor.color}26; border-bottom: 3px solid ${inner.actor.color};${outer ? ` box-shadow: 0 3px 0 0 ${outer.actor.color};` : ""}`,
      title: run.claimIds.map((id) => `#${numbers.get(id)} ${byId.get(id)!.actor.name}`).join(", "),
    });
  });
  for (const label of labels) {
    const claim = byId.get(label.claimId)!;
    const text = `${actorShortLabel(claim.actor.name)} ${numbers.get(claim.id)}`;
    decorations.push(labelWidget(label.position, `${claim.id}:${text}:${claim.actor.color}`, (element) => {
      element.className = "claim-label";
      element.dataset.claim = claim.id;
      element.style.backgroundColor = claim.actor.color;
      element.textContent = text;
    }));
  }
  decorations.push(...suggestionDecorations(index, suggestions));
  const set = DecorationSet.create(doc, decorations);
  builtFrom.set(set, [index, claims, numbers, selectedClaimId, suggestions]);
  return set;
}

type Props = {
  body: DocNode;
  claims: ClaimDetail[];
  numbers: Map<string, number>;
  selectedClaimId?: string | null;
  language: string;
  onClaimClick?: (claimId: string) => void;
  /** The selection in canonical offsets (null when collapsed or outside the text), with its screen box. */
  onSelect?: (range: { start: number; end: number; rect: DOMRect } | null) => void;
  onReady?: () => void;
  /** Claim suggestions on show, if any (dashed). */
  suggestions?: SuggestionHighlight[];
};

const NO_SUGGESTIONS: SuggestionHighlight[] = [];

export function AnnotatedDocument({ body, claims, numbers, selectedClaimId, language, onClaimClick, onSelect, onReady, suggestions = NO_SUGGESTIONS }: Props) {
  const index = useMemo(() => buildTextIndex(body), [body]);
  const editor = useEditor({
    extensions: [
      ...documentExtensions,
      ClaimHighlights.configure({ initial: (doc) => buildDecorations(doc, index, claims, numbers, selectedClaimId, suggestions) }),
      ReadOnlyText,
    ],
    content: body,
    // Rendered in the browser only: the server sends a plain fallback (see ArticleTextFallback).
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: "article-text",
        lang: language,
        "aria-label": "Article text (select words to tag a claim)",
        "aria-readonly": "true",
        "aria-multiline": "true",
        role: "textbox",
        spellcheck: "false",
        inputmode: "none",
      },
    },
  });

  useEffect(() => {
    if (!editor) return;
    // The editor was created with these very decorations: drawing them again would redo the whole DOM.
    const inputs = [index, claims, numbers, selectedClaimId, suggestions];
    const shown = builtFrom.get(highlightsKey.getState(editor.state)!);
    if (shown && shown.every((value, position) => value === inputs[position])) return;
    editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, buildDecorations(editor.state.doc, index, claims, numbers, selectedClaimId, suggestions)));
  }, [editor, index, claims, numbers, selectedClaimId, suggestions]);

  // The editor's view is in the page (child effects run first) and highlighted: ready for work.
  useEffect(() => {
    if (editor) onReady?.();
  }, [editor, onReady]);

  /** The DOM selection in canonical offsets (read from the DOM: it is current even before ProseMirror syncs). */
  const readSelection = () => {
    if (!editor || !onSelect) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return onSelect(null);
    const range = selection.getRangeAt(0);
    if (!editor.view.dom.contains(range.startContainer) || !editor.view.dom.contains(range.endContainer)) return onSelect(null);
    try {
      const start = posToOffset(index, editor.view.posAtDOM(range.startContainer, range.startOffset));
      const end = posToOffset(index, editor.view.posAtDOM(range.endContainer, range.endOffset));
      onSelect(end > start ? { start, end, rect: range.getBoundingClientRect() } : null);
    } catch {
      onSelect(null);
    }
  };

  return (
    <div
      onMouseUp={readSelection}
      onKeyUp={(event) => event.shiftKey && readSelection()}
      onKeyDownCapture={(event) => {
        // Tab leaves the text (list items would otherwise take it to indent, which is refused).
        if (event.key === "Tab") event.stopPropagation();
      }}
      onClick={(event) => {
        const claimId = (event.target as HTMLElement).closest<HTMLElement>("[data-claim]")?.dataset.claim;
        if (claimId && window.getSelection()?.isCollapsed !== false) onClaimClick?.(claimId);
      }}
    >
      {editor ? <EditorContent editor={editor} /> : <ArticleTextFallback body={body} />}
    </div>
  );
}

/** Before the editor starts (and without JavaScript): the text, unhighlighted. */
function ArticleTextFallback({ body }: { body: DocNode }) {
  const index = buildTextIndex(body);
  return (
    <div className="article-text article-text-loading" aria-busy="true">
      {index.blocks.map((block) => (
        <p key={block.textStart}>{block.text}</p>
      ))}
    </div>
  );
}
