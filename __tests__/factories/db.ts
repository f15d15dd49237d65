// Factories that write real rows through Prisma, for db tests. Passwords are hashed for real.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/passwords";
import { getDb } from "@/lib/db/client";
import { toSessionUser } from "@/lib/db/users";
import { describeRange } from "@/lib/anchoring/text-selector";
import { insertArticle } from "@/lib/db/articles";
import { paragraphsToDoc } from "@/lib/editor/canonical-text";
import { slugify } from "@/lib/db/actors";
import type { Role, SessionUser } from "@/lib/domain/roles";
import { DEFAULT_RATINGS } from "@/lib/domain/rating-scale";

export const FACTORY_PASSWORD = "factory password 123";
let passwordHash: Promise<string> | undefined;

export async function createUserRow(role: Role, overrides: { email?: string; disabled?: boolean } = {}): Promise<SessionUser> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const user = await getDb().user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${randomUUID()}@example.org`,
      name: `Test ${role.toLowerCase()}`,
      role,
      passwordHash: await passwordHash,
      disabledAt: overrides.disabled ? new Date() : null,
    },
  });
  return toSessionUser(user);
}

export async function createActorRow(name = `Actor ${randomUUID().slice(0, 8)}`, options: { aliases?: string[]; parentId?: string; color?: string } = {}) {
  return getDb().actor.create({ data: { name, slug: slugify(name), color: options.color ?? "#1f5fa8", aliases: options.aliases ?? [], parentId: options.parentId ?? null } });
}

/** An article with one revision and a claim on each given quote (which must occur in the text). */
export async function createArticleRow(author: SessionUser, options: { title?: string; paragraphs?: string[]; claimQuotes?: string[]; deleted?: boolean; publishedAt?: Date } = {}) {
  const db = getDb();
  const { article, revision, text } = await insertArticle(
    db,
    { title: options.title ?? "Test article", deletedAt: options.deleted ? new Date() : null, publishedAt: options.publishedAt ?? null },
    paragraphsToDoc(options.paragraphs ?? ["Moscow said the troops crossed the line.", "Baku said that was untrue."]),
    author.id,
  );
  const actor = await createActorRow();
  const claims = [];
  for (const quote of options.claimQuotes ?? []) {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`Quote not in the article: ${quote}`);
    claims.push(await db.claim.create({ data: { articleId: article.id, revisionId: revision.id, actorId: actor.id, createdById: author.id, ...describeRange(text, start, start + quote.length) } }));
  }
  return { article, revision, claims, actor, text };
}

/** The default rating scale, as the seed writes it (idempotent: safe in every test). */
export async function createRatingRows() {
  const db = getDb();
  for (const rating of DEFAULT_RATINGS) await db.rating.upsert({ where: { key: rating.key }, create: rating, update: {} });
  return db.rating.findMany({ orderBy: { position: "asc" } });
}

/** A claim on `quote` (which must occur in the article's text) by a given actor. */
export async function createClaimRow(author: SessionUser, article: { article: { id: string }; revision: { id: string }; text: string }, quote: string, actorId: string, options: { deleted?: boolean } = {}) {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`Quote not in the article: ${quote}`);
  return getDb().claim.create({
    data: { articleId: article.article.id, revisionId: article.revision.id, actorId, createdById: author.id, deletedAt: options.deleted ? new Date() : null, ...describeRange(article.text, start, start + quote.length) },
  });
}

/** An article whose paragraphs are the given quotes, each tagged as a claim of its actor. */
export async function createQuotedArticleRow(author: SessionUser, quotes: { actorId: string; exact: string; note?: string; attribution?: "DIRECT_QUOTE" | "PARAPHRASE" | "ANONYMOUS_SOURCE" | "OUTLET_ASSERTION" }[], options: { title?: string; publishedAt?: Date; deleted?: boolean } = {}) {
  const db = getDb();
  const { article, revision, text } = await insertArticle(
    db,
    { title: options.title ?? `Article ${randomUUID().slice(0, 8)}`, publishedAt: options.publishedAt ?? null, deletedAt: options.deleted ? new Date() : null },
    paragraphsToDoc(quotes.map((quote) => quote.exact)),
    author.id,
  );
  const claims = [];
  let from = 0;
  for (const quote of quotes) {
    const start = text.indexOf(quote.exact, from);
    from = start + quote.exact.length;
    claims.push(await db.claim.create({ data: { articleId: article.id, revisionId: revision.id, actorId: quote.actorId, createdById: author.id, note: quote.note ?? "", attribution: quote.attribution ?? "PARAPHRASE", ...describeRange(text, start, start + quote.exact.length) } }));
  }
  return { article, claims };
}
