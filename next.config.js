// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server for the Docker image only (the Dockerfile sets NEXT_OUTPUT): `next start`,
  // which `npm start` uses, does not serve standalone builds.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // The build checks the app's own code; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // pg and argon2's native binding must be required at run time, not bundled.
  // playwright-core drives the server's Chromium for PDF exports and must not be bundled either.
  // jsdom (page import) reads its own files at run time and must not be bundled either.
  serverExternalPackages: ["pg", "@node-rs/argon2", "@prisma/adapter-pg", "playwright-core", "jsdom", "mammoth"],
  // Build output dir can be moved so that tests build without disturbing `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
