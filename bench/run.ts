// `npm run bench`: every benchmark, each printing its figures as ratios against a baseline
// measured in the same run. Not tests: nothing here asserts a duration.
import { benchApiClaims } from "./api-claims";
import { benchDataFunctions } from "./data-functions";
import { benchWorkspaceRender } from "./workspace-render";

async function main(): Promise<void> {
  await benchDataFunctions();
  await benchApiClaims();
  await benchWorkspaceRender();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
