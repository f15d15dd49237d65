// JSON-LD serialisation shared by the W3C and ClaimReview exports: the same bytes serve a download
// and the body of an HTML <script type="application/ld+json">, so they must never end that script.

/** The characters that can close a <script> element or start markup, and the two line separators old JavaScript parsers reject. */
const SCRIPT_BREAKING = /[<>&\u2028\u2029]/g;

/**
 * JSON with a 2-space indent in which <, >, &, U+2028 and U+2029 are written as \uXXXX escapes.
 * Those characters only ever occur inside JSON strings, where \uXXXX means the same character, so the
 * output is still valid JSON that parses back to the same value, and "</script>" cannot appear in it.
 */
export function serialiseJsonLd(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // JSON.stringify returns undefined (not a string) for undefined, functions and symbols.
  if (json === undefined) throw new TypeError("Only a JSON value can be serialised as JSON-LD.");
  return json.replace(SCRIPT_BREAKING, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
