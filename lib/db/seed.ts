// First-start data: the default actors and rating scale (always ensured, idempotent), and, only
// when the database has no users yet, the demo users and the demo article with a few claims.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/passwords";
import { describeRange } from "@/lib/anchoring/text-selector";
import { DEFAULT_ACTORS } from "@/lib/domain/default-actors";
import { DEFAULT_RATINGS } from "@/lib/domain/rating-scale";
import type { Role } from "@/lib/domain/roles";
import type { Db, DbTx } from "./client";
import { recordAudit } from "./audit";
import { insertArticle } from "./articles";
import { paragraphsToDoc } from "@/lib/editor/canonical-text";
import { DEMO_ARTICLE } from "./seed-data/demo-article";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
  { email: "journalist@example.org", name: "Jamie Journalist", role: "JOURNALIST" },
  { email: "reviewer@example.org", name: "Riley Reviewer", role: "REVIEWER" },
  { email: "reviewer2@example.org", name: "Robin Reviewer", role: "REVIEWER" },
];

export type SeedResult = {
  /** True when this run created the demo users (first start). */
  createdDemoData: boolean;
  /** The demo password when this run generated it; null when it came from the environment or nothing was created. */
  generatedPassword: string | null;
};

function generateDemoPassword(): string {
  // 16 characters from an unambiguous alphabet: easy to copy from a terminal, ~93 bits.
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join("");
}

async function ensureReferenceData(tx: DbTx): Promise<void> {
  for (const actor of DEFAULT_ACTORS) {
    await tx.actor.upsert({ where: { name: actor.name }, create: { ...actor, kind: "STATE" }, update: {} });
  }
  for (const rating of DEFAULT_RATINGS) {
    await tx.rating.upsert({ where: { key: rating.key }, create: rating, update: {} });
  }
}

async function createDemoArticle(tx: DbTx, authorId: string): Promise<void> {
  const { article, revision, text } = await insertArticle(
    tx,
    { title: DEMO_ARTICLE.title, source: DEMO_ARTICLE.source, url: DEMO_ARTICLE.url, publishedAt: new Date(DEMO_ARTICLE.publishedAt), language: DEMO_ARTICLE.language },
    paragraphsToDoc([...DEMO_ARTICLE.paragraphs]),
    authorId,
  );

  const actors = await tx.actor.findMany({ where: { slug: { in: DEFAULT_ACTORS.map((actor) => actor.slug) } } });
  const claimIds: string[] = [];
  for (const spec of DEMO_ARTICLE.claims) {
    const start = text.indexOf(spec.exact);
    const actor = actors.find((candidate) => candidate.slug === spec.actor);
    if (start < 0 || !actor) throw new Error(`Demo claim does not fit the demo article: ${spec.exact}`);
    const claim = await tx.claim.create({
      data: { articleId: article.id, revisionId: revision.id, actorId: actor.id, attribution: spec.attribution, createdById: authorId, ...describeRange(text, start, start + spec.exact.length) },
    });
    claimIds.push(claim.id);
  }
  for (const link of DEMO_ARTICLE.links) {
    await tx.claimLink.create({ data: { fromClaimId: claimIds[link.from], toClaimId: claimIds[link.to], kind: link.kind, createdById: authorId } });
  }
  await recordAudit(tx, { userId: null, entity: "Article", entityId: article.id, articleId: article.id, action: "seed", after: { title: article.title } });
}

/**
 * Seeds the database. Safe to run on every start: reference data is upserted, demo users and the
 * demo article are created only when there are no users at all (a fresh database).
 */
export async function seedDatabase(db: Db, options: { demoPassword?: string } = {}): Promise<SeedResult> {
  const generatedPassword = options.demoPassword ? null : generateDemoPassword();
  // argon2 is deliberately slow: hash only when demo users may be created (checked again under the lock).
  const passwordHash = (await db.user.count()) === 0 ? await hashPassword(options.demoPassword ?? generatedPassword!) : null;

  return db.$transaction(
    async (tx) => {
      // Serialise concurrent seeds (two instances starting on one empty database).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72736501)`;
      await ensureReferenceData(tx);
      if (passwordHash === null || (await tx.user.count()) > 0) return { createdDemoData: false, generatedPassword: null };

      const users = [];
      for (const demoUser of DEMO_USERS) {
        users.push(await tx.user.create({ data: { ...demoUser, passwordHash } }));
      }
      await recordAudit(tx, { userId: null, entity: "User", entityId: "demo", action: "seed", after: { emails: DEMO_USERS.map((user) => user.email) } });
      const journalist = users.find((user) => user.role === "JOURNALIST")!;
      await createDemoArticle(tx, journalist.id);
      return { createdDemoData: true, generatedPassword };
    },
    { timeout: 30_000 },
  );
}
