// GET /api/v1/admin/export over HTTP: the whole installation as a JSON download, for admins only.
import { randomUUID } from "node:crypto";
import { baseUrl, signedIn } from "../helpers/http-session";

type ExportDocument = { format: string; version: number; exportedAt: string; users: { email: string }[]; articles: { id: string }[]; claims: { id: string; articleId: string }[]; pageSnapshots: object[] };

test("anonymous callers get 401, journalists and reviewers 403", async () => {
  expect((await fetch(`${baseUrl()}/api/v1/admin/export`)).status).toBe(401);
  for (const email of ["journalist@example.org", "reviewer@example.org"]) {
    const response = await (await signedIn(email)).fetch("/api/v1/admin/export");
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  }
});

test("an admin downloads every record, users without password hashes, the article just written included", async () => {
  const admin = await signedIn("admin@example.org");
  const title = `Export check ${randomUUID()}`;
  const created = await admin.json("/api/v1/articles", "POST", { title, text: "Moscow said the troops crossed the line." });
  expect(created.status).toBe(201);
  const article = (await created.json()) as { id: string };
  const claim = await admin.json(`/api/v1/articles/${article.id}/claims`, "POST", { actor: "Moscow", exact: "the troops crossed the line" });
  expect(claim.status).toBe(201);
  const claimId = ((await claim.json()) as { id: string }).id;

  const response = await admin.fetch("/api/v1/admin/export");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="counterclaim-export-[\dTZ-]+\.json"$/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  expect(text).not.toMatch(/passwordHash|\$argon2/);
  const document = JSON.parse(text) as ExportDocument;
  expect(document).toMatchObject({ format: "counterclaim-export", version: 1 });
  expect(document.users.map((user) => user.email)).toEqual(expect.arrayContaining(["admin@example.org", "journalist@example.org"]));
  expect(document.articles.map((row) => row.id)).toContain(article.id);
  expect(document.claims).toContainEqual(expect.objectContaining({ id: claimId, articleId: article.id }));
  for (const snapshot of document.pageSnapshots) expect(snapshot).not.toHaveProperty("body");
});

test("a query it does not know is refused as invalid input", async () => {
  const admin = await signedIn("admin@example.org");
  const response = await admin.fetch("/api/v1/admin/export?pageBodies=yes");
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("INVALID_INPUT");
});
