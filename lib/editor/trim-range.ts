// Shrinks a selected range so it neither starts nor ends on whitespace (a triple-click selection
// ends at the next paragraph; a drag often catches a space). Pure.
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { start: from, end: to };
}
