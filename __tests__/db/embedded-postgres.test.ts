// The zero-setup database: PGlite over the wire protocol keeps its data across restarts, and one data
// folder is never opened by two processes. The server runs in a child process through tsx, exactly as
// `npm start` runs it (Jest cannot load PGlite in-process).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations/migrate";
import { spawnEmbeddedPostgres } from "../helpers/embedded-server-process";

const dataDir = mkdtempSync(join(tmpdir(), "cc-embedded-"));
const lockFile = join(dataDir, "counterclaim-embedded.pid");
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

it("serves PostgreSQL on loopback, applies the migrations, keeps the data after a restart, and guards its folder", async () => {
  const first = await spawnEmbeddedPostgres({ dataDir });
  try {
    expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\//);
    await applyMigrations(first.url);
    await withClient(first.url, (client) =>
      client.query(`INSERT INTO "Actor" (id, name, slug, color, aliases, "updatedAt") VALUES ('kept', 'Kept actor', 'kept-actor', '#000000', '{Alias}', now())`),
    );
    // A second process on the same folder would corrupt it: refused before PGlite opens anything.
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/is in use by process \d+/);
  } finally {
    await first.stop();
  }
  expect(existsSync(lockFile)).toBe(false);

  // A process that died without stopping leaves its lock behind; the next start takes it over.
  const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
  writeFileSync(lockFile, String(deadPid));

  const second = await spawnEmbeddedPostgres({ dataDir });
  try {
    const { rows } = await withClient(second.url, (client) => client.query(`SELECT name, aliases FROM "Actor" WHERE id = 'kept'`));
    expect(rows).toEqual([{ name: "Kept actor", aliases: ["Alias"] }]);
    expect((await applyMigrations(second.url)).applied).toEqual([]);
  } finally {
    await second.stop();
  }
});
