// Claim search and similar claims over HTTP: filters, refusals (400 with the error shape), the CSV
// download (type, escaping, formula guard), and 404s. Every test searches for a word only it wrote,
// so the shared database's other claims never count.
import { randomUUID } from "node:crypto";
import { signedIn, type HttpSession } from "../helpers/http-session";
import { json } from "../helpers/api-assertions";

const marker = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;

type Result = { id: string; exact: string; actor: { name: string }; article: { id: string; title: string }; verdict: unknown; snippet: { text: string; highlights: { start: number; end: number }[] } };

/** An article whose paragraphs are the quotes, each tagged as a claim of the named actor. */
async function articleWith(session: HttpSession, quotes: { actor: string; exact: string }[], publishedAt = "2026-03-14") {
  const article = await json<{ id: string }>(await session.json("/api/v1/articles", "POST", { title: `Search ${marker()}`, text: quotes.map((quote) => quote.exact).join("\n\n"), publishedAt, language: "en" }), 201);
  const claims = [];
  for (const quote of quotes) claims.push(await json<{ id: string }>(await session.json(`/api/v1/articles/${article.id}/claims`, "POST", quote), 201));
  return { articleId: article.id, claims };
}

const search = async (session: HttpSession, params: Record<string, string>) => json<{ items: Result[]; nextCursor: string | null }>(await session.fetch(`/api/v1/claims?${new URLSearchParams(params)}`), 200);

it("filters by words, actor, attribution, status, article and dates, and pages with a cursor", async () => {
  const journalist = await signedIn("journalist@example.org");
  const word = marker();
  const { articleId, claims } = await articleWith(journalist, [
    { actor: "Russia", exact: `Units ${word} crossed the line.` },
    { actor: "Azerbaijan", exact: `The ${word} report is false.` },
  ]);
  const [russian, azerbaijani] = claims;
  const all = await search(journalist, { q: word });
  expect(all.items.map((item) => item.id).sort()).toEqual([russian.id, azerbaijani.id].sort());
  expect(all.items[0].snippet.highlights.length).toBeGreaterThan(0);
  expect((await search(journalist, { q: word, actor: "russia" })).items.map((item) => item.id)).toEqual([russian.id]);
  expect((await search(journalist, { q: word, attribution: "outlet_assertion" })).items).toEqual([]);
  expect((await search(journalist, { q: word, status: "none", article: articleId })).items).toHaveLength(2);
  expect((await search(journalist, { q: word, status: "approved" })).items).toEqual([]);
  expect((await search(journalist, { q: word, rating: "no-such-rating" })).items).toEqual([]);
  expect((await search(journalist, { q: word, from: "2026-03-14", to: "2026-03-14" })).items).toHaveLength(2);
  expect((await search(journalist, { q: word, from: "2026-03-15" })).items).toEqual([]);
  // Blank fields, as a GET form sends them, are no filter.
  expect((await search(journalist, { q: word, actor: "", status: "", from: "" })).items).toHaveLength(2);

  const first = await search(journalist, { q: word, limit: "1" });
  expect(first.items).toHaveLength(1);
  const second = await search(journalist, { q: word, limit: "1", cursor: first.nextCursor ?? "" });
  expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([russian.id, azerbaijani.id].sort());
  expect(second.nextCursor).toBeNull();
});

it("answers 400 with the error shape to a bad query, 422 to an unknown actor", async () => {
  const journalist = await signedIn("journalist@example.org");
  for (const query of ["from=2026-13-01", "from=yesterday", "limit=0", "limit=101", "status=maybe", "attribution=rumour", "cursor=%21%21", "cursor=bm90LWpzb24", "from=2026-03-02&to=2026-03-01", `q=${"x".repeat(201)}`]) {
    const body = await json<{ error: { code: string; message: string } }>(await journalist.fetch(`/api/v1/claims?${query}`), 400);
    expect(body.error.code).toBe("INVALID_INPUT");
  }
  expect((await journalist.fetch(`/api/v1/claims?actor=${marker()}`)).status).toBe(422);
  expect((await journalist.fetch(`/api/v1/claims/export.csv?limit=5&from=nope`)).status).toBe(400);
});

it("downloads the same search as CSV, escaped and defused", async () => {
  const journalist = await signedIn("journalist@example.org");
  const word = marker();
  const { claims } = await articleWith(journalist, [
    { actor: "Russia", exact: `=HYPERLINK("x") ${word}, with "quotes", and a comma` },
    { actor: "Armenia", exact: `Another ${word} line` },
  ]);
  const response = await journalist.fetch(`/api/v1/claims/export.csv?q=${word}&actor=russia`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claims\.csv"/);
  const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("claim id,date,actor,quote,attribution,note,article,article id,verdict status,rating,link");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${claims[0].id},2026-03-14,Russia,"'=HYPERLINK(""x"") ${word}, with ""quotes"", and a comma",`);
  expect(lines[1]).toContain(`/articles/`);
});

it("lists similar claims of the same actor in other articles, and 404s for an unknown or malformed claim", async () => {
  const journalist = await signedIn("journalist@example.org");
  const word = marker();
  const quote = `Azerbaijani units ${word} crossed the line of contact near Lachin overnight`;
  const { claims: [original] } = await articleWith(journalist, [{ actor: "Azerbaijan", exact: quote }]);
  const { claims: [repeat, elsewhere] } = await articleWith(journalist, [
    { actor: "Azerbaijan", exact: `Overnight, Azerbaijani units ${word} crossed the line of contact near Lachin` },
    { actor: "Russia", exact: `${quote}.` },
  ]);
  const similar = await json<{ items: (Result & { score: number; approvedVerdict: unknown })[]; nextCursor: null }>(await journalist.fetch(`/api/v1/claims/${original.id}/similar`), 200);
  expect(similar.items.map((item) => item.id)).toContain(repeat.id);
  expect(similar.items.map((item) => item.id)).not.toContain(elsewhere.id);
  expect(similar.items.find((item) => item.id === repeat.id)).toMatchObject({ approvedVerdict: null, actor: { name: "Azerbaijan" } });

  await json(await journalist.json(`/api/v1/claims/${original.id}/links`, "POST", { targetClaimId: repeat.id, kind: "same_claim" }), 201);
  const after = await json<{ items: { id: string }[] }>(await journalist.fetch(`/api/v1/claims/${original.id}/similar`), 200);
  expect(after.items.map((item) => item.id)).not.toContain(repeat.id);

  expect((await journalist.fetch("/api/v1/claims/nosuchclaim/similar")).status).toBe(404);
  expect((await journalist.fetch("/api/v1/claims/bad%20id/similar")).status).toBe(404);
  expect((await journalist.fetch(`/api/v1/claims/${original.id}/similar?limit=0`)).status).toBe(400);
});
