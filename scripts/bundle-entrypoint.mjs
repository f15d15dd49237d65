// Bundles scripts/docker-entrypoint.ts into one CommonJS file next to Next's standalone server.
// pg and argon2 (native) stay external: the standalone node_modules has them as CommonJS.
import { build } from "esbuild";

const outfile = process.argv[2] ?? ".next/standalone/docker-entrypoint.cjs";
await build({
  entryPoints: ["scripts/docker-entrypoint.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  tsconfig: "tsconfig.json",
  external: ["pg", "@node-rs/argon2", "./server.js"],
  logLevel: "warning",
});
console.log(`Wrote ${outfile}`);
