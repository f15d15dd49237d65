// Runs the embedded PostgreSQL in a child process: PGlite loads itself with dynamic import(),
// which Jest's module sandbox does not allow in-process. Same spawner as `npm start`.
export { spawnEmbeddedPostgres } from "../../scripts/spawn-embedded-postgres.cjs";
