// What the first start prints about the demo accounts: the one time a generated password is shown.
import { DEMO_USERS, type SeedResult } from "./seed";

export function printSeedResult(result: SeedResult, passwordFromEnv: boolean, log: (line: string) => void = console.log): void {
  if (!result.createdDemoData) return;
  const password = result.generatedPassword ?? "(the value of COUNTERCLAIM_DEMO_PASSWORD)";
  log("");
  log("  Demo accounts created:");
  for (const user of DEMO_USERS) log(`    ${user.email.padEnd(26)} ${user.role.toLowerCase()}`);
  log(`  Password for all of them: ${password}`);
  if (!passwordFromEnv) log("  It is shown only this once. An admin can reset passwords at /admin/users.");
  log("");
}
