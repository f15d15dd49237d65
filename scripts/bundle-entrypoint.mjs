// Bundles scripts/docker-entrypoint.ts into one CommonJS file next to Next's standalone server
// (`node scripts/bundle-entrypoint.mjs [outfile]`, run after a `NEXT_OUTPUT=standalone` build).
//
// What stays external, and why: the bundle runs from the standalone folder, whose node_modules holds
// only the files Next's tracer saw the server use.
// - pg and @node-rs/argon2 (native binding) are traced as CommonJS, so `require` finds them there.
// - @prisma/adapter-pg and @prisma/driver-adapter-utils are bundled although they are present:
//   only their ESM builds (dist/index.mjs) are traced, and a CommonJS `require` resolves to the
//   missing dist/index.js. The generated Prisma client and its runtime are bundled for the same reason.
// - ./server.js is Next's server beside the bundle, started once the database is ready.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";

const outfile = resolve(process.argv[2] ?? ".next/standalone/docker-entrypoint.cjs");
const EXTERNAL_PACKAGES = ["pg", "@node-rs/argon2"];

await build({
  entryPoints: ["scripts/docker-entrypoint.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  tsconfig: "tsconfig.json",
  external: [...EXTERNAL_PACKAGES, "./server.js"],
  logLevel: "warning",
});

// Fail the image build here rather than the container at start: each external package must resolve
// inside the standalone folder itself (not from a node_modules further up, which the image lacks).
const standalone = dirname(outfile);
const requireThere = createRequire(join(standalone, "docker-entrypoint.cjs"));
const missing = EXTERNAL_PACKAGES.filter((name) => {
  try {
    return relative(standalone, requireThere.resolve(name)).startsWith("..");
  } catch {
    return true;
  }
});
if (!existsSync(join(standalone, "server.js"))) missing.push("./server.js (is this a standalone build? set NEXT_OUTPUT=standalone)");
if (missing.length > 0) {
  console.error(`The entrypoint needs these beside it in ${standalone}, and they are not there: ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`Wrote ${relative(process.cwd(), outfile)}`);
