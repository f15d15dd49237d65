// `npm run db:embedded -- [--data-dir DIR] [--port N]`: serves the embedded PostgreSQL until
// stopped (Ctrl-C), e.g. to inspect the app's data with psql while `npm start` is not running.
// Prints "READY <connection string>" once it accepts connections; tests start it this way too.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = argument("--data-dir");
  const port = argument("--port");
  const server = await startEmbeddedPostgres({ dataDir, port: port ? Number(port) : undefined });
  console.log(`READY ${server.connectionString}`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
