// @ts-check
// next.config.js is CommonJS (Next loads it with require).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { realpathSync } = require("node:fs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dirname, join, relative } = require("node:path");

// Turbopack resolves packages only inside its root, the project folder. Where node_modules is a
// symlink to another checkout's (git worktrees sharing one install), the root must hold both.
function turbopackRoot() {
  let modules;
  try {
    modules = dirname(realpathSync(join(__dirname, "node_modules")));
  } catch {
    return __dirname;
  }
  let root = __dirname;
  while (relative(root, modules).startsWith("..") && dirname(root) !== root) root = dirname(root);
  return root;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server for the Docker image only (the Dockerfile sets NEXT_OUTPUT): `next start`,
  // which `npm start` uses, does not serve standalone builds.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  turbopack: { root: turbopackRoot() },
  // The build checks the app's own code; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // pg and argon2's native binding must be required at run time, not bundled.
  // playwright-core drives the server's Chromium for PDF exports and must not be bundled either.
  // jsdom (page import) reads its own files at run time and must not be bundled either.
  serverExternalPackages: ["pg", "@node-rs/argon2", "@prisma/adapter-pg", "playwright-core", "jsdom", "mammoth"],
  // Build output dir can be moved so that tests build without disturbing `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Security headers that are the same on every response (pages, API, static files) live here and
  // only here. The per-request ones, the CSP with its nonce and HSTS, are set by proxy.ts
  // (lib/http/security-headers.ts); exports add their own stricter CSP (lib/http/export-response.ts).
  // X-Frame-Options is the older browsers' frame-ancestors 'none'.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
