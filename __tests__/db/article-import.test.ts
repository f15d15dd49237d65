// Importing and refreshing against real PostgreSQL: who may, what is archived, and that a refused
// or failed refresh leaves the article, its revisions and its claims exactly as they were.
import { getDb } from "@/lib/db/client";
import { createArticle } from "@/lib/db/articles";
import { createClaim } from "@/lib/db/claims";
import { previewImport, refreshArticle } from "@/lib/db/article-import";
import { docFromBlocks } from "@/lib/import/import-blocks";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { appErrorOf, codeOf } from "../helpers/code-of";
import { createActorRow, createUserRow } from "../factories/db";

setUpTestDatabase();

let page = "<html><body><article><p>Moscow said the units advanced into the zone.</p><p>Baku said the report was false.</p></article></body></html>";
let status = 200;
let fixture: FixtureServer;
beforeAll(async () => {
  process.env.COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK = "1";
  fixture = await startFixtureServer({
    "/article": (_req, res) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
    },
  });
});
afterAll(async () => {
  delete process.env.COUNTERCLAIM_UNSAFE_FETCH_LOOPBACK;
  await fixture.close();
});

const rows = async () => {
  const db = getDb();
  return { snapshots: await db.pageSnapshot.count(), revisions: await db.articleRevision.count(), claims: await db.claim.findMany({ orderBy: { id: "asc" } }), audit: await db.auditEvent.count() };
};

it("lets only active users preview, and refuses another user's archived page", async () => {
  const before = await rows();
  expect(await codeOf(previewImport(await createUserRow("JOURNALIST", { disabled: true }), { kind: "url", url: `${fixture.url}/article` }))).toBe("FORBIDDEN");
  expect(await rows()).toEqual(before);

  const owner = await createUserRow("JOURNALIST");
  const preview = await previewImport(owner, { kind: "url", url: `${fixture.url}/article` });
  expect(preview.snapshot).not.toBeNull();
  const other = await createUserRow("JOURNALIST");
  const refused = await appErrorOf(createArticle(other, { title: "Not mine", body: docFromBlocks(preview.blocks), snapshotId: preview.snapshot!.id }));
  expect(refused.details?.field).toBe("snapshotId");
  expect(await getDb().article.count({ where: { title: "Not mine" } })).toBe(0);
});

it("leaves everything as it was when the source cannot be fetched, and orphans nothing when it is unchanged", async () => {
  const journalist = await createUserRow("JOURNALIST");
  const actor = await createActorRow();
  status = 200;
  const preview = await previewImport(journalist, { kind: "url", url: `${fixture.url}/article` });
  const article = await createArticle(journalist, { title: "Source", url: `${fixture.url}/article`, body: docFromBlocks(preview.blocks), snapshotId: preview.snapshot!.id });
  await createClaim(journalist, article.id, { actor: actor.id, exact: "the units advanced" });

  const before = await rows();
  status = 500;
  expect((await appErrorOf(refreshArticle(journalist, article.id))).details?.reason).toBe("http_status");
  expect(await rows()).toEqual(before);

  status = 200;
  const unchanged = await refreshArticle(journalist, article.id);
  expect(unchanged).toMatchObject({ changed: false, revision: null });
  const after = await rows();
  expect(after.claims).toEqual(before.claims);
  expect(after.revisions).toBe(before.revisions);
  expect(after.snapshots).toBe(before.snapshots + 1);

  page = page.replace("Baku said the report was false.", "Baku said the report was false and provocative.");
  const changed = await refreshArticle(journalist, article.id);
  expect(changed.claims).toEqual({ exact: 1, moved: 0, fuzzy: [], orphaned: [] });
  expect(await getDb().claim.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ anchorStatus: "EXACT", revisionId: changed.revision!.id });
  expect(await codeOf(refreshArticle(await createUserRow("REVIEWER", { disabled: true }), article.id))).toBe("FORBIDDEN");
});
