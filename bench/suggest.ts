// `npm run bench:suggest`: how well lib/suggest finds attributed claims and rebuttals, on news-style texts
// with hand-written gold, set by set (SETS below, each folder's README records who wrote it, under what
// rule, and its first, untuned run): dev and held-out, written with the grammar; then sets of ten written
// by authors who never saw lib/suggest, each scored once on arrival (summary only, names hidden) and only
// then tuned on; and the real sample article (gold as offsets, the text read from outside the repository),
// once with actors given by name only and once with the seed's aliases. BENCH_SUGGEST_SHOW=1 lists the
// misses and false positives of the sets tuned on. Not a test: it reports, it asserts nothing.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_ACTORS } from "../lib/domain/default-actors";
import { suggestClaims, suggestRebuttals, type Suggestion } from "../lib/suggest";
import { actorsWithoutAliases, resolveGold, type GoldText, type ResolvedText } from "./suggest/gold";
import { loadSample } from "./suggest/sample";
import { addCounts, claimCounts, emptyCounts, precisionRecallF1, rebuttalCounts, type Counts } from "./suggest/score";

// Each folder of bench/suggest and how it is used. A set nobody has tuned on yet is printed without its
// texts' names, so that a glance at the table tells nothing to fix; once tuned on, "tuned on" says so.
const SETS: { folder: string; group: string; summaryOnly?: boolean }[] = [
  { folder: "dev", group: "dev" },
  { folder: "held-out", group: "held-out", summaryOnly: true },
  { folder: "blind", group: "blind, tuned on" },
  { folder: "fresh", group: "fresh, tuned on" },
  { folder: "unseen", group: "unseen, tuned on" },
  { folder: "sealed-a", group: "sealed-a, tuned on" },
  { folder: "sealed-b", group: "sealed-b, tuned on" },
  { folder: "sealed-c", group: "sealed-c, tuned on" },
  { folder: "sealed-d", group: "sealed-d, tuned on" },
  { folder: "sealed-e", group: "sealed-e, tuned on" },
  { folder: "sealed-f", group: "sealed-f", summaryOnly: true },
];
const SUMMARY_ONLY: string[] = SETS.filter((set) => set.summaryOnly).map((set) => set.group);
type Row = { name: string; group: string; claims: Counts; spanOnly: Counts; rebuttals: Counts; rebuttalsOnGold: Counts };

const SHOW = process.env.BENCH_SUGGEST_SHOW === "1";

function evaluate(text: ResolvedText, group: string): Row {
  const suggestions = suggestClaims(text.text, text.actors);
  const claims = claimCounts(suggestions, text.claims, true);
  const spanOnly = claimCounts(suggestions, text.claims, false);
  const ids = suggestions.map((suggestion, index) => ({ id: `s${index}`, start: suggestion.start, end: suggestion.end, actor: suggestion.actor }));
  const rebuttals = rebuttalCounts(suggestRebuttals(text.text, ids), (id) => claims.matched.get(Number(id.slice(1))), text.rebuttals);
  // Context: rebuttals proposed between the gold claims themselves, independent of claim-finding errors.
  const goldIds = text.claims.map((claim, index) => ({ id: `g${index}`, start: claim.start, end: claim.end, actor: claim.actor }));
  const rebuttalsOnGold = rebuttalCounts(suggestRebuttals(text.text, goldIds), (id) => Number(id.slice(1)), text.rebuttals);
  if (SHOW && !SUMMARY_ONLY.includes(group) && !group.startsWith("sample")) showErrors(text, suggestions, claims.matched);
  return { name: text.name, group, claims: claims.counts, spanOnly: spanOnly.counts, rebuttals, rebuttalsOnGold };
}

function showErrors(text: ResolvedText, suggestions: Suggestion[], matched: Map<number, number>): void {
  const matchedGold = new Set(matched.values());
  console.log(`\n${text.name}`);
  text.claims.forEach((claim, index) => {
    if (!matchedGold.has(index)) console.log(`  miss  [${claim.actor}] ${JSON.stringify(text.text.slice(claim.start, claim.end))}`);
  });
  suggestions.forEach((suggestion, index) => {
    if (!matched.has(index)) console.log(`  false [${suggestion.actor}] ${JSON.stringify(text.text.slice(suggestion.start, suggestion.end))} — ${suggestion.reason}`);
  });
  const ids = suggestions.map((suggestion, index) => ({ id: `s${index}`, start: suggestion.start, end: suggestion.end, actor: suggestion.actor }));
  for (const rebuttal of suggestRebuttals(text.text, ids)) {
    const from = matched.get(Number(rebuttal.rebuttalId.slice(1)));
    const to = matched.get(Number(rebuttal.targetId.slice(1)));
    const ok = text.rebuttals.some(([a, b]) => a === from && b === to);
    if (!ok) console.log(`  false rebuttal gold ${from ?? "-"} -> ${to ?? "-"}: ${rebuttal.reason}`);
  }
  for (const [a, b] of text.rebuttals) console.log(`  gold rebuttal ${a} -> ${b}`);
}

function format(counts: Counts): string {
  if (counts.truePositives + counts.falsePositives + counts.falseNegatives === 0) return "   –    –    –";
  const { precision, recall, f1 } = precisionRecallF1(counts);
  return `${precision.toFixed(2)} ${recall.toFixed(2)} ${f1.toFixed(2)}`;
}

function printTable(rows: Row[]): void {
  const header = `${"text".padEnd(34)} ${"claims P    R    F1".padEnd(23)} ${"span-only F1".padEnd(13)} ${"rebuttals P  R    F1".padEnd(21)} rebuttals on gold claims F1`;
  console.log(header);
  console.log("-".repeat(header.length));
  const line = (name: string, row: Omit<Row, "name" | "group">): void => {
    const claimsCell = `${format(row.claims)} (${row.claims.truePositives}/${row.claims.truePositives + row.claims.falseNegatives})`;
    console.log(
      `${name.padEnd(34)} ${claimsCell.padEnd(23)} ${precisionRecallF1(row.spanOnly).f1.toFixed(2).padEnd(13)} ${format(row.rebuttals).padEnd(21)} ${format(row.rebuttalsOnGold).slice(-4)}`,
    );
  };
  const total = (selected: Row[]): Omit<Row, "name" | "group"> => {
    const sum = { claims: emptyCounts(), spanOnly: emptyCounts(), rebuttals: emptyCounts(), rebuttalsOnGold: emptyCounts() };
    for (const row of selected) {
      addCounts(sum.claims, row.claims);
      addCounts(sum.spanOnly, row.spanOnly);
      addCounts(sum.rebuttals, row.rebuttals);
      addCounts(sum.rebuttalsOnGold, row.rebuttalsOnGold);
    }
    return sum;
  };
  for (const row of rows) if (!SUMMARY_ONLY.includes(row.group)) line(row.name, row);
  for (const row of rows) if (SUMMARY_ONLY.includes(row.group)) line(`${row.group} text (summary only)`, row);
  console.log("-".repeat(header.length));
  for (const group of [...SETS.map((set) => set.group), "sample", "sample+aliases"]) {
    const selected = rows.filter((row) => row.group === group);
    if (selected.length) line(`${group} (${selected.length})`, total(selected));
  }
  line("all (every set + sample)", total(rows.filter((row) => row.group !== "sample+aliases")));
}

/** The gold texts of one folder, in file order. */
async function goldTexts(folder: string): Promise<GoldText[]> {
  const dir = join(__dirname, "suggest", folder);
  const files = readdirSync(dir).filter((file) => file.endsWith(".ts")).sort();
  return Promise.all(files.map(async (file) => ((await import(join(dir, file))) as { gold: GoldText }).gold));
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const set of SETS) for (const gold of await goldTexts(set.folder)) rows.push(evaluate(resolveGold(gold), set.group));
  const names = DEFAULT_ACTORS.map((actor) => actor.name);
  const plain = loadSample("sample, names only", actorsWithoutAliases(...names));
  const seeded = loadSample("sample, seed aliases", DEFAULT_ACTORS.map((actor) => ({ name: actor.name, aliases: actor.aliases })));
  if ("skipped" in plain) console.log(`Skipping the sample: ${plain.skipped}`);
  else rows.push(evaluate(plain.text, "sample"));
  if (!("skipped" in seeded)) rows.push(evaluate(seeded.text, "sample+aliases"));
  console.log("");
  printTable(rows);
}

void main();
