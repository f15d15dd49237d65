// Runs `next build` only when the sources changed since the last build (a stamp of their sizes and
// mtimes sits in the build folder). Shared by `npm start` and the API tests' global setup.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BUILD_INPUTS = ["app", "components", "lib", "proxy.ts", "next.config.js", "package-lock.json", "prisma/schema.prisma", "tsconfig.json", "tsconfig.build.json"];

function sourceStamp(root) {
  const hash = createHash("sha256");
  const visit = (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== "generated" && entry !== "node_modules") visit(join(path, entry));
    } else {
      hash.update(`${path}:${stats.size}:${stats.mtimeMs}\n`);
    }
  };
  for (const entry of BUILD_INPUTS) visit(join(root, entry));
  return hash.digest("hex");
}

/** Builds into `distDir` unless an up-to-date build is there. Throws when the build fails. */
export function buildIfNeeded({ root, distDir = ".next", log = console.log }) {
  const stampFile = join(root, distDir, "counterclaim-build-stamp");
  const stamp = sourceStamp(root);
  if (existsSync(join(root, distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return false;
  log("Building the app (first start or sources changed; takes a minute or two)…");
  const result = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  if (result.status !== 0) throw new Error("next build failed; see the output above.");
  writeFileSync(stampFile, stamp);
  return true;
}

// `node scripts/build-if-needed.mjs [--force]` (npm run build): builds and records the stamp, so
// `npm start` and the API tests reuse this build instead of building again.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL("..", import.meta.url).pathname;
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (process.argv.includes("--force")) rmSync(join(root, distDir, "counterclaim-build-stamp"), { force: true });
  try {
    if (!buildIfNeeded({ root, distDir })) console.log("The build is up to date.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
