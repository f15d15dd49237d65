// A word-level difference between two plain texts, for a verdict's history ("what did this edit of
// the rationale change?"). Pure. Words are runs of non-space characters; whitespace (line and
// paragraph breaks included) counts only as a separator, so re-wrapping a text changes nothing.
// The longest common subsequence of the words is kept; what only the old text has is "removed",
// what only the new one has is "added".

export type WordDiffKind = "same" | "added" | "removed";
/** A run of words of one kind, joined by single spaces. */
export type WordDiffPart = { kind: WordDiffKind; text: string };

/**
 * Beyond this many cells (words of the changed middle of one text × of the other) the table would
 * cost megabytes on every page view: the middle is then reported as replaced as a whole, which is
 * still correct, only coarser. Rationales have at most 20,000 characters.
 */
export const MAX_LCS_CELLS = 4_000_000;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** Appends a word to the parts, extending the last part when it is of the same kind. */
function push(parts: WordDiffPart[], kind: WordDiffKind, word: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += ` ${word}`;
  else parts.push({ kind, text: word });
}

/** The words of `before` and `after` between their common prefix and suffix, diffed by LCS. */
function diffMiddle(parts: WordDiffPart[], before: string[], after: string[], maxCells: number): void {
  const n = before.length;
  const m = after.length;
  if (n * m > maxCells) {
    for (const word of before) push(parts, "removed", word);
    for (const word of after) push(parts, "added", word);
    return;
  }
  // lengths[i * (m + 1) + j]: LCS length of before[i..] and after[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = before[i] === after[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      push(parts, "same", before[i]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      // Removals before additions, so a replaced word reads "old new".
      push(parts, "removed", before[i++]);
    } else {
      push(parts, "added", after[j++]);
    }
  }
  while (i < n) push(parts, "removed", before[i++]);
  while (j < m) push(parts, "added", after[j++]);
}

/**
 * The word-level difference from `before` to `after`. Joining the parts that are not "added" with
 * spaces gives `before` with its whitespace collapsed; the parts that are not "removed", `after`.
 */
export function diffWords(before: string, after: string, maxCells = MAX_LCS_CELLS): WordDiffPart[] {
  const a = wordsOf(before);
  const b = wordsOf(after);
  // Edits are usually local: the common start and end need no table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;

  const parts: WordDiffPart[] = [];
  for (const word of a.slice(0, start)) push(parts, "same", word);
  diffMiddle(parts, a.slice(start, a.length - end), b.slice(start, b.length - end), maxCells);
  for (const word of a.slice(a.length - end)) push(parts, "same", word);
  return parts;
}

/** Whether the texts differ in their words at all (not only in whitespace). */
export const hasWordChanges = (parts: readonly WordDiffPart[]) => parts.some((part) => part.kind !== "same");

/**
 * The changes with only `context` words of unchanged text around each, the rest elided ("…"), so a
 * long article's diff shows what changed rather than the whole article.
 */
export function condenseDiff(parts: readonly WordDiffPart[], context = 12): WordDiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== "same") return part;
    const words = part.text.split(" ");
    const keepBefore = index > 0 ? context : 0;
    const keepAfter = index < parts.length - 1 ? context : 0;
    if (words.length <= keepBefore + keepAfter + 1) return part;
    const head = words.slice(0, keepBefore).join(" ");
    const tail = words.slice(words.length - keepAfter).join(" ");
    return { kind: "same", text: [head, "…", tail].filter(Boolean).join(" ") };
  });
}
