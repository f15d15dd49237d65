// The word diff shown for rationale edits in a verdict's history.
import { condenseDiff, diffWords, hasWordChanges, type WordDiffPart } from "@/lib/domain/word-diff";

/** The text each side reads, rebuilt from the parts (the invariant the history relies on). */
const side = (parts: WordDiffPart[], without: "added" | "removed") =>
  parts
    .filter((part) => part.kind !== without)
    .map((part) => part.text)
    .join(" ");

describe("diffWords", () => {
  it("reports identical texts as one unchanged run", () => {
    expect(diffWords("Moscow said the units advanced.", "Moscow said the units advanced.")).toEqual([{ kind: "same", text: "Moscow said the units advanced." }]);
  });

  it("ignores whitespace: a re-wrapped paragraph is unchanged", () => {
    const parts = diffWords("No evidence\n\nsupports it.", "No  evidence supports\tit.");
    expect(parts).toEqual([{ kind: "same", text: "No evidence supports it." }]);
    expect(hasWordChanges(parts)).toBe(false);
  });

  it("shows a replaced word as removed, then added, between unchanged runs", () => {
    expect(diffWords("The claim is mostly false.", "The claim is false.")).toEqual([
      { kind: "same", text: "The claim is" },
      { kind: "removed", text: "mostly" },
      { kind: "same", text: "false." },
    ]);
    expect(diffWords("Satellite images show earthworks.", "Satellite photographs show earthworks.")).toEqual([
      { kind: "same", text: "Satellite" },
      { kind: "removed", text: "images" },
      { kind: "added", text: "photographs" },
      { kind: "same", text: "show earthworks." },
    ]);
  });

  it("finds insertions and deletions in the middle and at both ends", () => {
    const parts = diffWords("b c d e", "a b d e f");
    expect(parts).toEqual([
      { kind: "added", text: "a" },
      { kind: "same", text: "b" },
      { kind: "removed", text: "c" },
      { kind: "same", text: "d e" },
      { kind: "added", text: "f" },
    ]);
  });

  it("keeps the longest common run of words when words move", () => {
    const parts = diffWords("one two three four", "three four one two");
    expect(parts.filter((part) => part.kind === "same").map((part) => part.text).join(" ").split(" ")).toHaveLength(2);
    expect(side(parts, "added")).toBe("one two three four");
    expect(side(parts, "removed")).toBe("three four one two");
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "New rationale.")).toEqual([{ kind: "added", text: "New rationale." }]);
    expect(diffWords("Old rationale.", "  ")).toEqual([{ kind: "removed", text: "Old rationale." }]);
  });

  it("rebuilds both texts from the parts, with whitespace collapsed", () => {
    const before = "Yerevan called it an invasion;\n\nno independent source confirms the advance.";
    const after = "Yerevan called the movement an invasion; two independent sources dispute the advance, and one confirms it.";
    const parts = diffWords(before, after);
    expect(side(parts, "added")).toBe(before.replace(/\s+/g, " "));
    expect(side(parts, "removed")).toBe(after);
    // Neighbouring parts always differ in kind.
    parts.slice(1).forEach((part, index) => expect(part.kind).not.toBe(parts[index].kind));
  });

  it("falls back to replacing the changed middle as a whole when the table would be too large", () => {
    const parts = diffWords("start a b c end", "start c b a end", 4);
    expect(parts).toEqual([
      { kind: "same", text: "start" },
      { kind: "removed", text: "a b c" },
      { kind: "added", text: "c b a" },
      { kind: "same", text: "end" },
    ]);
  });

  it("diffs rationales at the size limit without the fallback when the edit is local", () => {
    const words = Array.from({ length: 3_000 }, (_, index) => `w${index}`);
    const edited = [...words.slice(0, 1_500), "inserted", ...words.slice(1_500)];
    expect(diffWords(words.join(" "), edited.join(" ")).filter((part) => part.kind !== "same")).toEqual([{ kind: "added", text: "inserted" }]);
  });
});

describe("condenseDiff", () => {
  it("keeps the changes and a few words around them, eliding the rest", () => {
    const before = Array.from({ length: 40 }, (_, index) => `w${index}`).join(" ");
    const after = before.replace("w20", "CHANGED");
    const condensed = condenseDiff(diffWords(before, after), 3);
    expect(condensed).toEqual([
      { kind: "same", text: "… w17 w18 w19" },
      { kind: "removed", text: "w20" },
      { kind: "added", text: "CHANGED" },
      { kind: "same", text: "w21 w22 w23 …" },
    ]);
  });
});
