// Removes the data folders of earlier e2e runs. The current run's folder (named in
// playwright.config.ts, already in use by the web server, which Playwright starts first) stays.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { basename } from "node:path";

export default function globalSetup(): void {
  if (!existsSync(".test-data")) return;
  const current = basename(process.env.COUNTERCLAIM_E2E_DATA_DIR ?? "");
  for (const entry of readdirSync(".test-data")) {
    if (entry.startsWith("e2e-") && entry !== current) rmSync(`.test-data/${entry}`, { recursive: true, force: true });
  }
}
