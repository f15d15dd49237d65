// Removes data folders of earlier e2e runs (the current run's folder is named after this process).
import { existsSync, readdirSync, rmSync } from "node:fs";

export default function globalSetup(): void {
  if (!existsSync(".test-data")) return;
  for (const entry of readdirSync(".test-data")) {
    if (entry.startsWith("e2e-") && entry !== `e2e-${process.pid}`) rmSync(`.test-data/${entry}`, { recursive: true, force: true });
  }
}
