// Lint rules, including the one-way dependencies of STYLE.md:
// app -> components -> lib/actions -> lib/db -> lib/domain, lib/anchoring, lib/validation.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// lib/import/web-annotation.ts is pure; the rest of lib/import (fetching pages, issue 7) will not be.
const PURE = ["lib/domain/**", "lib/anchoring/**", "lib/validation/**", "lib/export/**", "lib/editor/**", "lib/errors/**", "lib/suggest/**", "lib/import/web-annotation.ts"];
const FRAMEWORK_IMPORTS = [
  { group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "@/lib/generated/*", "pg"], message: "Pure modules (lib/domain, lib/anchoring, lib/validation, lib/export, lib/editor, lib/errors) import no framework, database or React code." },
  { group: ["@/lib/db/*", "@/lib/auth/*", "@/lib/actions/*", "@/lib/http/*", "@/app/*", "@/components/*"], message: "Pure modules depend on nothing above them." },
];

const config = [
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", ".test-data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]", message: "No .only/.skip: every test runs." }],
    },
  },
  {
    // CommonJS files are CommonJS: require() is how they import.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Nothing in lib/ reaches up into routes or React components.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib/ never imports from app/ or components/." }] }],
    },
  },
  {
    files: PURE.map((glob) => `${glob}`.replace("/**", "/**/*.ts")),
    rules: { "no-restricted-imports": ["error", { patterns: FRAMEWORK_IMPORTS }] },
  },
  {
    // Routes and pages hold no Prisma and no business rules: they call lib/db, lib/actions, lib/http.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/client", "pg"], message: "No Prisma in app/: call a lib/db function, which checks permissions." }] }],
    },
  },
  {
    // Components render; they reach data through props and server actions (types from lib/db are fine).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@prisma/*", "@/lib/generated/*", "@/lib/db/*", "pg"], allowTypeImports: true, message: "Components get data through props or lib/actions, not lib/db." }] }],
    },
  },
];

export default config;
