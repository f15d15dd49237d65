// `npm run bench:anchoring`: re-anchoring claims after an article is revised (issue 8). Builds its own
// corpus from a seeded PRNG (news-like sentences from templates, so near-duplicate sentences and
// repeated boilerplate are everywhere; ~100,000-character documents), revises each document
// (insertions and deletions elsewhere, edits inside quotes, deleted sentences - some leaving a
// similar sentence elsewhere -, reordered paragraphs, typographic changes), tracks where every claim truly
// is afterwards (or that it is gone), and scores three anchorers run in the same process: ours,
// exact match only, and plain diff-match-patch as hypothesis/client uses it. Not a test.
import DiffMatchPatch from "diff-match-patch";
import { performance } from "node:perf_hooks";
import { createAnchorer, type AnchorResult } from "../lib/anchoring/anchor";
import { locateQuote } from "../lib/anchoring/locate-quote";
import { describeRange, type TextSelector } from "../lib/anchoring/text-selector";
import { seededRandom } from "../__tests__/helpers/seeded-random";

const DOCUMENTS = Number(process.env.BENCH_ANCHORING_DOCUMENTS ?? 10);
// Documents 0-9 are the ones the thresholds were tuned on; later ones (BENCH_ANCHORING_FIRST=10) are held out.
const FIRST_DOCUMENT = Number(process.env.BENCH_ANCHORING_FIRST ?? 0);
const CLAIMS_PER_DOCUMENT = 2000;
const DOCUMENT_LENGTH = 100_000;
const TIMING_RUNS = Number(process.env.BENCH_ANCHORING_RUNS ?? 3);
const DMP_DOCUMENTS = Math.min(DOCUMENTS, Number(process.env.BENCH_ANCHORING_DMP ?? 2));

type Span = { start: number; end: number };
type Category = "untouched" | "context edited" | "quote edited" | "typographic" | "reordered" | "deleted" | "deleted, echoed";
type Claim = { sentence: number; span: Span; category: Category };
type Sentence = { id: number; text: string; template: string };
type Case = { selector: TextSelector; truth: Span | null; category: Category };
type Corpus = { oldText: string; newText: string; cases: Case[] };
type Anchorer = { name: string; prepare: (text: string, previousText: string) => (selector: TextSelector) => AnchorResult };

// ---------------------------------------------------------------- seeded randomness


type Random = { next: () => number; int: (below: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean };

function random(seed: number): Random {
  const next = seededRandom(seed);
  const int = (below: number): number => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)], chance: (p) => next() < p };
}

// ---------------------------------------------------------------- news-like sentences

const FIRST = ["Olena", "Mykola", "Anar", "Lilit", "Samir", "Noura", "Yusuf", "Maria", "Tomasz", "Aigerim", "Hassan", "Dilnoza", "Pavlo", "Rana", "Karim", "Ines", "Oleksandr", "Farida", "Giorgi", "Leyla", "Ahmed", "Sofia", "Ruslan", "Zeynep"];
const LAST = ["Kovalenko", "Aliyev", "Petrosyan", "Haddad", "Shevchenko", "Mammadov", "Sargsyan", "Khalil", "Bondarenko", "Nowak", "Rahimov", "Darwish", "Melnyk", "Karimova", "Abbas", "Hovhannisyan", "Tkachenko", "Guliyev", "Nasser", "Lysenko"];
const ROLES = ["a spokesman for the defence ministry", "the regional governor", "the deputy mayor", "a senior army officer", "an aid worker", "a local council member", "the head of the hospital", "a military analyst in the capital", "a spokeswoman for the interior ministry", "the border guard commander", "a researcher at a monitoring group", "the chief prosecutor"];
const BODIES = ["the defence ministry", "the foreign ministry", "the United Nations", "the Red Cross", "the general staff", "the state news agency", "the emergency service", "the energy ministry", "the national police", "a monitoring mission", "the presidential office", "the electoral commission", "the central bank", "a coalition of aid groups"];
const PLACES = ["Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson", "Bakhmut", "Avdiivka", "Izium", "Mariupol", "Stepanakert", "Shusha", "Lachin", "Ganja", "Gaza City", "Khan Younis", "Rafah", "Jenin", "Idlib", "Aleppo", "Hodeidah", "Marib", "Bogotá", "São Paulo", "Mosul", "Tigray", "Goma", "Khartoum", "El Fasher", "Sumy", "Chernihiv", "Odesa", "Kramatorsk", "Pokrovsk", "Nagorno-Karabakh", "Tartus", "Benghazi", "Kidal"];
const VERBS = ["said", "claimed", "denied", "reported", "confirmed", "insisted", "told reporters", "wrote on Telegram", "announced", "acknowledged", "alleged", "told a news conference", "stated", "estimated"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WHEN = ["on {d}", "late on {d}", "early on {d}", "on {d} evening", "overnight", "on {m} {n}", "hours later", "earlier this week", "in a statement on {d}", "shortly after midnight"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const THINGS = ["civilians", "soldiers", "drones", "missiles", "tanks", "trucks", "families", "patients", "journalists", "volunteers", "buildings", "schools", "bridges", "power lines"];
const EVENTS = [
  "{n} {x} were killed when shells hit a market in {p}",
  "a convoy carrying {n} tonnes of aid was stopped near {p}",
  "its forces had pushed back an attack on the outskirts of {p}",
  "{n} {x} were shot down over {p} and {n} more near {q}",
  "the power station in {p} had been struck for the {o} time this month",
  "troops had withdrawn from positions {k} kilometres east of {p}",
  "no ceasefire violations had been recorded around {p} since {d}",
  "{n} {x} were captured during fighting near {p}",
  "the hospital in {p} had fuel for only {n} more days",
  "evacuation buses had left {p} with {n} people on board",
  "the reports from {p} were \"fabricated\" and \"absurd\"",
  "the strike on {p} targeted a weapons depot, not homes",
  "prices of bread in {p} had risen by {n} per cent since {m}",
  "{n} {x} were damaged in {p}, according to preliminary figures",
  "talks in {p} would resume on {d} {ifStopped}",
  "the road between {p} and {q} was mined and closed to traffic",
  "{n} per cent of the polling stations in {p} had opened late",
  "water supplies to {p} had been cut for {n} hours",
];
// Spoken lines: some recur across an article (a slogan, a repeated complaint), most do not.
const LINES = [
  "We will not give up {p}", "There is no water, no light, nothing", "The figures we've seen don't add up", "It's a deliberate provocation aimed at {p}",
  "Nobody has told us when the buses will come back", "We counted {n} {x} in one night", "The {x} in {p} are still waiting for help", "This is not a ceasefire, it's a pause",
  "My brother was taken on {d} and we have heard nothing since", "They shelled the school twice", "We need fuel more than we need promises", "The road to {q} is the only way out",
  "{B} knows exactly what happened in {p}", "Every night we sleep in the basement", "I have lived in {p} for {n} years and never seen this", "Don't believe the numbers from {B}",
  "The {o} convoy never arrived", "We are ready to talk, but not under fire", "Our people in {p} have been abandoned", "The hospital has {n} beds and {n} patients",
];
const SPEECH = ["\"{L},\" {r} {v}.", "\"{L},\" {N} {v} {w}.", "\"{L},\" said {N}, {n}, who fled {p} in {m}.", "\"{L}.\" That was how {N}, {r}, put it {w}.", "{N} {v}: \"{L}.\""];
const FRAMES = [
  "{B} {v} {w} that {e}.",
  "{N}, {r}, {v} {w} that {e}.",
  "According to {B}, {e}; {r} {v} that {e2}.",
  "{B} {v} that {e}, but {B2} {v2} the claim — a figure that could not be checked.",
  "{N} {v} {w} that {e}, while {B} {v2} that {e2}.",
  "In {p}, {r} {v} that {e}.",
];
const BOILERPLATE = [
  "The ministry did not respond to a request for comment.",
  "The claims could not be independently verified.",
  "Reporters were not allowed to visit the area.",
  "The figures could not be independently verified.",
];
const WORDS = ["heavy", "fresh", "renewed", "several", "dozens", "sporadic", "intense", "limited", "major", "minor", "northern", "southern", "temporary", "disputed"];
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth"];

function fill(template: string, rng: Random): string {
  const slots: Record<string, () => string> = {
    n: () => String(2 + rng.int(400)), k: () => String(1 + rng.int(30)), o: () => rng.pick(ORDINALS),
    p: () => rng.pick(PLACES), q: () => rng.pick(PLACES), x: () => rng.pick(THINGS), d: () => rng.pick(DAYS), m: () => rng.pick(MONTHS),
    N: () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`, r: () => rng.pick(ROLES), B: () => rng.pick(BODIES), B2: () => rng.pick(BODIES),
    v: () => rng.pick(VERBS), v2: () => rng.pick(VERBS), w: () => fill(rng.pick(WHEN), rng), e: () => fill(rng.pick(EVENTS), rng), e2: () => fill(rng.pick(EVENTS), rng), L: () => fill(rng.pick(LINES), rng),
    doubt: () => rng.pick(["the claim — a figure that could not be checked", "the account, which could not be verified", "this — neither version could be confirmed", "the report, calling it premature", "those numbers without giving its own"]),
    ifStopped: () => rng.pick(["if the shelling stopped", "if both sides agreed", "unless fighting resumed", "once the corridor was open", "provided the ceasefire held"]),
    fake: () => rng.pick(["fabricated", "absurd", "staged", "a lie", "exaggerated", "unfounded"]),
  };
  return template.replace(/\{([a-zA-Z]+2?)\}/g, (_, name: string) => (slots[name] ?? (() => name))());
}

function capitalise(text: string): string {
  return text.replace(/^(\P{L}*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

const TEMPLATES = [...FRAMES, ...SPEECH];

/** A sentence from template `template` (a random one when absent), with fresh slot fills. */
function sentence(rng: Random, template = rng.pick(TEMPLATES)): { text: string; template: string } {
  if (rng.chance(0.04)) return { text: rng.pick(BOILERPLATE), template };
  return { text: capitalise(fill(template, rng)), template };
}

// ---------------------------------------------------------------- one revision, with the truth

type Replacement = { at: number; remove: number; insert: string };

/** Where a claim's span sits after one replacement; an edit inside it widens or narrows it. */
function mapSpan(span: Span, edit: Replacement): Span {
  const delta = edit.insert.length - edit.remove;
  const editEnd = edit.at + edit.remove;
  if (editEnd <= span.start && !(edit.remove === 0 && edit.at === span.start)) return { start: span.start + delta, end: span.end + delta };
  if (edit.at >= span.end) return span;
  return { start: Math.min(span.start, edit.at), end: Math.max(span.end, editEnd) + delta };
}

function wordRanges(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** One in-sentence correction of the kinds a desk makes; null when the sentence offers no place for it. */
function correction(text: string, rng: Random, near: Span | null): Replacement | null {
  const words = wordRanges(text);
  const inside = near ? words.filter((word) => word.start >= near.start && word.end <= near.end) : words;
  const pool = inside.length ? inside : words;
  const word = rng.pick(pool);
  switch (rng.int(6)) {
    case 0: {
      // A corrected fact: a number for a number, a name for a name, a word for a word.
      const original = text.slice(word.start, word.end);
      if (original.length < 3) return null;
      const insert = /^\d+$/.test(original) ? String(2 + rng.int(400)) : /^\p{Lu}/u.test(original) ? rng.pick([...LAST, ...PLACES.filter((place) => !place.includes(" "))]) : rng.pick(WORDS);
      return { at: word.start, remove: word.end - word.start, insert };
    }
    case 1: return { at: word.end, remove: 0, insert: "," };
    case 2: {
      const spaces = [...text.matchAll(/ /g)].map((match) => match.index ?? 0).filter((at) => !near || (at > near.start && at < near.end));
      return spaces.length ? { at: rng.pick(spaces), remove: 1, insert: "  " } : null;
    }
    case 3: {
      if (word.end - word.start < 4) return null;
      const at = word.start + 1 + rng.int(word.end - word.start - 2);
      return { at, remove: 2, insert: text[at + 1] + text[at] };
    }
    case 4: return word.end - word.start >= 5 ? { at: word.start + 2, remove: 1, insert: "" } : null;
    default: {
      const dash = text.indexOf(" — ");
      if (dash !== -1) return { at: dash, remove: 3, insert: " - " };
      return { at: word.start, remove: word.end - word.start, insert: text.slice(word.start, word.end).toUpperCase() };
    }
  }
}

/** Straight to curly quotes and apostrophes, one unit each, as a CMS's "smart quotes" does. */
function typographic(text: string): Replacement[] {
  const edits: Replacement[] = [];
  let open = true;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '"') {
      edits.push({ at, remove: 1, insert: open ? "\u201C" : "\u201D" });
      open = !open;
    } else if (text[at] === "'") edits.push({ at, remove: 1, insert: "\u2019" });
  }
  return edits;
}

function render(paragraphs: Sentence[][]): { text: string; offsets: Map<number, number> } {
  const offsets = new Map<number, number>();
  let text = "";
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += "\n\n";
    paragraph.forEach((item, position) => {
      if (position > 0) text += " ";
      offsets.set(item.id, text.length);
      text += item.text;
    });
  });
  return { text, offsets };
}

function buildCorpus(seed: number): Corpus {
  const rng = random(seed);
  let nextId = 0;
  const paragraphs: Sentence[][] = [];
  let length = 0;
  while (length < DOCUMENT_LENGTH) {
    const paragraph = Array.from({ length: 3 + rng.int(4) }, () => ({ id: nextId++, ...sentence(rng) }));
    length += paragraph.reduce((sum, item) => sum + item.text.length + 1, 1);
    paragraphs.push(paragraph);
  }
  const before = render(paragraphs);
  const sentences = paragraphs.flat();
  const claims: Claim[] = Array.from({ length: CLAIMS_PER_DOCUMENT }, () => {
    const item = rng.pick(sentences);
    const words = wordRanges(item.text);
    const roll = rng.next();
    if (roll < 0.25) return { sentence: item.id, span: { start: 0, end: item.text.length }, category: "untouched" };
    const count = roll < 0.35 ? 1 + rng.int(2) : 3 + rng.int(10);
    const first = rng.int(Math.max(1, words.length - count + 1));
    const last = Math.min(words.length - 1, first + count - 1);
    return { sentence: item.id, span: { start: words[first].start, end: words[last].end }, category: "untouched" };
  });
  const selectors = claims.map((claim) => {
    const offset = before.offsets.get(claim.sentence) ?? 0;
    return describeRange(before.text, offset + claim.span.start, offset + claim.span.end);
  });

  // Revise: per sentence, maybe delete it (sometimes leaving a near-copy elsewhere), insert a new one
  // before it, correct it (inside a claim when it holds one), or switch it to typographic quotes.
  const claimsBySentence = new Map<number, Claim[]>();
  for (const claim of claims) claimsBySentence.set(claim.sentence, [...(claimsBySentence.get(claim.sentence) ?? []), claim]);
  const echoes: Sentence[] = [];
  const revised: Sentence[][] = paragraphs.map((paragraph) => {
    const out: Sentence[] = [];
    for (const item of paragraph) {
      const held = claimsBySentence.get(item.id) ?? [];
      if (rng.chance(0.03)) out.push({ id: nextId++, ...sentence(rng) });
      if (rng.chance(0.025)) {
        const echoed = rng.chance(0.4);
        for (const claim of held) claim.category = echoed ? "deleted, echoed" : "deleted";
        // The trap: a similar sentence (same template, other facts) survives elsewhere.
        if (echoed) echoes.push({ id: nextId++, ...sentence(rng, item.template) });
        continue;
      }
      let text = item.text;
      const edits: Replacement[] = [];
      if (rng.chance(0.06)) {
        const target = held.length ? rng.pick(held).span : null;
        for (let count = 1 + rng.int(2); count > 0; count--) {
          const edit = correction(text, rng, target);
          if (!edit) continue;
          edits.push(edit);
          text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
          for (const claim of held) {
            const mapped = mapSpan(claim.span, edit);
            const inside = edit.remove > 0 ? edit.at < claim.span.end && edit.at + edit.remove > claim.span.start : edit.at > claim.span.start && edit.at < claim.span.end;
            if (inside) claim.category = "quote edited";
            else if (claim.category === "untouched") claim.category = "context edited";
            claim.span = mapped;
          }
        }
      } else if (rng.chance(0.1) && /["']/.test(text)) {
        for (const edit of typographic(text).reverse()) {
          text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
          for (const claim of held) {
            if (edit.at >= claim.span.start && edit.at < claim.span.end) claim.category = "typographic";
            claim.span = mapSpan(claim.span, edit);
          }
        }
      }
      out.push({ ...item, text });
    }
    return out;
  });
  for (const echo of echoes) rng.pick(revised).splice(0, 0, echo);
  // Reorder: swap a few paragraph pairs.
  for (let swaps = Math.floor(revised.length * 0.04); swaps > 0; swaps--) {
    const a = rng.int(revised.length);
    const b = rng.int(revised.length);
    [revised[a], revised[b]] = [revised[b], revised[a]];
    for (const item of [...revised[a], ...revised[b]]) for (const claim of claimsBySentence.get(item.id) ?? []) if (claim.category === "untouched") claim.category = "reordered";
  }
  const after = render(revised.filter((paragraph) => paragraph.length > 0));
  const cases = claims.map((claim, index): Case => {
    const offset = after.offsets.get(claim.sentence);
    const gone = claim.category === "deleted" || claim.category === "deleted, echoed" || offset === undefined;
    return { selector: selectors[index], truth: gone ? null : { start: offset + claim.span.start, end: offset + claim.span.end }, category: claim.category };
  });
  return { oldText: before.text, newText: after.text, cases };
}

// ---------------------------------------------------------------- the anchorers

// What the app does on a new revision: the diff with the previous text first, then the selectors.
const ours: Anchorer = { name: "ours, with the previous text", prepare: (text, previousText) => createAnchorer(text, { previousText }) };
// anchor(text, selector) alone, as for an orphan of an older revision or a selector from elsewhere.
const selectorsOnly: Anchorer = { name: "ours, selectors only", prepare: (text) => createAnchorer(text) };

const exactOnly: Anchorer = {
  name: "exact match only (locateQuote)",
  prepare: (text) => (selector) => {
    if (text.slice(selector.start, selector.end) === selector.exact) return { status: "exact", start: selector.start, end: selector.end };
    const found = locateQuote(text, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
    return found.status === "found" ? { status: "moved", start: found.start, end: found.end } : { status: "orphaned" };
  },
};

const diffMatchPatch: Anchorer = {
  name: "diff-match-patch match_main",
  prepare: (text) => {
    const dmp = new DiffMatchPatch();
    dmp.Match_Threshold = 0.5;
    dmp.Match_Distance = 1000;
    return (selector) => {
      const location = dmp.match_main(text, selector.exact.slice(0, 32), selector.start);
      if (location === -1) return { status: "orphaned" };
      return { status: "fuzzy", start: location, end: Math.min(text.length, location + selector.exact.length) };
    };
  },
};

// ---------------------------------------------------------------- scoring

type Tally = { medianMs: number; total: number; correct: number; falseAnchors: number; orphaned: number; lost: number; byCategory: Map<Category, { total: number; correct: number; falseAnchors: number }> };

function overlapOfUnion(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function judge(result: AnchorResult, truth: Span | null): { correct: boolean; falseAnchor: boolean } {
  const found = result.status !== "orphaned" && result.start !== undefined && result.end !== undefined ? { start: result.start, end: result.end } : null;
  if (!truth) return { correct: !found, falseAnchor: Boolean(found) };
  if (!found) return { correct: false, falseAnchor: false };
  const overlap = overlapOfUnion(found, truth);
  return { correct: overlap >= 0.9, falseAnchor: overlap < 0.5 };
}

function tally(anchorer: Anchorer, corpora: Corpus[], failures: string[]): Tally {
  const result: Tally = { medianMs: 0, total: 0, correct: 0, falseAnchors: 0, orphaned: 0, lost: 0, byCategory: new Map() };
  const samples: number[] = [];
  for (const corpus of corpora) {
    const started = performance.now();
    const place = anchorer.prepare(corpus.newText, corpus.oldText);
    const placements = corpus.cases.map((item) => place(item.selector));
    samples.push(performance.now() - started);
    corpus.cases.forEach((item, index) => {
      const placed = placements[index];
      const verdict = judge(placed, item.truth);
      const bucket = result.byCategory.get(item.category) ?? { total: 0, correct: 0, falseAnchors: 0 };
      bucket.total++;
      result.total++;
      if (verdict.correct) {
        result.correct++;
        bucket.correct++;
      }
      if (verdict.falseAnchor) {
        result.falseAnchors++;
        bucket.falseAnchors++;
      }
      if (placed.status === "orphaned") result.orphaned++;
      if (placed.status === "orphaned" && item.truth) result.lost++;
      result.byCategory.set(item.category, bucket);
      // BENCH_ANCHORING_SHOW=n lists the first n misses; BENCH_ANCHORING_FALSE=1 lists false anchors only, in context.
      const onlyFalse = process.env.BENCH_ANCHORING_FALSE === "1";
      const inContext = onlyFalse || process.env.BENCH_ANCHORING_CONTEXT === "1";
      if (!verdict.correct && (!onlyFalse || verdict.falseAnchor) && failures.length < Number(process.env.BENCH_ANCHORING_SHOW ?? 0)) {
        const around = (span: Span): string => JSON.stringify(`${corpus.newText.slice(Math.max(0, span.start - 40), span.start)}[${corpus.newText.slice(span.start, span.end)}]${corpus.newText.slice(span.end, span.end + 40)}`);
        const got = placed.start === undefined || placed.end === undefined ? "orphaned" : inContext ? around({ start: placed.start, end: placed.end }) : JSON.stringify(corpus.newText.slice(placed.start, placed.end));
        const want = !item.truth ? "gone" : inContext ? around(item.truth) : JSON.stringify(corpus.newText.slice(item.truth.start, item.truth.end));
        const stored = inContext ? `\n    was  ${JSON.stringify(`${item.selector.prefix}[${item.selector.exact}]${item.selector.suffix}`)} at ${item.selector.start}, now at ${placed.start}` : "";
        failures.push(`[${item.category}] ${placed.status} ${placed.score ?? ""} ${JSON.stringify(item.selector.exact)}${stored}\n    got  ${got}\n    want ${want}`);
      }
    });
  }
  samples.sort((a, b) => a - b);
  result.medianMs = samples[Math.floor(samples.length / 2)];
  return result;
}

/** Median over documents of the time to prepare one ~100k text and place its 2,000 selectors. */
function time(anchorer: Anchorer, corpora: Corpus[], runs: number): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const corpus of corpora) {
      const started = performance.now();
      const place = anchorer.prepare(corpus.newText, corpus.oldText);
      for (const item of corpus.cases) place(item.selector);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;
}

function main(): void {
  const corpora = Array.from({ length: DOCUMENTS }, (_, index) => buildCorpus(0xc1a1 + FIRST_DOCUMENT + index));
  const cases = corpora.reduce((sum, corpus) => sum + corpus.cases.length, 0);
  const averageLength = Math.round(corpora.reduce((sum, corpus) => sum + corpus.newText.length, 0) / corpora.length);
  console.log(`Anchoring: ${DOCUMENTS} revised documents (~${averageLength} characters each), ${CLAIMS_PER_DOCUMENT} claims per document, ${cases} cases.`);
  // diff-match-patch takes tens of seconds per document, so it runs on the first DMP_DOCUMENTS only
  // (BENCH_ANCHORING_DMP=0 skips it); its ratios compare times on those same documents.
  const anchorers = DMP_DOCUMENTS > 0 ? [ours, selectorsOnly, exactOnly, diffMatchPatch] : [ours, selectorsOnly, exactOnly];
  const exactIndex = anchorers.indexOf(exactOnly);
  const dmpIndex = anchorers.indexOf(diffMatchPatch);
  const failures: string[] = [];
  const shown = process.env.BENCH_ANCHORING_SELECTORS_ONLY === "1" ? selectorsOnly : ours;
  const tallies = anchorers.map((anchorer) => tally(anchorer, anchorer === diffMatchPatch ? corpora.slice(0, DMP_DOCUMENTS) : corpora, anchorer === shown ? failures : []));
  const times = anchorers.map((anchorer, index) => (anchorer === diffMatchPatch ? tallies[index].medianMs : time(anchorer, corpora, TIMING_RUNS)));
  const sameDocuments = (anchorer: Anchorer): number => (anchorer === diffMatchPatch ? times[dmpIndex] : time(anchorer, corpora.slice(0, DMP_DOCUMENTS), TIMING_RUNS));
  console.log(`\n${"anchorer".padEnd(32)} ${"cases".padStart(6)} ${"correct".padStart(8)} ${"false anchors".padStart(14)} ${"orphaned (lost)".padStart(16)} ${"ms / 2,000 sel. x 100k".padStart(23)} ${"vs exact".padStart(9)} ${"vs dmp".padStart(8)}`);
  anchorers.forEach((anchorer, index) => {
    const t = tallies[index];
    const versusDmp = dmpIndex !== -1 ? `${(sameDocuments(anchorer) / times[dmpIndex]).toFixed(3)}x` : "n/a";
    console.log(
      `${anchorer.name.padEnd(32)} ${String(t.total).padStart(6)} ${percent(t.correct, t.total).padStart(8)} ${String(t.falseAnchors).padStart(14)} ${`${t.orphaned} (${t.lost})`.padStart(16)} ${times[index].toFixed(1).padStart(23)} ${`${(times[index] / times[exactIndex]).toFixed(2)}x`.padStart(9)} ${versusDmp.padStart(8)}`,
    );
  });
  const categories = [...tallies[0].byCategory.keys()].sort();
  console.log("\nby edit category (correct / false anchors):");
  console.log(`${"category".padEnd(18)} ${"cases".padStart(6)}  ${anchorers.map((anchorer) => anchorer.name.slice(0, 17).padStart(18)).join("")}`);
  for (const category of categories) {
    const cells = tallies.map((t) => {
      const bucket = t.byCategory.get(category) ?? { total: 0, correct: 0, falseAnchors: 0 };
      return `${percent(bucket.correct, bucket.total)} / ${bucket.falseAnchors}`.padStart(18);
    });
    console.log(`${category.padEnd(18)} ${String(tallies[0].byCategory.get(category)?.total ?? 0).padStart(6)}  ${cells.join("")}`);
  }
  console.log("\ncorrect: span overlaps the truth by >= 90% of their union, or orphaned when the claim's sentence was deleted.");
  console.log("false anchor: a span returned for a deleted claim, or one overlapping the truth by < 50% of their union.");
  if (failures.length) console.log(`\nfirst misses of ours:\n${failures.join("\n")}`);
}

main();
