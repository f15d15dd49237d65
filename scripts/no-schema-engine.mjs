#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on our machines.
// `prisma generate` only needs the path to exist; anything that really calls the engine
// (`prisma migrate`, `db push`) must fail loudly instead of silently doing nothing.
console.error(
  "Prisma's native schema engine is not installed here. Use `npm run db:migrate` to apply " +
    "migrations and `npm run db:new-migration -- <name>` to create one (lib/db/migrations).",
);
process.exit(1);
