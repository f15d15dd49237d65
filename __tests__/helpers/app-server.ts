// Starts the real production server (`next start`) for API tests, on a free loopback port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const TEST_AUTH_SECRET = "test-secret-for-api-tests-only-0123456789abcdef";

export function ensureBuild(): void {
  const script = `import(${JSON.stringify(join(ROOT, "scripts/build-if-needed.mjs"))}).then((m) => m.buildIfNeeded({ root: ${JSON.stringify(ROOT)} }))`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("Building the app for the API tests failed.");
}

import { freeLoopbackPort } from "../../lib/net/free-port";

export type AppServer = { url: string; pid: number; stop(): Promise<void> };

/** Waits until `check` answers true, polling; throws with `what` after `attempts` tries. */
async function waitFor(what: string, check: () => Promise<boolean>, attempts = 240): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/** `port`: to bring an instance back on the port it had (clients reconnect to the same address). */
export async function startAppServer(env: Record<string, string>, options: { waitForHealthy?: boolean; port?: number } = {}): Promise<AppServer> {
  const port = options.port ?? (await freeLoopbackPort());
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: TEST_AUTH_SECRET, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  let exited = false;
  child.once("exit", () => (exited = true));
  const expected = options.waitForHealthy === false ? [200, 503] : [200];
  await waitFor(`the app server on port ${port}`, async () => {
    if (exited) throw new Error("The app server exited during start-up.");
    return expected.includes((await fetch(`${url}/api/health`)).status);
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
