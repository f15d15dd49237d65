// Starts the embedded PostgreSQL (scripts/embedded-postgres.ts) as a child process and resolves
// once it accepts connections. Shared by `npm start` and the tests. CommonJS so that both the ESM
// start script and Jest's CommonJS test files can load it.
const { spawn } = require("node:child_process");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");

/**
 * @param {{ dataDir?: string, port?: number, startTimeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
function spawnEmbeddedPostgres(options = {}) {
  const args = [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/embedded-postgres.ts")];
  if (options.dataDir) args.push("--data-dir", options.dataDir);
  if (options.port) args.push("--port", String(options.port));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("The embedded PostgreSQL did not start in time."));
    }, options.startTimeoutMs ?? 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded PostgreSQL exited with code ${code}. ${output}`.trim()));
    });
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        // SIGTERM lets it close PGlite cleanly, which flushes the data folder.
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

module.exports = { spawnEmbeddedPostgres };
