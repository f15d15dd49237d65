// The matching form of a text, used only to compare quotes and never shown: compatibility-decomposed
// (NFKD) without combining marks, case-folded, typographic quotes and dashes as ASCII, invisible
// format characters dropped, every whitespace run as one space. Each normalised unit remembers the
// original UTF-16 range it came from, so a match found here maps back to whole code points (a
// surrogate pair or a letter with its combining marks is never split). Pure.

export type NormalisedText = {
  text: string;
  /** Original offset where the code point that produced normalised unit i starts. */
  startOf: Int32Array;
  /** Original offset where that code point ends, stretched over marks and spaces folded into it. */
  endOf: Int32Array;
  /** For each original offset 0..length, the first normalised unit produced at or after it. */
  fromOriginal: Int32Array;
};

// Typographic punctuation a correction desk swaps freely; NFKD leaves these alone.
const PUNCTUATION: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u02BC": "'", "\u0060": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"', "\u2039": "'", "\u203A": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\uFE58": "-",
};
const MARK = /\p{M}/u;
// Format characters (ZWJ, bidi controls, soft hyphen, BOM) and the Arabic tatweel carry no letters.
const INVISIBLE = /[\p{Cf}\u0640]/u;
const WHITESPACE = /\s/u;

const foldCache = new Map<number, string>();

/** The matching form of one non-ASCII code point: "" when it vanishes, " " for whitespace. */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded = "";
  for (const decomposed of String.fromCodePoint(codePoint).normalize("NFKD")) {
    // Lower-casing can itself produce marks (U+0130 -> i + U+0307), so decompose again.
    for (const unit of decomposed.toLowerCase().normalize("NFKD")) {
      if (MARK.test(unit) || INVISIBLE.test(unit)) continue;
      folded += PUNCTUATION[unit] ?? (WHITESPACE.test(unit) ? " " : unit);
    }
  }
  foldCache.set(codePoint, folded);
  return folded;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

export function normaliseForMatching(original: string): NormalisedText {
  const units: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const fromOriginal = new Int32Array(original.length + 1);
  const emit = (code: number, from: number, to: number): void => {
    // A space after a space only widens the first one: whitespace runs compare as one space.
    if (code === 32 && units.length > 0 && units[units.length - 1] === 32) {
      endOf[endOf.length - 1] = to;
      return;
    }
    units.push(code);
    startOf.push(from);
    endOf.push(to);
  };
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < original.length && (original.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    fromOriginal[index] = units.length;
    if (width === 2) fromOriginal[index + 1] = units.length;
    const next = index + width;
    if (code < 128) {
      emit(isAsciiSpace(code) ? 32 : code >= 65 && code <= 90 ? code + 32 : code, index, next);
    } else {
      const folded = foldCodePoint(original.codePointAt(index) ?? code);
      // A vanished code point (a combining mark) belongs to the unit before it.
      if (folded === "" && endOf.length > 0) endOf[endOf.length - 1] = next;
      for (let unit = 0; unit < folded.length; unit++) emit(folded.charCodeAt(unit), index, next);
    }
    index = next;
  }
  fromOriginal[original.length] = units.length;
  let text = "";
  for (let from = 0; from < units.length; from += 8192) text += String.fromCharCode(...units.slice(from, from + 8192));
  return { text, startOf: Int32Array.from(startOf), endOf: Int32Array.from(endOf), fromOriginal };
}

/** The matching form of a short string (a quote or its context), without the offset map. */
export function normaliseString(value: string): string {
  return normaliseForMatching(value).text;
}
