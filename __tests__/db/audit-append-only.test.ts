// Audit events are append-only in the database itself (migration audit_append_only): inserts work,
// every UPDATE, DELETE and TRUNCATE is refused whoever sends it, through Prisma or plain SQL, and a
// deleted user cannot take its history with it (the foreign key's SET NULL is an update too).
// Where migrations run as an ordinary role, that role also has no UPDATE/DELETE/TRUNCATE privilege.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { disconnectDb, getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/audit";
import { applyMigrations } from "@/lib/db/migrations/migrate";
import { deleteArticle } from "@/lib/db/articles";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { createTestDatabase } from "../helpers/test-database";
import { createArticleRow, createUserRow } from "../factories/db";

setUpTestDatabase();

type Outcome = { code: string; message: string } | "ok";

/**
 * After a database error the embedded server (pglite-socket) drops that connection, and the next
 * query or two fail on it, whatever the error (a unique violation does the same): so after each
 * refusal, wait until a fresh client answers again. A real server answers at once.
 */
async function reconnect(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    await disconnectDb();
    try {
      await getDb().$queryRawUnsafe("SELECT 1");
      return;
    } catch {
      // the dropped connection is still being closed: try again
    }
  }
  throw new Error("The test database did not answer again after a refused statement.");
}

async function outcome(operation: Promise<unknown>): Promise<Outcome> {
  try {
    await operation;
    return "ok";
  } catch (error) {
    await reconnect();
    const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } }).meta?.driverAdapterError?.cause;
    return { code: cause?.originalCode ?? "unknown", message: cause?.originalMessage ?? String(error) };
  }
}

/** Plain SQL through the app's own connection (the test database's owner, a superuser in tests). */
const run = (sql: string, ...parameters: unknown[]) => outcome(getDb().$executeRawUnsafe(sql, ...parameters));

/** Plain SQL on a connection of its own, as another role (real servers only: the embedded one has one user). */
async function runOn(url: string, sql: string): Promise<Outcome> {
  const client = new Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(sql);
    return "ok";
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    await client.end();
  }
}

const REFUSED = { code: "42501", message: expect.stringMatching(/AuditEvent is append-only: (UPDATE|DELETE|TRUNCATE) refused/) };

async function auditRow(userId: string | null = null) {
  return getDb().auditEvent.create({ data: { userId, entity: "Test", entityId: randomBytes(6).toString("hex"), action: "create", after: { n: 1 } } });
}

describe("AuditEvent is append-only", () => {
  it("accepts inserts, from the app's recordAudit and from plain SQL", async () => {
    const user = await createUserRow("JOURNALIST");
    await getDb().$transaction((tx) => recordAudit(tx, { userId: user.id, entity: "Article", entityId: "a1", action: "create", after: { title: "T" } }));
    expect(await run(`INSERT INTO "AuditEvent" (id, entity, "entityId", action) VALUES ('raw-insert', 'Test', 'x', 'create')`)).toBe("ok");
    expect(await getDb().auditEvent.count({ where: { OR: [{ userId: user.id }, { id: "raw-insert" }] } })).toBe(2);
  });

  it("refuses UPDATE and DELETE of a row, through Prisma and plain SQL, and leaves it as it was", async () => {
    const row = await auditRow();
    expect(await outcome(getDb().auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } }))).toEqual(REFUSED);
    expect(await outcome(getDb().auditEvent.updateMany({ data: { action: "tampered" } }))).toEqual(REFUSED);
    expect(await outcome(getDb().auditEvent.delete({ where: { id: row.id } }))).toEqual(REFUSED);
    expect(await outcome(getDb().auditEvent.deleteMany({}))).toEqual(REFUSED);
    expect(await run(`UPDATE "AuditEvent" SET "after" = '{"n": 2}' WHERE id = $1`, row.id)).toEqual(REFUSED);
    expect(await run(`UPDATE "AuditEvent" SET "at" = now() - interval '1 year'`)).toEqual(REFUSED);
    expect(await run(`DELETE FROM "AuditEvent" WHERE id = $1`, row.id)).toEqual(REFUSED);
    expect(await run(`DELETE FROM "AuditEvent"`)).toEqual(REFUSED);
    expect(await run(`TRUNCATE "AuditEvent"`)).toEqual(REFUSED);
    expect(await run(`TRUNCATE "User" CASCADE`)).toEqual(REFUSED);
    expect(await getDb().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses to delete a user who has audit events (SET NULL would rewrite them), and deletes one who has none", async () => {
    const actor = await createUserRow("ADMIN");
    const row = await auditRow(actor.id);
    expect(await outcome(getDb().user.delete({ where: { id: actor.id } }))).toEqual(REFUSED);
    expect(await getDb().auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ userId: actor.id });
    expect(await getDb().user.count({ where: { id: actor.id } })).toBe(1);

    const idle = await createUserRow("JOURNALIST");
    await getDb().user.delete({ where: { id: idle.id } });
    expect(await getDb().user.count({ where: { id: idle.id } })).toBe(0);
  });

  it("does not get in the way of deleting articles: the app's soft delete, and a hard delete of the rows", async () => {
    const author = await createUserRow("JOURNALIST");
    const { article } = await createArticleRow(author, { claimQuotes: ["Moscow said"] });
    await deleteArticle(author, article.id);
    expect(await getDb().auditEvent.count({ where: { entity: "Article", entityId: article.id, action: "delete" } })).toBe(1);
    // No foreign key runs from Article to AuditEvent: removing the article's rows leaves its history.
    expect(await run(`DELETE FROM "Article" WHERE id = $1`, article.id)).toBe("ok");
    expect(await getDb().auditEvent.count({ where: { entityId: article.id } })).toBeGreaterThan(0);
  });

  it("takes UPDATE, DELETE and TRUNCATE away from an ordinary role that runs the migrations", async () => {
    const scratch = await createTestDatabase({ migrated: false });
    if (scratch.embedded) {
      // The embedded server has one user, a superuser: the migration rightly skips the REVOKE there
      // and the trigger alone protects the rows, as the cases above show.
      await scratch.drop();
      const [me] = await getDb().$queryRawUnsafe<{ rolsuper: boolean }[]>(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
      expect(me.rolsuper).toBe(true);
      return;
    }
    const role = `cc_app_${randomBytes(5).toString("hex")}`;
    const asRole = new URL(scratch.url);
    asRole.username = role;
    try {
      expect(await runOn(scratch.url, `CREATE ROLE "${role}" LOGIN NOSUPERUSER`)).toBe("ok");
      expect(await runOn(scratch.url, `ALTER DATABASE "${asRole.pathname.slice(1)}" OWNER TO "${role}"`)).toBe("ok");
      await applyMigrations(asRole.toString());
      expect(await runOn(asRole.toString(), `INSERT INTO "AuditEvent" (id, entity, "entityId", action) VALUES ('by-role', 'Test', 'x', 'create')`)).toBe("ok");
      for (const sql of [`UPDATE "AuditEvent" SET action = 'x'`, `DELETE FROM "AuditEvent"`, `TRUNCATE "AuditEvent"`]) {
        expect(await runOn(asRole.toString(), sql)).toEqual({ code: "42501", message: "permission denied for table AuditEvent" });
      }
      // The other tables are the role's to change as before.
      expect(await runOn(asRole.toString(), `UPDATE "User" SET name = name`)).toBe("ok");
    } finally {
      await scratch.drop();
      const server = new URL(scratch.url);
      server.pathname = "/postgres";
      await runOn(server.toString(), `DROP ROLE IF EXISTS "${role}"`);
    }
  });
});
