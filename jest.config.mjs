// Four projects: pure unit tests, db tests against a real PostgreSQL, API tests over HTTP against a
// running production server (see __tests__/helpers/), and reliability tests (load, a database that
// goes away, two app instances), each file with its own servers and database. `npm test` runs all.
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node",
      jsx: "react-jsx",
      esModuleInterop: true,
      isolatedModules: true,
    },
    diagnostics: false,
  },
];

const shared = {
  transform: { "^.+\\.(ts|tsx)$": tsJest },
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/e2e/"],
};

const config = {
  // Each db test file creates its own database; API tests share one server.
  maxWorkers: 2,
  // A cap for tests that start servers or databases, not a performance assertion.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts?(x)"] },
    { ...shared, displayName: "db", testEnvironment: "node", testMatch: ["<rootDir>/__tests__/db/**/*.test.ts"] },
    {
      ...shared,
      displayName: "api",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/api/**/*.test.ts"],
      globalSetup: "<rootDir>/__tests__/helpers/api-global-setup.ts",
      globalTeardown: "<rootDir>/__tests__/helpers/api-global-teardown.ts",
    },
    {
      ...shared,
      displayName: "reliability",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/reliability/**/*.test.ts"],
      globalSetup: "<rootDir>/__tests__/helpers/reliability-global-setup.ts",
    },
  ],
};

export default config;
