// A comparable picture of a database's schema (tables, columns, constraints, indexes, enums),
// read from the catalogs. Two databases with equal snapshots have the same schema; this works on
// any PostgreSQL, including the embedded one, whose catalogs Prisma's engine cannot introspect.
import { Client } from "pg";

const QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  constraints: `SELECT cl.relname AS table_name, co.conname, co.contype::text, pg_get_constraintdef(co.oid) AS definition
                FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
                WHERE ns.nspname = 'public' AND cl.relname <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace ns ON ns.oid = t.typnamespace WHERE ns.nspname = 'public'`,
};

export type SchemaSnapshot = Record<keyof typeof QUERIES, string[]>;

export async function schemaSnapshot(url: string): Promise<SchemaSnapshot> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const snapshot = {} as SchemaSnapshot;
    for (const [key, sql] of Object.entries(QUERIES) as [keyof typeof QUERIES, string][]) {
      const { rows } = await client.query(sql);
      snapshot[key] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
