// Revisions over HTTP: an edit saved as revision 2 re-anchors the claims, a stale base is a 409
// carrying the current revision, an orphan is re-attached, an old revision restored.
import { countRows, json } from "../helpers/api-assertions";
import { signedIn } from "../helpers/http-session";

const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

it("saves an edit, refuses a stale one, re-attaches an orphan and restores revision 1", async () => {
  const journalist = await signedIn("journalist@example.org");
  const article = await json<{ id: string; revision: { id: string } }>(await journalist.json("/api/v1/articles", "POST", { title: `Revisions ${Date.now()}`, body: doc("Moscow said units crossed the line.", "Baku denied it flatly.") }), 201);
  const denial = await json<{ id: string }>(await journalist.json(`/api/v1/articles/${article.id}/claims`, "POST", { actor: "Baku", exact: "denied it flatly" }), 201);

  const saved = await json<{ revision: { number: number }; claims: { orphaned: { id: string }[] } }>(
    await journalist.json(`/api/v1/articles/${article.id}/revisions`, "POST", { body: doc("Moscow said units crossed the line."), baseRevisionId: article.revision.id }),
    201,
  );
  expect(saved).toMatchObject({ revision: { number: 2 }, claims: { orphaned: [{ id: denial.id }] } });

  const revisions = await countRows("ArticleRevision", article.id);
  const stale = await json<{ error: { code: string; details: { current: { number: number } } } }>(
    await journalist.json(`/api/v1/articles/${article.id}/revisions`, "POST", { body: doc("Something else."), baseRevisionId: article.revision.id }),
    409,
  );
  expect(stale.error.details.current.number).toBe(2);
  expect((await journalist.json(`/api/v1/articles/${article.id}/revisions`, "POST", { body: { type: "doc", content: [{ type: "image" }] }, baseRevisionId: article.revision.id })).status).toBe(400);
  expect(await countRows("ArticleRevision", article.id)).toBe(revisions);

  const orphan = (await json<{ claims: { id: string; version: number; anchorStatus: string }[] }>(await journalist.fetch(`/api/v1/articles/${article.id}`), 200)).claims.find((claim) => claim.id === denial.id)!;
  expect(orphan.anchorStatus).toBe("orphaned");
  const reattached = await json<{ exact: string; anchorStatus: string }>(await journalist.json(`/api/v1/claims/${denial.id}/reattach`, "POST", { start: 12, end: 34, version: orphan.version }), 200);
  expect(reattached).toMatchObject({ exact: "units crossed the line", anchorStatus: "exact" });

  const restored = await json<{ revision: { number: number } }>(await journalist.json(`/api/v1/articles/${article.id}/revisions/1/restore`, "POST", {}), 201);
  expect(restored.revision.number).toBe(3);
  const list = await json<{ items: { number: number; current: boolean }[] }>(await journalist.fetch(`/api/v1/articles/${article.id}/revisions`), 200);
  expect(list.items.map((item) => [item.number, item.current])).toEqual([
    [3, true],
    [2, false],
    [1, false],
  ]);
  const comparison = await json<{ diff: { kind: string; text: string }[] }>(await journalist.fetch(`/api/v1/articles/${article.id}/compare?from=2&to=3`), 200);
  expect(comparison.diff).toContainEqual({ kind: "added", text: "Baku denied it flatly." });
  expect((await journalist.fetch(`/api/v1/articles/${article.id}/compare?from=2&to=9`)).status).toBe(404);
});
