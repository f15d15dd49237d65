// Gold for the real sample article (France 24 / AFP, 26 March 2022), which is not ours to redistribute:
// only offsets into the cut text, its SHA-256 and the first words of each span are stored here. The
// file is found like e2e/workspace.spec.ts finds it; when it is absent or changed, the bench says so
// and skips it rather than scoring against offsets that no longer mean anything.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ActorRef } from "../../lib/suggest";
import type { ResolvedClaim, ResolvedText } from "./gold";

const SAMPLE_FILE = "karabakh-ceasefire-2022-03-26.txt";
// The same folders as e2e/workspace.spec.ts: "shared/sample" beside the repository (e2e/../../shared is
// bench/../../shared), then the shared folder of our machines.
const SAMPLE_DIRS = [process.env.COUNTERCLAIM_SAMPLE_DIR, resolve(__dirname, "../../../shared/sample"), "/work/shared/sample"].filter(
  (dir): dir is string => Boolean(dir),
);
const CUT_TEXT_SHA256 = "9829f4e271405f82dea52c54ddfab76d7595c4fad360b101ae0915a3c0358f4a";

type SampleClaim = ResolvedClaim & { firstWords: string };

const CLAIMS: SampleClaim[] = [
  { start: 38, end: 237, firstWords: "Azerbaijan of violating the", actor: "Russia", attribution: "PARAPHRASE" },
  { start: 603, end: 850, firstWords: "Between March 24 and", actor: "Russia", attribution: "DIRECT_QUOTE" },
  { start: 981, end: 1047, firstWords: "which does not reflect", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  { start: 1129, end: 1167, firstWords: "Azerbaijan has not violated", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  { start: 1206, end: 1394, firstWords: "asked the Russian Ministry", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
  { start: 1419, end: 1569, firstWords: "Azerbaijani forces set up", actor: "Russia", attribution: "PARAPHRASE" },
  { start: 1598, end: 1757, firstWords: "The Russian command of", actor: "Russia", attribution: "DIRECT_QUOTE" },
  { start: 1899, end: 1911, firstWords: "deep concern", actor: "Russia", attribution: "DIRECT_QUOTE" },
  { start: 2415, end: 2508, firstWords: 'an "invasion" which took', actor: "Armenia", attribution: "PARAPHRASE" },
  { start: 2527, end: 2614, firstWords: "his neighbor of having", actor: "Armenia", attribution: "PARAPHRASE" },
  { start: 2630, end: 2686, firstWords: 'a situation "on the', actor: "Armenia", attribution: "PARAPHRASE" },
  { start: 2723, end: 2871, firstWords: "We expect the Russian", actor: "Armenia", attribution: "DIRECT_QUOTE" },
  { start: 2953, end: 3069, firstWords: "Nikol Pashinian and Vladimir", actor: "Russia", attribution: "PARAPHRASE" },
];

// The Azerbaijani denial ("does not reflect the truth") and "has not violated any clause" both answer
// the Russian Defense Ministry's quoted accusation.
const REBUTTALS: [number, number][] = [
  [2, 1],
  [3, 1],
];

export type SampleLoad = { text: ResolvedText } | { skipped: string };

/** The sample with its gold for the given actors, or why it was skipped. */
export function loadSample(name: string, actors: ActorRef[]): SampleLoad {
  const path = SAMPLE_DIRS.map((dir) => join(dir, SAMPLE_FILE)).find((candidate) => existsSync(candidate));
  if (!path) return { skipped: `sample ${SAMPLE_FILE} not found in ${SAMPLE_DIRS.join(", ")} (set COUNTERCLAIM_SAMPLE_DIR)` };
  const raw = readFileSync(path, "utf8");
  // Page furniture follows "With AFP"; a journalist leaves it out, and so does the gold.
  const text = raw.slice(0, raw.indexOf("With AFP")).trim();
  const hash = createHash("sha256").update(text).digest("hex");
  if (hash !== CUT_TEXT_SHA256) return { skipped: `sample ${path} differs from the one the gold was written for (sha256 ${hash})` };
  for (const claim of CLAIMS) {
    const seen = text.slice(claim.start, claim.end).split(/\s+/).slice(0, 4).join(" ");
    if (seen !== claim.firstWords) throw new Error(`sample gold at ${claim.start} reads "${seen}", expected "${claim.firstWords}"`);
  }
  const claims = CLAIMS.map(({ firstWords: _firstWords, ...claim }) => claim);
  return { text: { name, actors, text, claims, rebuttals: REBUTTALS } };
}
