// Editing and merging actors over HTTP: PATCH /api/v1/actors/:id and POST /api/v1/actors/:id/merge,
// with the status codes of API-CONVENTIONS.md. Actors are created per test (other files share the
// server and its seeded actors), and refusals are checked on those rows, not on table counts.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { baseUrl, HttpSession, signedIn } from "../helpers/http-session";

type Actor = { id: string; name: string; slug: string; color: string; aliases: string[]; parentId: string | null; version: number };
type ErrorBody = { error: { code: string; message: string; details?: { field?: string; current?: Actor } } };

async function json<T>(response: Response, status: number): Promise<T> {
  const body = (await response.json()) as T;
  expect({ status: response.status, body }).toMatchObject({ status });
  return body;
}

/** Claims (live or deleted) attributed to or relayed by an actor, read straight from the database. */
async function claimsOf(actorId: string): Promise<{ actor: number; relayed: number }> {
  const client = new Client({ connectionString: process.env.API_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ actor: string; relayed: string }>(
      `SELECT count(*) FILTER (WHERE "actorId" = $1) AS actor, count(*) FILTER (WHERE "relayedById" = $1) AS relayed FROM "Claim"`,
      [actorId],
    );
    return { actor: Number(rows[0].actor), relayed: Number(rows[0].relayed) };
  } finally {
    await client.end();
  }
}

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

async function newActor(session: HttpSession, fields: Record<string, unknown> = {}): Promise<Actor> {
  return json<Actor>(await session.json("/api/v1/actors", "POST", { name: unique("Actor"), color: "#1f5fa8", ...fields }), 201);
}

describe("PATCH /api/v1/actors/:id", () => {
  it("renames, recolours and edits aliases with the version read; GET returns the same", async () => {
    const journalist = await signedIn("journalist@example.org");
    const actor = await newActor(journalist, { aliases: ["Stepanakert"] });
    const name = unique("Nagorno-Karabakh authorities");
    const updated = await json<Actor>(await journalist.json(`/api/v1/actors/${actor.id}`, "PATCH", { version: 1, name, color: "#14532D", aliases: ["Stepanakert", "Khankendi"] }), 200);
    expect(updated).toMatchObject({ id: actor.id, name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), color: "#14532d", aliases: ["Stepanakert", "Khankendi"], version: 2 });
    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${actor.id}`), 200)).toEqual(updated);
  });

  it("answers 409 with the current actor to a stale version, and to a name that is taken", async () => {
    const journalist = await signedIn("journalist@example.org");
    const reviewer = await signedIn("reviewer@example.org");
    const actor = await newActor(journalist);
    await json(await reviewer.json(`/api/v1/actors/${actor.id}`, "PATCH", { version: 1, aliases: ["Reviewer's alias"] }), 200);
    const stale = await json<ErrorBody>(await journalist.json(`/api/v1/actors/${actor.id}`, "PATCH", { version: 1, name: unique("Lost") }), 409);
    expect(stale.error).toMatchObject({ code: "CONFLICT", details: { current: { id: actor.id, name: actor.name, aliases: ["Reviewer's alias"], version: 2 } } });

    const clash = await json<ErrorBody>(await journalist.json(`/api/v1/actors/${actor.id}`, "PATCH", { version: 2, name: "RUSSIA" }), 409);
    expect(clash.error).toMatchObject({ code: "CONFLICT", details: { field: "name" } });
    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${actor.id}`), 200)).toMatchObject({ name: actor.name, version: 2 });
  });

  it("answers 422 to a pale colour or a cycle, 400 to malformed input, 404 to unknown actors, 403 to a cross-site write; nothing changes", async () => {
    const journalist = await signedIn("journalist@example.org");
    const parent = await newActor(journalist);
    const child = await newActor(journalist, { parentId: parent.id });
    const patch = (body: unknown, id = parent.id) => journalist.json(`/api/v1/actors/${id}`, "PATCH", body);

    expect((await json<ErrorBody>(await patch({ version: 1, color: "#fef08a" }), 422)).error.details?.field).toBe("color");
    expect((await json<ErrorBody>(await patch({ version: 1, parentId: child.id }), 422)).error.details?.field).toBe("parentId");
    expect((await json<ErrorBody>(await patch({ version: 1, parentId: parent.id }), 422)).error.details?.field).toBe("parentId");
    expect((await patch({ name: "No version" })).status).toBe(400);
    expect((await patch({ version: 1, slug: "chosen" })).status).toBe(400);
    expect((await patch({ version: 1, kind: "country" })).status).toBe(400);
    expect((await patch({ version: 1, name: "Anything" }, "nosuchactor")).status).toBe(404);
    expect((await patch({ version: 1, name: "Anything" }, "not-an-id!")).status).toBe(404);
    expect((await journalist.fetch("/api/v1/actors/nosuchactor")).status).toBe(404);
    const crossSite = await journalist.json(`/api/v1/actors/${parent.id}`, "PATCH", { version: 1, name: unique("Cross-site") }, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await new HttpSession().json(`/api/v1/actors/${parent.id}`, "PATCH", { version: 1, name: "Anonymous" })).status).toBe(401);

    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${parent.id}`), 200)).toEqual(parent);
    expect(await json<Actor>(await journalist.fetch(`/api/v1/actors/${child.id}`), 200)).toEqual(child);
  });
});

describe("POST /api/v1/actors/:id/merge", () => {
  /** A duplicate actor with one claim on a new article, and the actor it duplicates. */
  async function duplicateWithClaim(session: HttpSession) {
    const target = await newActor(session, { aliases: ["Moscow office"] });
    const source = await newActor(session, { aliases: ["MOSCOW OFFICE", "Defence ministry"] });
    const article = await json<{ id: string }>(await session.json("/api/v1/articles", "POST", { title: unique("Merge article"), text: "The ministry said its units held their positions." }), 201);
    const claim = await json<{ id: string }>(await session.json(`/api/v1/articles/${article.id}/claims`, "POST", { actor: source.id, exact: "its units held their positions" }), 201);
    return { target, source, article, claim };
  }

  it("moves the claims to the target, which gains the name and aliases, and deletes the source", async () => {
    const reviewer = await signedIn("reviewer@example.org");
    const { target, source, article, claim } = await duplicateWithClaim(reviewer);
    expect(await claimsOf(source.id)).toEqual({ actor: 1, relayed: 0 });

    const merged = await json<Actor>(await reviewer.json(`/api/v1/actors/${source.id}/merge`, "POST", { intoActorId: target.id, version: source.version }), 200);
    expect(merged).toMatchObject({ id: target.id, aliases: ["Moscow office", source.name, "Defence ministry"], version: 2 });
    expect(await claimsOf(source.id)).toEqual({ actor: 0, relayed: 0 });
    expect(await claimsOf(target.id)).toEqual({ actor: 1, relayed: 0 });
    expect((await reviewer.fetch(`/api/v1/actors/${source.id}`)).status).toBe(404);
    const read = await json<{ claims: { id: string; actor: { id: string } }[] }>(await reviewer.fetch(`/api/v1/articles/${article.id}`), 200);
    expect(read.claims).toEqual([expect.objectContaining({ id: claim.id, actor: expect.objectContaining({ id: target.id }) })]);
  });

  it("refuses a journalist (403), itself (422), a stale version (409), unknown actors (404) and a malformed body (400); the claim stays put", async () => {
    const journalist = await signedIn("journalist@example.org");
    const admin = await signedIn("admin@example.org");
    const { target, source } = await duplicateWithClaim(journalist);
    await json(await journalist.json(`/api/v1/actors/${source.id}`, "PATCH", { version: 1, color: "#7e22ce" }), 200);
    const merge = (session: HttpSession, body: unknown, id = source.id) => session.json(`/api/v1/actors/${id}/merge`, "POST", body);

    expect((await json<ErrorBody>(await merge(journalist, { intoActorId: target.id }), 403)).error.code).toBe("FORBIDDEN");
    expect((await json<ErrorBody>(await merge(admin, { intoActorId: source.id }), 422)).error.code).toBe("UNPROCESSABLE");
    const stale = await json<ErrorBody>(await merge(admin, { intoActorId: target.id, version: 1 }), 409);
    expect(stale.error.details?.current).toMatchObject({ id: source.id, color: "#7e22ce", version: 2 });
    expect((await merge(admin, { intoActorId: "nosuchactor" })).status).toBe(404);
    expect((await merge(admin, { intoActorId: target.id }, "nosuchactor")).status).toBe(404);
    expect((await merge(admin, { into: target.id })).status).toBe(400);

    expect(await claimsOf(source.id)).toEqual({ actor: 1, relayed: 0 });
    expect(await json<Actor>(await admin.fetch(`/api/v1/actors/${target.id}`), 200)).toEqual(target);
  });

  it("is listed in the OpenAPI document with its body", async () => {
    const document = (await (await fetch(`${baseUrl()}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(document.paths["/api/v1/actors/{id}/merge"].post.requestBody).toBeDefined();
    expect(Object.keys(document.paths["/api/v1/actors/{id}"]).sort()).toEqual(["get", "patch"]);
  });
});
