// End-to-end tests in Debian's Chromium against a production build on the embedded database,
// started exactly as a user starts it (`node scripts/start.mjs`), in a fresh data folder per run.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DEMO_PASSWORD = "e2e-demo-password-2026";
// A data folder no earlier run used, so every run starts from an empty, freshly seeded database.
// Named once in the runner process and passed on through the environment: Playwright loads this
// file again in each worker, which must not name a different folder. e2e/global-setup.ts removes
// the folders of earlier runs.
const DATA_DIR = (process.env.COUNTERCLAIM_E2E_DATA_DIR ??= `.test-data/e2e-${Date.now()}-${process.pid}`);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // One browser at a time: the embedded database serves one connection well.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    // `localhost`, not 127.0.0.1: next-auth's CSRF cookie is bound to the host it was set on.
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  globalSetup: "./e2e/global-setup.ts",
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${PORT}/api/health`,
    // The first start may build the app.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: "",
      COUNTERCLAIM_DATA_DIR: DATA_DIR,
      COUNTERCLAIM_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      AUTH_SECRET: "e2e-auth-secret-not-for-production-0123456789",
      // The import test serves its page from a fixture server on 127.0.0.1; production never allows loopback.
      COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK: "1",
    },
  },
});
