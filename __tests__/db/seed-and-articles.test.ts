// The first-start seed (idempotent) and the article read path.
import { getDb } from "@/lib/db/client";
import { getArticle, listArticles } from "@/lib/db/articles";
import { DEMO_USERS, seedDatabase } from "@/lib/db/seed";
import { DEFAULT_ACTORS } from "@/lib/domain/default-actors";
import { DEFAULT_RATINGS } from "@/lib/domain/rating-scale";
import { verifyPassword } from "@/lib/auth/passwords";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createArticleRow, createUserRow } from "../factories/db";

setUpTestDatabase();

const counts = async () => {
  const db = getDb();
  return { users: await db.user.count(), actors: await db.actor.count(), ratings: await db.rating.count(), articles: await db.article.count(), claims: await db.claim.count(), links: await db.claimLink.count() };
};

describe("seed", () => {
  it("creates actors, ratings, demo users and the demo article once, and changes nothing the second time", async () => {
    const first = await seedDatabase(getDb());
    expect(first.createdDemoData).toBe(true);
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const afterFirst = await counts();
    expect(afterFirst).toMatchObject({ users: DEMO_USERS.length, actors: DEFAULT_ACTORS.length, ratings: DEFAULT_RATINGS.length, articles: 1, claims: 4, links: 2 });

    const admin = await getDb().user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    expect(await verifyPassword(admin.passwordHash, first.generatedPassword!)).toBe(true);

    const second = await seedDatabase(getDb(), { demoPassword: "another password entirely" });
    expect(second).toEqual({ createdDemoData: false, generatedPassword: null });
    expect(await counts()).toEqual(afterFirst);
  });

  it("anchors every demo claim on its quote, with context, in the canonical text", async () => {
    const reader = await createUserRow("REVIEWER");
    const page = await listArticles(reader, { q: "Lachin" });
    expect(page.items).toHaveLength(1);
    const article = await getArticle(reader, page.items[0].id);
    expect(article.claims).toHaveLength(page.items[0].claimCount);
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.exact);
      expect(article.text.slice(0, claim.start).endsWith(claim.prefix)).toBe(true);
      expect(claim.anchorStatus).toBe("exact");
    }
    expect(article.claims.flatMap((claim) => claim.links).some((link) => link.kind === "rebuts")).toBe(true);
  });
});

describe("article list and read", () => {
  it("pages newest first with a cursor, counts live claims only, hides deleted articles", async () => {
    const author = await createUserRow("JOURNALIST");
    const created = [];
    for (let index = 0; index < 3; index++) created.push(await createArticleRow(author, { title: `Paging ${index}`, claimQuotes: ["Moscow said"] }));
    await getDb().claim.update({ where: { id: created[2].claims[0].id }, data: { deletedAt: new Date() } });
    await createArticleRow(author, { title: "Paging deleted", deleted: true });

    const first = await listArticles(author, { q: "paging", limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(["Paging 2", "Paging 1"]);
    expect(first.items[0].claimCount).toBe(0);
    expect(first.items[1].claimCount).toBe(1);
    const second = await listArticles(author, { q: "paging", limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.title)).toEqual(["Paging 0"]);
    expect(second.nextCursor).toBeNull();
  });

  it("answers NOT_FOUND for unknown and deleted articles, refuses anonymous and disabled users", async () => {
    const author = await createUserRow("JOURNALIST");
    const { article } = await createArticleRow(author, { deleted: true });
    expect(await codeOf(getArticle(author, article.id))).toBe("NOT_FOUND");
    expect(await codeOf(getArticle(author, "nosucharticle"))).toBe("NOT_FOUND");
    expect(await codeOf(getArticle(null as never, article.id))).toBe("UNAUTHENTICATED");
    expect(await codeOf(getArticle({ ...author, disabled: true }, article.id))).toBe("NOT_FOUND");
    expect(await codeOf(listArticles({ ...author, disabled: true }))).toBe("FORBIDDEN");
  });
});
