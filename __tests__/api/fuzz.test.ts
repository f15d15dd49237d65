// Property-based fuzzing of every /api/v1 operation over HTTP. The routes, their bodies and their
// queries come from the OpenAPI document (lib/validation/openapi.ts), so a new route is fuzzed with
// no edit here. Each run sends a body that is nearly valid (so it reaches past the first check) with
// one hostile twist: a wrong type, a string over its limit, NUL bytes, lone surrogates, bytes that
// are not UTF-8, numbers out of range, an extra key, deep nesting, or a path id that is not an id.
// Every answer must be below 500, a refusal must have the one error shape with its table status,
// and a refusal must write nothing (a fingerprint of every row the fuzzing user can write).
// FUZZ_SEED and FUZZ_RUNS reproduce or widen a run; the seed is printed with any failure.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { Client } from "pg";
import { buildOpenApiDocument } from "@/lib/validation/openapi";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { LIMITS } from "@/lib/validation/limits";
import { json } from "../helpers/api-assertions";
import { baseUrl, bearer, signedIn } from "../helpers/http-session";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
// A cap for a file that sends about two thousand requests on a busy machine, not a performance assertion.
jest.setTimeout(600_000);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
};
type Parameter = { name: string; in: "path" | "query"; schema: JsonSchema };
type OperationDoc = { parameters?: Parameter[]; requestBody?: { content: { "application/json": { schema: JsonSchema } } } };
type Route = { path: string; method: string; pathParams: string[]; query: Record<string, JsonSchema>; body?: JsonSchema; hasGetOnPath: boolean };

const DOCUMENT = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, OperationDoc>> };
const ROUTES: Route[] = Object.entries(DOCUMENT.paths).flatMap(([path, operations]) =>
  Object.entries(operations).map(([method, operation]) => ({
    path,
    method: method.toUpperCase(),
    pathParams: (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
    query: Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, p.schema])),
    body: operation.requestBody?.content["application/json"].schema,
    hasGetOnPath: "get" in operations,
  })),
);

// ---- Raw tokens: JSON.stringify cannot write -0, 1e400, or 10,000 nested arrays, so they are
// placeholders replaced in the serialised text.
const RAW = "\u0001raw:";
const raw = (text: string) => `${RAW}${text}\u0001`;
const DEEP = 10_000;
const RAW_TOKENS = ["-0", "1e308", "-1e308", "1e400", "9007199254740993", "-9007199254740993", "1.5", "-1", "0", `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`, `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`];
function serialise(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:(.*?)\\u0001"/g, (_, token: string) => token.replace(/\\"/g, '"'));
}

// ---- Hostile values
const HUGE = LIMITS.jsonBodyBytes / 4; // far over every string limit, under the body cap
const hostileString = (limit?: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant("a\u0000b"),
    fc.constant("\u0000"),
    fc.constant("\ud800"),
    fc.constant("x\udfffy\ud83d"),
    fc.constant("<img src=x onerror=alert(1)>\"><script>alert(1)</script>"),
    fc.constant("{{constructor.constructor('return 1')()}}"),
    fc.constant("javascript:alert(1)"),
    fc.constant("' OR 1=1 --"),
    fc.constant("NaN"),
    fc.constant("Infinity"),
    fc.constant("1e308"),
    fc.constant("-0"),
    fc.constant("__proto__"),
    fc.constant(" \t\n "),
    fc.constant(""),
    fc.constant("x".repeat((limit ?? 300) + 1)),
    fc.constant("é".repeat(HUGE)),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
const hostileValue = (schema?: JsonSchema): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileString(schema?.maxLength),
    fc.constantFrom(...RAW_TOKENS.map(raw)),
    fc.constantFrom<unknown>(null, true, false, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5, [], {}, [null], { $gt: "" }, ["a", 1, null]),
    fc.array(fc.constant("x"), { minLength: 101, maxLength: 150 }),
    fc.jsonValue({ maxDepth: 3 }),
  );

// ---- Nearly valid values, from the JSON Schema and the fixtures (ids by property name)
type Fixtures = { [key: string]: string | number | string[]; ids: string[] };
const tiptapDoc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const CURRENT_VERSION = "\u0001current-version\u0001";
const OMIT = Symbol("omitted");

function validish(schema: JsonSchema | undefined, name: string, fixtures: Fixtures): fc.Arbitrary<unknown> {
  if (!schema || Object.keys(schema).length === 0) {
    if (/body|rationale|doc/i.test(name)) return fc.string({ maxLength: 60 }).map((text) => tiptapDoc(text || "text"));
    return fc.jsonValue({ maxDepth: 2 });
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => validish(alternative, name, fixtures)));
  if (schema.allOf?.length) return validish(schema.allOf[0], name, fixtures);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (name === "version") return fc.constantFrom<unknown>(CURRENT_VERSION, CURRENT_VERSION, 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return validString(schema, name, fixtures);
    case "integer":
    case "number": {
      // Small numbers: offsets inside the fixture article's text, versions, limits.
      const min = schema.minimum ?? 0;
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 100, min + 100) });
    }
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(validish(schema.items, name, fixtures), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case "object": {
      const properties = schema.properties ?? {};
      // Optional keys mostly left out: each one is another chance to be refused before lib/db is reached.
      const required = new Set(schema.required ?? []);
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, property]) => [key, required.has(key) ? validish(property, key, fixtures) : fc.oneof({ weight: 3, arbitrary: fc.constant(OMIT) }, { weight: 1, arbitrary: validish(property, key, fixtures) })]),
      );
      return fc.record(model).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== OMIT)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: JsonSchema, name: string, fixtures: Fixtures): fc.Arbitrary<string> {
  if (schema.format === "uri" || /url/i.test(name)) return fc.constantFrom("https://example.org/report", "http://192.0.2.1/page", "https://127.0.0.1:9/x");
  if (schema.format === "date") return fc.constant("2026-01-02");
  if (schema.format === "date-time" || /At$/.test(name)) return fc.constant(new Date(Date.UTC(2026, 0, 2)).toISOString());
  if (schema.format === "email") return fc.uuid().map((uuid) => `fuzz-${uuid}@example.org`);
  if (schema.pattern && !/(^|[a-z])Ids?$|^id$|^rebuts$|^cursor$|^verdict$/.test(name)) {
    // A pattern we cannot invert: values of the usual shapes that match it (a colour, a language, an id).
    const pattern = new RegExp(schema.pattern);
    const matching = ["#224466", "#883300", "en", "fr-CA", "2026-01-02", ...fixtures.ids, "fuzz"].filter((candidate) => pattern.test(candidate));
    if (matching.length) return fc.constantFrom(...matching);
  }
  if (/password/i.test(name)) return fc.constant("a fuzz password 123");
  if (/(^|[a-z])Ids?$|^id$|^actor$|^relayedBy$|^rebuts$|^cursor$|^verdict$|^articleId$/.test(name)) return fc.constantFrom(...fixtures.ids);
  if (name === "format") return fc.constantFrom("html", "md", "csv", "w3c", "claimreview");
  if (name === "rating") return fc.constantFrom(String(fixtures.ratingKey), "false", "true");
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ minLength: Math.max(1, schema.minLength ?? 0), maxLength: Math.max(maxLength, schema.minLength ?? 1) }) },
    { weight: 3, arbitrary: fc.constantFrom("Fuzz words of the article", "The ministry said", "<script>window.__xss=1</script>", "\"><svg onload=alert(1)>").filter((value) => value.length <= (schema.maxLength ?? 1e9)) },
  );
}

// ---- One request: a nearly valid body with one twist, a query, a path
type Twist =
  | { kind: "none" }
  | { kind: "property"; at: number; value: unknown }
  | { kind: "extraKey"; key: string; value: unknown }
  | { kind: "wholeBody"; value: unknown }
  | { kind: "rawBytes"; bytes: readonly number[] }
  | { kind: "notJson"; text: string };

const twist = (schema?: JsonSchema): fc.Arbitrary<Twist> =>
  fc.oneof(
    // Untwisted, nearly valid bodies too, so that runs also get past validation into lib/db.
    { weight: 4, arbitrary: fc.constant<Twist>({ kind: "none" }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("property" as const), at: fc.nat(), value: hostileValue() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("extraKey" as const), key: fc.constantFrom("extra", "__proto__", "constructor", "id", "createdById", "role", "\u0000"), value: hostileValue() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("wholeBody" as const), value: hostileValue(schema) }) },
    // Bytes that are not UTF-8: a lone surrogate's encoding, overlong forms, stray continuation bytes.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("rawBytes" as const), bytes: fc.constantFrom([0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xff, 0xfe], [0x80], [0xf4, 0x90, 0x80, 0x80]) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("notJson" as const), text: fc.constantFrom("", "{", "{\"a\":1,}", "undefined", "[1,2", "\u0000", "{\"a\":\"\\ud800\"}") }) },
  );

const HOSTILE_IDS = ["", "..", "../../etc/passwd", "%00", "a%00b", "%ED%A0%80", "%FF", "x".repeat(65), "'%20OR%201=1", "1e308", "-0", "NaN", "-1", "9007199254740993", "%F0%9F%92%A5", "null", "undefined", "__proto__", "%3Cscript%3E"];

type Sample = { params: Record<string, string>; query: Record<string, unknown>; queryTwist: { name: string; value: string } | null; body: unknown; twist: Twist };

function sampleFor(route: Route, fixtures: Fixtures): fc.Arbitrary<Sample> {
  const params = fc.record(
    Object.fromEntries(route.pathParams.map((name) => [name, fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...realIdsFor(route, name, fixtures)) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_IDS) })])),
  ) as fc.Arbitrary<Record<string, string>>;
  const queryModel = Object.fromEntries(Object.entries(route.query).map(([name, schema]) => [name, validish(schema, name, fixtures).map((value) => (typeof value === "object" ? JSON.stringify(value) : String(value)))]));
  const query = fc.record(queryModel, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  const queryNames = Object.keys(route.query);
  const queryTwist = queryNames.length
    ? fc.option(fc.record({ name: fc.constantFrom(...queryNames), value: fc.constantFrom("NaN", "1e308", "-0", "9007199254740993", "-1", "0", "", "%00", "%ED%A0%80", "%FF", "x".repeat(5000), "a&a=b", "[]", "%3Cscript%3E") }))
    : fc.constant(null);
  const body = route.body ? validish(route.body, "body", fixtures) : fc.constant(undefined);
  return fc.record({ params, query, queryTwist, body, twist: route.body ? twist(route.body) : fc.constant<Twist>({ kind: "none" }) });
}

/** Real ids for a path parameter, by the resource named before it; a resource we hold no fixture for gets hostile ids only. */
function realIdsFor(route: Route, name: string, fixtures: Fixtures): string[] {
  // Deleting our own fixtures would only test the 204: destructive routes get ids that are not ids.
  if (route.method === "DELETE") return HOSTILE_IDS;
  const segments = route.path.split("/");
  const resource = segments[segments.indexOf(`{${name}}`) - 1];
  const id = fixtures[`${resource}:${name}`];
  return id === undefined ? HOSTILE_IDS : [String(id)];
}

function applyTwist(body: unknown, change: Twist): string | Buffer | undefined {
  if (body === undefined && change.kind === "none") return undefined;
  switch (change.kind) {
    case "none":
      return serialise(body);
    case "property": {
      if (body === null || typeof body !== "object" || Array.isArray(body)) return serialise(body);
      const keys = Object.keys(body);
      if (!keys.length) return serialise({ value: change.value });
      return serialise({ ...body, [keys[change.at % keys.length]]: change.value });
    }
    case "extraKey":
      return `${serialise(body).replace(/}$/, "")}${serialise(body) === "{}" ? "" : ","}${JSON.stringify(change.key)}:${serialise(change.value)}}`;
    case "wholeBody":
      return serialise(change.value);
    case "rawBytes": {
      const text = serialise(body);
      const at = text.indexOf('"') >= 0 ? text.indexOf('"') + 1 : 0;
      return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(change.bytes), Buffer.from(text.slice(at))]);
    }
    case "notJson":
      return change.text;
  }
}

// ---- The fixtures: a fuzzing admin of its own, so everything it writes can be counted
let adminToken = "";
let fuzzUserId = "";
let db: Client;

/**
 * Every row the fuzzing user can have written, and the records it may edit: unchanged by a refusal.
 * The desk settings are one row that other test files edit at the same time: a settings write by the
 * fuzzer shows as its own audit event (lib/db/desk-settings.ts records one in the same transaction).
 */
async function fingerprint(fixtures: Fixtures): Promise<unknown> {
  const { rows } = await db.query(
    `SELECT
      (SELECT count(*) FROM "AuditEvent" WHERE "userId" = $1) AS audit,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "Article" WHERE "createdById" = $1) AS articles,
      (SELECT count(*) FROM "ArticleRevision" WHERE "createdById" = $1) AS revisions,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "Claim" WHERE "createdById" = $1) AS claims,
      (SELECT count(*) FROM "ClaimAnchor" a JOIN "Claim" c ON c.id = a."claimId" WHERE c."createdById" = $1) AS anchors,
      (SELECT count(*) FROM "ClaimLink" WHERE "createdById" = $1) AS links,
      (SELECT count(*) FROM "Evidence" WHERE "createdById" = $1) AS evidence,
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "Verdict" WHERE "authorId" = $1) AS verdicts,
      (SELECT count(*) FROM "VerdictEvent" WHERE "byId" = $1) AS "verdictEvents",
      (SELECT count(*) FROM "PageSnapshot" WHERE "createdById" = $1) AS snapshots,
      (SELECT count(*) FROM "SuggestionDecision" WHERE "userId" = $1) AS decisions,
      (SELECT count(*) || ':' || count("revokedAt") FROM "ApiToken" WHERE "userId" = $1) AS tokens,
      (SELECT string_agg(version || ':' || "updatedAt"::text, ',' ORDER BY id) FROM "Actor" WHERE id = ANY($2)) AS actors,
      (SELECT string_agg("updatedAt"::text || ':' || "sessionVersion", ',') FROM "User" WHERE id = ANY($2)) AS users,
      (SELECT string_agg(label || ':' || definition, ',') FROM "Rating" WHERE key = $3) AS rating`,
    [fuzzUserId, fixtures.ids, String(fixtures.ratingKey)],
  );
  return rows[0];
}

async function api<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  const response = await bearer(path, adminToken, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }) });
  return json<T>(response, response.status < 300 ? response.status : 201);
}

/** Fresh records for one route: its runs may edit, merge or orphan them without touching other routes'. */
async function createFixtures(): Promise<Fixtures> {
  const tag = randomUUID().slice(0, 8);
  const actor = await api<{ id: string }>("/api/v1/actors", "POST", { name: `Fuzz actor ${tag}`, color: "#224466", aliases: [`Fuzzland ${tag}`] });
  const other = await api<{ id: string }>("/api/v1/actors", "POST", { name: `Fuzz other ${tag}`, color: "#883300" });
  const text = "Fuzz words of the article. The ministry said the road was open. Others said it was closed on Monday.";
  const article = await api<{ id: string }>("/api/v1/articles", "POST", { title: `Fuzz article ${tag}`, text });
  const claim = await api<{ id: string }>(`/api/v1/articles/${article.id}/claims`, "POST", { actor: actor.id, start: 27, end: 62 });
  const rebuttal = await api<{ id: string }>(`/api/v1/articles/${article.id}/claims`, "POST", { actor: other.id, start: 63, end: 100, rebuts: claim.id });
  const evidence = await api<{ id: string }>(`/api/v1/claims/${claim.id}/evidence`, "POST", { url: "https://example.org/e", title: "Evidence" });
  const verdict = await api<{ id: string }>(`/api/v1/claims/${claim.id}/verdict`, "PUT", { claimSummary: "The road was open", rating: "false", rationale: tiptapDoc("Because.") });
  const user = await api<{ id: string }>("/api/v1/users", "POST", { email: `fuzz-victim-${tag}@example.org`, name: "Fuzz victim", role: "JOURNALIST", password: "a fuzz password 123" });
  const ratingKey = `fuzz-${tag}`;
  await db.query(`INSERT INTO "Rating" (id, key, label, definition, color, position) VALUES ($1, $2, $3, 'Fuzz rating', '#555555', 900)`, [`fuzzrating${tag}`, ratingKey, `Fuzz ${tag}`]);
  return {
    "articles:id": article.id,
    "claims:id": claim.id,
    "actors:id": actor.id,
    "verdicts:id": verdict.id,
    "users:id": user.id,
    "ratings:key": ratingKey,
    "revisions:number": 1,
    "evidence:id": evidence.id,
    ratingKey,
    ids: [actor.id, other.id, article.id, claim.id, rebuttal.id, evidence.id, verdict.id, user.id],
  };
}

beforeAll(async () => {
  db = new Client({ connectionString: process.env.API_DATABASE_URL });
  await db.connect();
  const admin = await signedIn("admin@example.org");
  const email = `fuzz-admin-${randomUUID()}@example.org`;
  const fuzzAdmin = await json<{ id: string }>(await admin.json("/api/v1/users", "POST", { email, name: "Fuzz admin", role: "ADMIN", password: "a fuzz password 123" }), 201);
  fuzzUserId = fuzzAdmin.id;
  const session = await signedIn(email, "a fuzz password 123");
  adminToken = (await json<{ secret: string }>(await session.json("/api/v1/tokens", "POST", { name: "fuzz" }), 201)).secret;
});

afterAll(async () => {
  await db?.end();
  const lines = Object.entries(TALLIES).map(([route, tally]) => `${route.padEnd(58)} ${["2xx", "4xx", "5xx"].map((bucket) => `${bucket} ${String(tally[bucket] ?? 0).padStart(3)}`).join("  ")}`);
  console.log(`Fuzzing, seed ${SEED}, ${RUNS} runs per route:\n${lines.join("\n")}`);
});

/** Answers per route by status class, printed at the end: how far the runs got past validation. */
const TALLIES: Record<string, Record<string, number>> = {};

const ERROR_KEYS = new Set(["code", "message", "details"]);

function urlFor(route: Route, sample: Sample): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = sample.params[name];
    // Hostile ids are already percent-encoded (some on purpose as bytes that are not UTF-8).
    return HOSTILE_IDS.includes(value) ? value : encodeURIComponent(value);
  });
  const pairs = Object.entries(sample.query).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  if (sample.queryTwist) pairs.push(`${encodeURIComponent(sample.queryTwist.name)}=${/%/.test(sample.queryTwist.value) ? sample.queryTwist.value : encodeURIComponent(sample.queryTwist.value)}`);
  return pairs.length ? `${path}?${pairs.join("&")}` : path;
}

/** A live stream's body never ends: cancelled unread (true), so a caller does not wait on it. */
function isEventStream(response: Response): boolean {
  if (!response.headers.get("content-type")?.startsWith("text/event-stream")) return false;
  void response.body?.cancel();
  return true;
}

async function currentVersion(route: Route, sample: Sample, fixtures: Fixtures): Promise<number> {
  const realParams = route.pathParams.length > 0 && route.pathParams.every((name) => realIdsFor(route, name, fixtures).includes(sample.params[name]));
  if (!route.hasGetOnPath || !realParams) return 987_654;
  const response = await bearer(urlFor(route, { ...sample, query: {}, queryTwist: null }), adminToken);
  if (isEventStream(response)) return 987_654;
  const body = (await response.json().catch(() => ({}))) as { version?: number };
  return typeof body.version === "number" ? body.version : 987_654;
}

async function send(route: Route, sample: Sample, fixtures: Fixtures): Promise<{ status: number; contentType: string; text: string; sent: string }> {
  const version = await currentVersion(route, sample, fixtures);
  let payload = applyTwist(sample.body, sample.twist);
  if (typeof payload === "string") payload = payload.replaceAll(JSON.stringify(CURRENT_VERSION), String(version));
  else if (payload) payload = Buffer.from(payload.toString("latin1").replaceAll(JSON.stringify(CURRENT_VERSION), String(version)), "latin1");
  const url = urlFor(route, sample);
  const headers: Record<string, string> = payload === undefined ? {} : { "content-type": "application/json" };
  const response = await bearer(url, adminToken, { method: route.method, headers, ...(payload === undefined ? {} : { body: typeof payload === "string" ? payload : new Uint8Array(payload) }) });
  // A live stream (text/event-stream) never ends: its status and headers are the answer.
  const text = isEventStream(response) ? "" : await response.text();
  const shown = typeof payload === "string" ? payload : payload ? `<bytes> ${payload.toString("latin1")}` : "";
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, sent: `${route.method} ${url} ${shown.length > 300 ? `${shown.slice(0, 300)}… (${shown.length} chars)` : shown}` };
}

/** The failures a run can find, as one message (fast-check adds the seed and the shrunk sample). */
function check(result: Awaited<ReturnType<typeof send>>, before: unknown, after: unknown): string | null {
  const { status, contentType, text, sent } = result;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  // PDF export without Chromium is the one 503 by design: FEATURE_UNAVAILABLE in the error shape.
  if (status >= 500 && !(status === 503 && error?.code === "FEATURE_UNAVAILABLE")) return `${status} for ${sent}: ${text.slice(0, 500)}`;
  if (status < 400) return null;
  if (!/^application\/json/.test(contentType) || !error || Object.keys(body as object).length !== 1) return `error not in the one shape (${status}, ${contentType}) for ${sent}: ${text.slice(0, 300)}`;
  if (typeof error.code !== "string" || typeof error.message !== "string" || Object.keys(error).some((key) => !ERROR_KEYS.has(key))) return `error fields wrong for ${sent}: ${text.slice(0, 300)}`;
  if (error.details !== undefined && (typeof error.details !== "object" || error.details === null || Array.isArray(error.details))) return `details not an object for ${sent}`;
  if (ERROR_STATUS[error.code as keyof typeof ERROR_STATUS] !== status) return `code ${error.code} answered with ${status} for ${sent}`;
  if (/node_modules|\.tsx?:\d+|\.js:\d+|at [\w.<>]+ \(/.test(text)) return `stack trace leaked for ${sent}`;
  if (JSON.stringify(before) !== JSON.stringify(after)) return `refused with ${status} but wrote rows, for ${sent}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`;
  return null;
}

describe("fuzzing every operation of the OpenAPI document", () => {
  it("has the whole table to fuzz, bodies and queries included", () => {
    expect(ROUTES.length).toBeGreaterThan(40);
    expect(ROUTES.filter((route) => route.body).length).toBeGreaterThan(20);
    expect(ROUTES.filter((route) => Object.keys(route.query).length).length).toBeGreaterThan(3);
  });

  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))("%s: never a 5xx, refusals in the error shape and writing nothing", async (_, route) => {
    const fixtures = await createFixtures();
    await fc.assert(
      fc.asyncProperty(sampleFor(route, fixtures), async (sample) => {
        const before = await fingerprint(fixtures);
        const result = await send(route, sample, fixtures);
        const after = result.status >= 400 ? await fingerprint(fixtures) : before;
        const tally = (TALLIES[`${route.method} ${route.path}`] ??= {});
        const bucket = `${String(result.status).slice(0, 1)}xx`;
        tally[bucket] = (tally[bucket] ?? 0) + 1;
        if (process.env.FUZZ_DEBUG) console.log(`${result.status} ${result.sent.slice(0, 300)} -> ${result.text.slice(0, 300)}`);
        const failure = check(result, before, after);
        if (failure) throw new Error(`${failure}\n(reproduce with FUZZ_SEED=${SEED})`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});

describe("what the fuzzing found, kept as plain regressions", () => {
  const expectRefused = async (response: Response, status: number, code: string) => {
    const text = await response.text();
    expect({ status: response.status, text }).toMatchObject({ status });
    expect(JSON.parse(text)).toMatchObject({ error: { code, message: expect.any(String) } });
  };

  it("refuses a NUL in the query string with 400 (it reached PostgreSQL and answered 500)", async () => {
    await expectRefused(await bearer("/api/v1/articles?actor=%00", adminToken), 400, "INVALID_INPUT");
    await expectRefused(await bearer("/api/v1/claims?actor=a%00b", adminToken), 400, "INVALID_INPUT");
    await expectRefused(await bearer("/api/v1/claims?q=%00", adminToken), 400, "INVALID_INPUT");
    await expectRefused(await bearer("/api/v1/verdicts?actor=%00", adminToken), 400, "INVALID_INPUT");
    expect((await bearer("/api/v1/claims?q=road", adminToken)).status).toBe(200);
  });

  it("answers 404 in the error shape for a path that is not UTF-8 once decoded (Next answered a bare 500)", async () => {
    for (const path of ["/api/v1/articles/%ED%A0%80", "/api/v1/claims/%FF", "/api/v1/ratings/%C0%AF", "/api/v1/articles/%FF/revisions/%FF/restore"]) {
      await expectRefused(await bearer(path, adminToken, { method: path.endsWith("restore") ? "POST" : "DELETE" }), 404, "NOT_FOUND");
    }
    const page = await fetch(`${baseUrl()}/articles/%FF`, { redirect: "manual" });
    expect(page.status).toBe(400);
    // And a path no route serves, once the client resolved its dots, is the API's JSON 404 (it was the HTML page).
    await expectRefused(await bearer("/api/v1/articles/../../etc/passwd", adminToken, { method: "DELETE" }), 404, "NOT_FOUND");
    await expectRefused(await fetch(`${baseUrl()}/api/v1/no-such-route`), 404, "NOT_FOUND");
  });

  it("refuses lone surrogates and NUL in any body string with 400 and writes nothing (a token name reached jsonb and answered 500)", async () => {
    const fixtures = await createFixtures();
    const before = await fingerprint(fixtures);
    for (const body of ['{"name":"x\\udfffy"}', '{"name":"\\ud800"}', '{"name":"a\\u0000b"}']) {
      await expectRefused(await bearer("/api/v1/tokens", adminToken, { method: "POST", headers: { "content-type": "application/json" }, body }), 400, "INVALID_INPUT");
    }
    await expectRefused(await bearer("/api/v1/users", adminToken, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: `nul-${randomUUID()}@example.org`, name: "a\u0000b", role: "JOURNALIST", password: "a fuzz password 123" }) }), 400, "INVALID_INPUT");
    const notUtf8 = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    await expectRefused(await bearer("/api/v1/tokens", adminToken, { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array(notUtf8) }), 400, "INVALID_INPUT");
    expect(await fingerprint(fixtures)).toEqual(before);
  });
});

describe("integers past PostgreSQL's integer columns", () => {
  it("refuses a version or an offset of 2^31 with 400 and writes nothing (it reached the database and answered 500)", async () => {
    const fixtures = await createFixtures();
    const claimId = String(fixtures["claims:id"]);
    const before = await fingerprint(fixtures);
    const post = (path: string, method: string, body: unknown) => bearer(path, adminToken, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    for (const [path, method, body] of [
      [`/api/v1/claims/${claimId}/confirm-anchor`, "POST", { version: 2 ** 31 }],
      [`/api/v1/claims/${claimId}`, "PATCH", { version: 2 ** 31, note: "n" }],
      [`/api/v1/verdicts/${String(fixtures["verdicts:id"])}/submit`, "POST", { version: 2 ** 53 + 1 }],
      [`/api/v1/articles/${String(fixtures["articles:id"])}/claims`, "POST", { actor: String(fixtures["actors:id"]), start: 0, end: 2 ** 31 }],
    ] as const) {
      const response = await post(path, method, body);
      expect({ path, status: response.status, body: await response.json() }).toMatchObject({ status: 400, body: { error: { code: "INVALID_INPUT" } } });
    }
    expect(await fingerprint(fixtures)).toEqual(before);
  });
});

describe("bodies over the size cap", () => {
  const bodyRoutes = ROUTES.filter((route) => route.body);
  let fixtures: Fixtures;
  beforeAll(async () => {
    fixtures = await createFixtures();
  });
  it.each(bodyRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))("%s: 413 past the cap, declared or streamed, nothing written", async (_, route) => {
    const path = route.path.replace(/\{(\w+)\}/g, (__, name: string) => encodeURIComponent(String(realIdsFor(route, name, fixtures)[0])));
    // The two import routes (annotation collections, .docx files as base64) take up to importBodyBytes; every other route jsonBodyBytes.
    const cap = /\/imports?$/.test(route.path) ? LIMITS.importBodyBytes : LIMITS.jsonBodyBytes;
    const oversized = `{"text":"${"a".repeat(cap)}"}`;
    const before = await fingerprint(fixtures);
    const declared = await bearer(path, adminToken, { method: route.method, headers: { "content-type": "application/json" }, body: oversized });
    expect({ status: declared.status, body: await declared.json() }).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    // Without a Content-Length (chunked), the cap is counted while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < oversized.length; at += 65_536) controller.enqueue(new TextEncoder().encode(oversized.slice(at, at + 65_536)));
        controller.close();
      },
    });
    const streamed = await fetch(`${baseUrl()}${path}`, { method: route.method, headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` }, body: stream, duplex: "half" } as RequestInit);
    expect({ status: streamed.status, body: await streamed.json() }).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    expect(await fingerprint(fixtures)).toEqual(before);
  });
});
