// The annotation API over HTTP: article -> claims -> rebuttal -> evidence, and how it refuses.
import { bearer, signedIn, type HttpSession } from "../helpers/http-session";
import { countArticlesTitled, countRows, json } from "../helpers/api-assertions";

const TEXT = `Moscow accused Baku of moving troops.\n\nBaku said the claim "does not correspond to reality".`;

type Claim = { id: string; version: number; start: number; end: number; exact: string; attribution: string; actor: { name: string }; links: { kind: string; fromClaimId: string }[]; evidence: { url: string }[] };

async function newArticle(session: HttpSession): Promise<string> {
  return (await json<{ id: string }>(await session.json("/api/v1/articles", "POST", { title: `API article ${Date.now()}`, text: TEXT, publishedAt: "2026-03-14", language: "en" }), 201)).id;
}

it("builds a small claim map through the API and reads it back", async () => {
  const journalist = await signedIn("journalist@example.org");
  const articleId = await newArticle(journalist);

  const accusation = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Moscow", start: 0, end: 37 }), 201);
  expect(accusation).toMatchObject({ exact: "Moscow accused Baku of moving troops.", actor: { name: "Russia" }, attribution: "paraphrase" });
  const denial = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Baku", exact: "does not correspond to reality" }), 201);
  expect(denial.attribution).toBe("direct_quote");

  await json(await journalist.json(`/api/v1/claims/${denial.id}/links`, "POST", { targetClaimId: accusation.id, kind: "rebuts" }), 201);
  await json(await journalist.json(`/api/v1/claims/${accusation.id}/evidence`, "POST", { url: "https://example.org/satellite", title: "Imagery", kind: "imagery", stance: "context" }), 201);

  const article = await json<{ text: string; claims: Claim[] }>(await journalist.fetch(`/api/v1/articles/${articleId}`), 200);
  const read = new Map(article.claims.map((claim) => [claim.id, claim]));
  expect(read.get(accusation.id)?.links).toEqual([expect.objectContaining({ kind: "rebuts", fromClaimId: denial.id })]);
  expect(read.get(accusation.id)?.evidence).toEqual([expect.objectContaining({ url: "https://example.org/satellite" })]);

  const search = await json<{ items: { id: string }[] }>(await journalist.fetch(`/api/v1/claims?q=${encodeURIComponent("correspond to reality")}&actor=Azerbaijan`), 200);
  expect(search.items.map((item) => item.id)).toContain(denial.id);
  const actors = await json<{ items: { name: string; aliases: string[] }[] }>(await journalist.fetch("/api/v1/actors"), 200);
  expect(actors.items.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Russia", "Azerbaijan", "Armenia"]));
});

it("refuses bad claims with 422/400 and writes nothing", async () => {
  const journalist = await signedIn("journalist@example.org");
  const articleId = await newArticle(journalist);
  const before = await countRows("Claim", articleId);
  const post = (body: unknown) => journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", body);
  expect((await post({ actor: "Russia", start: 0, end: 10_000 })).status).toBe(422);
  expect((await post({ actor: "Russia", exact: "not in the text" })).status).toBe(422);
  expect((await post({ actor: "Atlantis", start: 0, end: 6 })).status).toBe(422);
  expect((await post({ actor: "Russia", start: 6, end: 6 })).status).toBe(400);
  expect((await post({ actor: "Russia", start: "0", end: 6 })).status).toBe(400);
  expect((await journalist.json(`/api/v1/articles/nosucharticle/claims`, "POST", { actor: "Russia", start: 0, end: 6 })).status).toBe(404);
  expect(await countRows("Claim", articleId)).toBe(before);
});

it("answers 409 with the current claim to a stale edit, 403 to a delete by someone else, 404 afterwards", async () => {
  const journalist = await signedIn("journalist@example.org");
  const reviewer = await signedIn("reviewer@example.org");
  const articleId = await newArticle(journalist);
  const claim = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Russia", start: 0, end: 6 }), 201);

  await json(await reviewer.json(`/api/v1/claims/${claim.id}`, "PATCH", { version: 1, note: "checked the wire copy" }), 200);
  const conflict = await json<{ error: { code: string; details: { current: Claim & { note: string } } } }>(await journalist.json(`/api/v1/claims/${claim.id}`, "PATCH", { version: 1, note: "mine" }), 409);
  expect(conflict.error.details.current).toMatchObject({ id: claim.id, version: 2, note: "checked the wire copy" });

  expect((await reviewer.json(`/api/v1/claims/${claim.id}`, "DELETE", {})).status).toBe(403);
  expect((await journalist.json(`/api/v1/claims/${claim.id}`, "DELETE", {})).status).toBe(204);
  expect((await journalist.json(`/api/v1/claims/${claim.id}`, "PATCH", { version: 3, note: "gone" })).status).toBe(404);
});

it("refuses self-links, unsafe evidence URLs and pale actor colours, writing nothing", async () => {
  const journalist = await signedIn("journalist@example.org");
  const articleId = await newArticle(journalist);
  const claim = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Armenia", start: 0, end: 6 }), 201);
  const before = { links: await countRows("ClaimLink", articleId), evidence: await countRows("Evidence", articleId) };
  expect((await journalist.json(`/api/v1/claims/${claim.id}/links`, "POST", { targetClaimId: claim.id, kind: "rebuts" })).status).toBe(422);
  expect((await journalist.json(`/api/v1/claims/${claim.id}/links`, "POST", { targetClaimId: claim.id, kind: "contradicts" })).status).toBe(400);
  expect((await journalist.json(`/api/v1/claims/${claim.id}/evidence`, "POST", { url: "javascript:alert(1)" })).status).toBe(400);
  expect((await journalist.json(`/api/v1/actors`, "POST", { name: "Pale", color: "#fef08a" })).status).toBe(422);
  expect({ links: await countRows("ClaimLink", articleId), evidence: await countRows("Evidence", articleId) }).toEqual(before);
});

it("works with a Bearer token, and only an article's creator or an admin deletes it", async () => {
  const journalist = await signedIn("journalist@example.org");
  const token = (await (await journalist.json("/api/v1/tokens", "POST", { name: "annotations" })).json()) as { secret: string };
  const created = await bearer("/api/v1/articles", token.secret, { method: "POST", body: JSON.stringify({ title: "By script", text: "Yerevan called it an invasion." }), headers: { "content-type": "application/json" } });
  const { id } = await json<{ id: string }>(created, 201);
  const reviewer = await signedIn("reviewer@example.org");
  expect((await reviewer.json(`/api/v1/articles/${id}`, "DELETE", {})).status).toBe(403);
  expect((await bearer(`/api/v1/articles/${id}`, token.secret, { method: "DELETE" })).status).toBe(204);
  expect((await journalist.fetch(`/api/v1/articles/${id}`)).status).toBe(404);
});

it("creates a rebuttal and its link in one request, and posts a rich-text article as a document", async () => {
  const journalist = await signedIn("journalist@example.org");
  const articleId = await newArticle(journalist);
  const accusation = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Moscow", start: 0, end: 37 }), 201);
  const denial = await json<Claim>(await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Baku", exact: "does not correspond to reality", rebuts: accusation.id }), 201);
  expect(denial.links).toEqual([expect.objectContaining({ kind: "rebuts", fromClaimId: denial.id })]);

  const before = { claims: await countRows("Claim", articleId), links: await countRows("ClaimLink", articleId) };
  const refused = await journalist.json(`/api/v1/articles/${articleId}/claims`, "POST", { actor: "Baku", exact: "Baku said", rebuts: "nosuchclaim" });
  expect(refused.status).toBe(404);
  expect({ claims: await countRows("Claim", articleId), links: await countRows("ClaimLink", articleId) }).toEqual(before);

  const doc = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Yerevan" }] },
      { type: "paragraph", content: [{ type: "text", text: "Armenia denounced an " }, { type: "text", text: "invasion", marks: [{ type: "italic" }] }, { type: "text", text: "." }] },
    ],
  };
  const rich = await json<{ text: string; body: unknown }>(await journalist.json("/api/v1/articles", "POST", { title: "Rich", body: doc }), 201);
  expect(rich.text).toBe("Yerevan\n\nArmenia denounced an invasion.");
  const articles = await countArticlesTitled("Script");
  const bad = await json<{ error: { code: string; details?: unknown } }>(await journalist.json("/api/v1/articles", "POST", { title: "Script", body: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } }), 400);
  expect(bad.error.code).toBe("INVALID_INPUT");
  expect(await countArticlesTitled("Script")).toBe(articles);
});
