// The zero-setup database: PGlite over the wire protocol keeps its data across restarts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { applyMigrations } from "@/lib/db/migrations/migrate";
import { spawnEmbeddedPostgres } from "../helpers/embedded-server-process";

const dataDir = mkdtempSync(join(tmpdir(), "cc-embedded-"));
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

it("serves PostgreSQL on loopback, applies the migrations, and keeps the data after a restart", async () => {
  const first = await spawnEmbeddedPostgres({ dataDir });
  expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\//);
  await applyMigrations(first.url);
  await withClient(first.url, (client) =>
    client.query(`INSERT INTO "Actor" (id, name, slug, color, aliases, "updatedAt") VALUES ('kept', 'Kept actor', 'kept-actor', '#000000', '{Alias}', now())`),
  );
  await first.stop();

  const second = await spawnEmbeddedPostgres({ dataDir });
  try {
    const rows = await withClient(second.url, (client) => client.query(`SELECT name, aliases FROM "Actor" WHERE id = 'kept'`));
    expect(rows.rows).toEqual([{ name: "Kept actor", aliases: ["Alias"] }]);
    expect((await applyMigrations(second.url)).applied).toEqual([]);
  } finally {
    await second.stop();
  }
});
