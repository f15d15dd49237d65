// Edit-distance primitives for re-anchoring, all bounded so a long text never costs a full matrix:
// approximate substring search (Sellers' algorithm with Ukkonen's cut-off), distance anchored at one
// end (for context and for finding where a match starts), and plain Levenshtein. They compare UTF-16
// units of already-normalised strings. Pure.

export type Alignment = { start: number; end: number; distance: number };

/**
 * The best approximate occurrence of `pattern` inside text[from, to) with at most `maxDistance`
 * edits (insertions, deletions, substitutions), or null. Among equally good ones the span whose
 * length is closest to the pattern's wins, then the earliest.
 */
export function findApproximate(pattern: string, text: string, from: number, to: number, maxDistance: number): Alignment | null {
  const length = pattern.length;
  if (length === 0 || maxDistance < 0) return null;
  const limit = maxDistance + 1;
  const column = new Int32Array(length + 2);
  for (let row = 0; row <= length; row++) column[row] = Math.min(row, limit);
  column[length + 1] = limit;
  let active = Math.min(maxDistance, length);
  let best = limit;
  const ends: number[] = [];
  const stop = Math.min(to, text.length);
  for (let position = Math.max(0, from); position < stop; position++) {
    const unit = text.charCodeAt(position);
    let diagonal = 0;
    const deepest = Math.min(active + 1, length);
    for (let row = 1; row <= deepest; row++) {
      const above = column[row];
      let value = diagonal + (pattern.charCodeAt(row - 1) === unit ? 0 : 1);
      if (above + 1 < value) value = above + 1;
      if (column[row - 1] + 1 < value) value = column[row - 1] + 1;
      diagonal = above;
      column[row] = value > limit ? limit : value;
    }
    active = deepest;
    while (active > 0 && column[active] > maxDistance) active--;
    // Rows below the active one are only ever read as "too far"; keep the next one saying so.
    if (active + 1 <= length) column[active + 1] = limit;
    if (active === length) {
      const distance = column[length];
      if (distance < best) {
        best = distance;
        ends.length = 0;
      }
      if (distance === best) ends.push(position + 1);
    }
  }
  if (best > maxDistance) return null;
  let chosen: Alignment | null = null;
  for (const end of ends.slice(0, 6)) {
    const back = anchoredDistance(pattern, text, end, -1, length + maxDistance, best);
    if (!back || back.distance > best) continue;
    const candidate = { start: end - back.consumed, end, distance: best };
    if (!chosen || Math.abs(candidate.end - candidate.start - length) < Math.abs(chosen.end - chosen.start - length)) chosen = candidate;
  }
  return chosen;
}

/**
 * Edit distance between `pattern` and the text read from `at` in `direction` (+1 rightwards,
 * -1 leftwards, the pattern then read from its end), over the best number of text units consumed
 * (at most `maxConsume`; ties go to the count closest to the pattern's length). Null when every
 * alignment costs more than `maxDistance`.
 */
export function anchoredDistance(pattern: string, text: string, at: number, direction: 1 | -1, maxConsume: number, maxDistance = Number.MAX_SAFE_INTEGER): { distance: number; consumed: number } | null {
  const length = pattern.length;
  const row = new Int32Array(length + 1);
  for (let index = 0; index <= length; index++) row[index] = index;
  let best = row[length];
  let consumed = 0;
  const available = direction === 1 ? Math.min(maxConsume, text.length - at) : Math.min(maxConsume, at);
  for (let step = 1; step <= available; step++) {
    const unit = text.charCodeAt(direction === 1 ? at + step - 1 : at - step);
    let diagonal = row[0];
    row[0] = step;
    let smallest = step;
    for (let index = 1; index <= length; index++) {
      const patternUnit = pattern.charCodeAt(direction === 1 ? index - 1 : length - index);
      const above = row[index];
      let value = diagonal + (patternUnit === unit ? 0 : 1);
      if (above + 1 < value) value = above + 1;
      if (row[index - 1] + 1 < value) value = row[index - 1] + 1;
      diagonal = above;
      row[index] = value;
      if (value < smallest) smallest = value;
    }
    if (row[length] < best || (row[length] === best && Math.abs(step - length) < Math.abs(consumed - length))) {
      best = row[length];
      consumed = step;
    }
    // No cell of a later row can be cheaper than this row's cheapest: stop once it is beaten.
    if (smallest > best) break;
  }
  return best > maxDistance ? null : { distance: best, consumed };
}

/** Levenshtein distance, for re-scoring a span after it was widened to whole words. */
export function editDistance(left: string, right: string): number {
  if (left === right) return 0;
  const row = new Int32Array(right.length + 1);
  for (let index = 0; index <= right.length; index++) row[index] = index;
  for (let outer = 1; outer <= left.length; outer++) {
    let diagonal = row[0];
    row[0] = outer;
    const unit = left.charCodeAt(outer - 1);
    for (let index = 1; index <= right.length; index++) {
      const above = row[index];
      let value = diagonal + (right.charCodeAt(index - 1) === unit ? 0 : 1);
      if (above + 1 < value) value = above + 1;
      if (row[index - 1] + 1 < value) value = row[index - 1] + 1;
      diagonal = above;
      row[index] = value;
    }
  }
  return row[right.length];
}

/** 1 - distance / length of the pattern, clamped to 0..1; an empty pattern is fully similar. */
export function similarity(distance: number, patternLength: number): number {
  return patternLength === 0 ? 1 : Math.max(0, 1 - distance / patternLength);
}
