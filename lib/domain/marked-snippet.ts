// A search snippet as text plus highlight ranges, never as HTML: PostgreSQL's ts_headline marks the
// matched words with two private-use characters (which the search strips from the text before),
// and this turns its output into ranges that a page renders with <mark> and React's escaping.
// Pure.

export const SNIPPET_START = "\uE000";
export const SNIPPET_STOP = "\uE001";

export type Snippet = { text: string; highlights: { start: number; end: number }[] };

export function parseMarkedSnippet(marked: string): Snippet {
  let text = "";
  const highlights: Snippet["highlights"] = [];
  let openedAt: number | null = null;
  for (const char of marked) {
    if (char === SNIPPET_START) {
      openedAt ??= text.length;
    } else if (char === SNIPPET_STOP) {
      if (openedAt !== null && text.length > openedAt) highlights.push({ start: openedAt, end: text.length });
      openedAt = null;
    } else {
      text += char;
    }
  }
  if (openedAt !== null && text.length > openedAt) highlights.push({ start: openedAt, end: text.length });
  return { text, highlights };
}

/** The snippet cut into plain and highlighted runs, in order, for rendering. */
export function snippetRuns(snippet: Snippet): { text: string; highlighted: boolean }[] {
  const runs: { text: string; highlighted: boolean }[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start > at) runs.push({ text: snippet.text.slice(at, start), highlighted: false });
    runs.push({ text: snippet.text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < snippet.text.length) runs.push({ text: snippet.text.slice(at), highlighted: false });
  return runs;
}
