// Word-trigram index of a normalised text, built once per text: it proposes where an edited quote may
// now sit (each trigram the quote still shares with the text votes for a start), so fuzzy matching
// aligns a few small windows instead of scanning 100,000 characters. Pure.

export type WordShingleIndex = { wordStarts: Int32Array; trigrams: Map<number, number[]> };
export type Seed = { start: number; votes: number };

const SHINGLE = 3;
// A trigram found this often is boilerplate; its votes would only drown the others.
const MAX_OCCURRENCES = 64;
const WORD_UNIT = /[\p{L}\p{N}]/u;

function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // Surrogate halves count as word units so an emoji or a supplementary letter joins its word.
  return (code & 0xf800) === 0xd800 || WORD_UNIT.test(String.fromCharCode(code));
}

/** Start offsets and FNV-1a hashes of the words of a normalised string. */
function words(text: string): { starts: number[]; hashes: number[] } {
  const starts: number[] = [];
  const hashes: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (isWordUnit(code)) {
      if (!inWord) {
        starts.push(index);
        hash = 0x811c9dc5;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (inWord) {
      hashes.push(hash >>> 0);
      inWord = false;
    }
  }
  return { starts, hashes };
}

function trigramKey(hashes: number[], at: number): number {
  return (Math.imul(Math.imul(hashes[at], 0x9e3779b1) ^ hashes[at + 1], 0x85ebca6b) ^ hashes[at + 2]) >>> 0;
}

export function indexWordShingles(normalised: string): WordShingleIndex {
  const { starts, hashes } = words(normalised);
  const trigrams = new Map<number, number[]>();
  for (let at = 0; at + SHINGLE <= hashes.length; at++) {
    const key = trigramKey(hashes, at);
    const list = trigrams.get(key);
    if (list) list.push(at);
    else trigrams.set(key, [at]);
  }
  return { wordStarts: Int32Array.from(starts), trigrams };
}

/**
 * Likely starts of `quote` in the indexed text, most-voted first: every trigram the quote shares with
 * the text votes for (its position in the text - its position in the quote); votes within
 * `tolerance` of each other are one seed.
 */
export function seedStarts(index: WordShingleIndex, quote: string, tolerance: number, maxSeeds: number): Seed[] {
  const { starts, hashes } = words(quote);
  const estimates: number[] = [];
  for (let at = 0; at + SHINGLE <= hashes.length; at++) {
    const found = index.trigrams.get(trigramKey(hashes, at));
    if (!found || found.length > MAX_OCCURRENCES) continue;
    for (const word of found) estimates.push(index.wordStarts[word] - starts[at]);
  }
  if (estimates.length === 0) return [];
  estimates.sort((a, b) => a - b);
  const seeds: Seed[] = [];
  let groupStart = 0;
  for (let at = 1; at <= estimates.length; at++) {
    if (at < estimates.length && estimates[at] - estimates[at - 1] <= tolerance) continue;
    seeds.push({ start: estimates[groupStart + ((at - groupStart) >> 1)], votes: at - groupStart });
    groupStart = at;
  }
  return seeds.sort((a, b) => b.votes - a.votes).slice(0, maxSeeds);
}
