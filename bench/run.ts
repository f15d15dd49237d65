// `npm run bench`: every benchmark, each printing its figures as ratios against a baseline
// measured in the same run. Not tests: nothing here asserts a duration.
// `npm run bench -- export` (or data, api, workspace, reliability, actors, live, search) runs only those named.
import { benchActorSummary } from "./actor-summary";
import { benchApiClaims } from "./api-claims";
import { benchClaimSearch } from "./claim-search";
import { benchDataFunctions } from "./data-functions";
import { benchExport } from "./export";
import { benchLive } from "./live";
import { benchReliability } from "./reliability";
import { benchWorkspaceRender } from "./workspace-render";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  data: benchDataFunctions,
  api: benchApiClaims,
  workspace: benchWorkspaceRender,
  export: benchExport,
  reliability: benchReliability,
  actors: benchActorSummary,
  live: benchLive,
  search: benchClaimSearch,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHMARKS).join(", ")}.`);
  for (const [name, run] of Object.entries(BENCHMARKS)) if (wanted.length === 0 || wanted.includes(name)) await run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
