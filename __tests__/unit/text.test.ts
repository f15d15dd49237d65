import { describeRange } from "@/lib/anchoring/text-selector";
import { docToCanonicalText, paragraphsToDoc, plainTextToParagraphs } from "@/lib/editor/canonical-text";
import { highlightSegments, paragraphRanges } from "@/lib/domain/highlight-segments";

describe("canonical text", () => {
  it("joins blocks with a blank line and collapses whitespace inside them", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "  Ceasefire\t talks " }] },
        { type: "paragraph", content: [{ type: "text", text: "Moscow said " }, { type: "text", text: "it", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "would act." }] },
        { type: "paragraph", content: [] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Baku denied it." }] }] }] },
      ],
    };
    expect(docToCanonicalText(doc)).toBe("Ceasefire talks\n\nMoscow said it would act.\n\nBaku denied it.");
  });

  it("round-trips pasted plain text through a document", () => {
    const pasted = "First  line\nstill first.\r\n\r\n\r\nSecond.\n\n   \n";
    expect(plainTextToParagraphs(pasted)).toEqual(["First line still first.", "Second."]);
    expect(docToCanonicalText(paragraphsToDoc(plainTextToParagraphs(pasted)))).toBe("First line still first.\n\nSecond.");
  });
});

describe("describeRange", () => {
  const text = "x".repeat(40) + "QUOTE" + "y".repeat(40);
  it("keeps the quote, 32 characters of context each side, and the offsets", () => {
    expect(describeRange(text, 40, 45)).toEqual({ exact: "QUOTE", prefix: "x".repeat(32), suffix: "y".repeat(32), start: 40, end: 45 });
  });
  it("shortens the context at the edges of the text", () => {
    expect(describeRange("ab QUOTE cd", 3, 8)).toEqual({ exact: "QUOTE", prefix: "ab ", suffix: " cd", start: 3, end: 8 });
  });
  it.each([
    [5, 5],
    [6, 5],
    [-1, 3],
    [0, 1000],
    [1.5, 3],
  ])("refuses the empty or impossible range %d..%d", (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});

describe("highlight segments", () => {
  const text = "aaaa bbbb cccc\n\ndddd";
  it("splits overlapping and nested ranges into runs covered by the same claims", () => {
    const segments = highlightSegments(text, [
      { id: "outer", start: 0, end: 14 },
      { id: "inner", start: 5, end: 9 },
      { id: "overlap", start: 7, end: 12 },
    ], 0, 14);
    expect(segments.map((segment) => [segment.text, segment.ids])).toEqual([
      ["aaaa ", ["outer"]],
      ["bb", ["outer", "inner"]],
      ["bb", ["outer", "inner", "overlap"]],
      [" cc", ["outer", "overlap"]],
      ["cc", ["outer"]],
    ]);
  });
  it("finds paragraphs of the canonical text with their offsets", () => {
    expect(paragraphRanges(text)).toEqual([{ start: 0, end: 14 }, { start: 16, end: 20 }]);
    expect(paragraphRanges("")).toEqual([]);
  });
});
