// Prisma CLI configuration. Only `prisma generate` is used: migrations run through our own
// offline migrator (lib/db/migrations). The URL falls back to a placeholder because
// `env()` throws when DATABASE_URL is unset, and generate does not need a database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/counterclaim" },
});
