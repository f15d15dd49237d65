// Runs the embedded PostgreSQL in a child process (scripts/embedded-postgres.ts): PGlite loads
// itself with dynamic import(), which Jest's module sandbox does not allow in-process.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

export type EmbeddedServerProcess = { url: string; stop(): Promise<void> };

export function spawnEmbeddedPostgres(options: { dataDir?: string } = {}): Promise<EmbeddedServerProcess> {
  const args = [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/embedded-postgres.ts"), ...(options.dataDir ? ["--data-dir", options.dataDir] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolveServer, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error("The embedded PostgreSQL did not start within 60 s.")), 60_000);
    child.once("exit", (code) => reject(new Error(`The embedded PostgreSQL exited with code ${code}: ${output}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolveServer({
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
