// The ProseMirror position <-> canonical offset map, checked against real ProseMirror documents.
import { Node as PmNode } from "@tiptap/pm/model";
import { docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { documentSchema } from "@/lib/editor/document-schema";
import { claimHighlights } from "@/lib/editor/claim-highlights";
import { buildTextIndex, offsetToPos, posToOffset } from "@/lib/editor/text-index";
import { InvalidDocumentError, sanitiseDoc } from "@/lib/editor/sanitise-doc";

const text = (value: string, marks?: DocNode["marks"]): DocNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: "paragraph", content });

const DOCUMENTS: Record<string, DocNode> = {
  nested: {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Ceasefire  talks ")] },
      { type: "blockquote", content: [paragraph(text("Moscow "), text("said", [{ type: "bold" }]), text(" it would act."))] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("Baku denied it."))] },
          { type: "listItem", content: [paragraph(text("Yerevan:"), { type: "hardBreak" }, text(" an invasion."))] },
        ],
      },
      paragraph(),
      paragraph(text("   ")),
      paragraph(text("Last   line\twith  spaces.  ")),
    ],
  },
  emoji: { type: "doc", content: [paragraph(text("Drone 🛩️ footage 👍🏽 shows 🇦🇲 flags.")), paragraph(text("e\u0301te\u0301 déjà"))] },
  rightToLeft: { type: "doc", content: [paragraph(text("قالت موسكو إن باكو خرقت وقف إطلاق النار.")), paragraph(text("ירוואן אמרה: \"זו פלישה\" (Yerevan)."))] },
};

describe.each(Object.entries(DOCUMENTS))("text index of the %s document", (_name, json) => {
  const doc = PmNode.fromJSON(documentSchema(), json);
  const index = buildTextIndex(json);

  it("gives the canonical text, and every character sits where ProseMirror has it", () => {
    expect(index.text).toBe(docToCanonicalText(json));
    for (const block of index.blocks) {
      for (let local = 0; local < block.text.length; local++) {
        const char = block.text[local];
        const position = block.positions[local];
        if (char === " ") continue; // a collapsed run or a line break
        expect(doc.textBetween(position, position + 1)).toBe(char);
      }
      expect(doc.resolve(block.contentStart).parent.isTextblock).toBe(true);
    }
  });

  it("round-trips every canonical offset, as a start and as an end", () => {
    for (let offset = 0; offset <= index.text.length; offset++) {
      if (index.text.slice(offset - 1, offset + 1) === "\n\n") continue; // between the two separator characters
      for (const side of ["start", "end"] as const) {
        const position = offsetToPos(index, offset, side);
        expect(position).toBeGreaterThanOrEqual(0);
        expect(position).toBeLessThanOrEqual(doc.content.size);
        const back = posToOffset(index, position);
        // An offset on a block separator comes back as the edge of the block it was moved to.
        const inSeparator = index.text[offset - 1] === "\n" || (index.text[offset] === "\n" && side === "start");
        if (!inSeparator) expect(back).toBe(offset);
      }
    }
  });

  it("maps every document position to an offset that maps back to the same offset", () => {
    for (let position = 0; position <= doc.content.size; position++) {
      const offset = posToOffset(index, position);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(index.text.length);
      expect(posToOffset(index, offsetToPos(index, offset, "start"))).toBe(offset);
    }
  });

  it("maps a range of text to the document range holding the same words", () => {
    for (const block of index.blocks) {
      for (let start = 0; start < block.text.length; start += 3) {
        for (let end = start + 1; end <= block.text.length; end += 5) {
          const from = offsetToPos(index, block.textStart + start, "start");
          const to = offsetToPos(index, block.textStart + end, "end");
          expect(doc.textBetween(from, to, undefined, " ").replace(/\s+/g, " ")).toBe(block.text.slice(start, end));
        }
      }
    }
  });
});

describe("claim highlights", () => {
  const json = DOCUMENTS.nested;
  const index = buildTextIndex(json);
  const at = (quote: string) => ({ start: index.text.indexOf(quote), end: index.text.indexOf(quote) + quote.length });

  it("keeps overlapping and nested claims distinguishable, innermost first, never across blocks", () => {
    const outer = { id: "outer", ...at("Moscow said it would act.") };
    const inner = { id: "inner", ...at("said") };
    const crossing = { id: "crossing", ...at("act.\n\nBaku denied") };
    const { runs, labels } = claimHighlights(index, [outer, inner, crossing]);
    const doc = PmNode.fromJSON(documentSchema(), json);
    const shown = runs.map((run) => [doc.textBetween(run.from, run.to), run.claimIds.join("+")]);
    expect(shown).toEqual([
      ["Moscow ", "outer"],
      ["said", "inner+outer"],
      [" it would ", "outer"],
      ["act.", "crossing+outer"], // the crossing claim is the shorter one
      ["Baku denied", "crossing"],
    ]);
    expect(labels.map((label) => [label.claimId, doc.textBetween(label.position - 4, label.position)])).toEqual([
      ["inner", "said"],
      ["outer", "act."],
      ["crossing", "nied"],
    ]);
  });
});

describe("sanitiseDoc", () => {
  it("keeps the article schema and drops links that are not web links", () => {
    const clean = sanitiseDoc({
      type: "doc",
      content: [paragraph(text("Statement", [{ type: "link", attrs: { href: "javascript:alert(1)" } }, { type: "italic" }]), text(" here", [{ type: "link", attrs: { href: "https://mil.ru/" } }]))],
    });
    expect(clean.content![0].content).toEqual([
      { type: "text", text: "Statement", marks: [{ type: "italic" }] },
      { type: "text", text: " here", marks: [{ type: "link", attrs: expect.objectContaining({ href: "https://mil.ru/", rel: "noopener noreferrer nofollow" }) }] },
    ]);
  });

  it.each([
    ["an unknown node", { type: "doc", content: [{ type: "image", attrs: { src: "https://x.org/a.png" } }] }],
    ["an unknown mark", { type: "doc", content: [paragraph(text("x", [{ type: "strike" }]))] }],
    ["a paragraph directly in a list", { type: "doc", content: [{ type: "bulletList", content: [paragraph(text("x"))] }] }],
    ["a string", "<p>hello</p>"],
    ["content that is not a list", { type: "doc", content: "x" }],
    ["deep nesting", JSON.parse(`${'{"type":"blockquote","content":['.repeat(40)}{"type":"paragraph"}${"]}".repeat(40)}`)],
    ["a top node that is not a doc", { type: "paragraph", content: [text("x")] }],
  ])("refuses %s", (_label, json) => {
    expect(() => sanitiseDoc(json)).toThrow(InvalidDocumentError);
  });
});
