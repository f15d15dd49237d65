// anchor(): the stored offsets, then the quote verbatim elsewhere told apart by its context, else orphaned.
import { anchor } from "@/lib/anchoring/anchor";
import { describeRange } from "@/lib/anchoring/text-selector";

const OLD = "Moscow said the units advanced. Baku said the units had not moved. Yerevan said the units advanced.";

it("keeps a claim whose offsets still hold its quote as exact", () => {
  const selector = describeRange(OLD, 32, 66);
  expect(anchor(OLD, selector)).toEqual({ status: "exact", start: 32, end: 66, score: 1 });
});

it("moves a claim whose quote moved, choosing the occurrence its context names", () => {
  const selector = describeRange(OLD, OLD.lastIndexOf("the units advanced"), OLD.lastIndexOf("the units advanced") + 18);
  const edited = `Update: ${OLD}`;
  const result = anchor(edited, selector);
  expect(result).toMatchObject({ status: "moved", start: edited.lastIndexOf("the units advanced") });
  expect(edited.slice(result.start, result.end)).toBe("the units advanced");
});

it("orphans a claim whose quote was edited or deleted, rather than guessing", () => {
  const selector = describeRange(OLD, 32, 66);
  expect(anchor(OLD.replace("had not moved", "never moved"), selector)).toEqual({ status: "orphaned" });
  expect(anchor("Nothing of it is left.", selector)).toEqual({ status: "orphaned" });
});

it("orphans a quote that now occurs twice in the same context", () => {
  const selector = { exact: "advanced", prefix: "", suffix: "", start: 0, end: 8 };
  expect(anchor("they advanced and advanced", selector)).toEqual({ status: "orphaned" });
});
