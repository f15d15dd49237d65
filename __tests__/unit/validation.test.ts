import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createUserSchema, signInSchema, updateUserSchema } from "@/lib/validation/user";
import { paginationSchema } from "@/lib/validation/pagination";
import { buildOpenApiDocument } from "@/lib/validation/openapi";
import { LIMITS } from "@/lib/validation/limits";

describe("user schemas", () => {
  const valid = { email: " Reporter@Example.ORG ", name: "Rita", role: "JOURNALIST", password: "correct horse battery" };
  it("normalises emails and accepts a valid user", () => {
    expect(createUserSchema.parse(valid).email).toBe("reporter@example.org");
  });
  it.each([
    ["email", "not-an-email"],
    ["email", `${"a".repeat(250)}@example.org`],
    ["name", ""],
    ["name", "n".repeat(LIMITS.personName + 1)],
    ["role", "SUPERUSER"],
    ["password", "short"],
    ["password", "p".repeat(LIMITS.passwordMax + 1)],
    ["password", 12345678901234],
  ])("refuses %s = %j", (field, value) => {
    expect(createUserSchema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });
  it("refuses an empty or unknown update, and an oversized sign-in password", () => {
    expect(updateUserSchema.safeParse({}).success).toBe(false);
    expect(updateUserSchema.safeParse({ isAdmin: true }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@example.org", password: "x".repeat(LIMITS.passwordMax + 1) }).success).toBe(false);
  });
});

describe("pagination", () => {
  it("defaults to 50 and keeps limit within 1..100", () => {
    expect(paginationSchema.parse({}).limit).toBe(50);
    expect(paginationSchema.parse({ limit: "20" }).limit).toBe(20);
    for (const limit of ["0", "101", "abc", "1.5"]) expect(paginationSchema.safeParse({ limit }).success).toBe(false);
    expect(paginationSchema.safeParse({ cursor: "'; drop table" }).success).toBe(false);
  });
});

describe("OpenAPI document", () => {
  it("describes every mutating body with its limits", () => {
    const document = buildOpenApiDocument();
    const createUser = document.paths["/api/v1/users"].post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, { maxLength?: number }> } } } } };
    expect(createUser.requestBody.content["application/json"].schema.properties.password.maxLength).toBe(LIMITS.passwordMax);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/tokens", "/api/v1/users/{id}"]));
  });
});

/** Every app/api/v1 route file as "METHOD /api/v1/path/{id}", read from its exported handlers. */
function routeOperations(): string[] {
  const root = join(__dirname, "../../app/api/v1");
  const operations: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(`${sep}route.ts`) || name === "route.ts")) {
    const path = `/api/v1/${relative(".", file).split(sep).slice(0, -1).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "");
    // The document does not describe itself.
    if (path === "/api/v1/openapi.json") continue;
    for (const [, method] of readFileSync(join(root, file), "utf8").matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)) operations.push(`${method} ${path}`);
  }
  return operations.sort();
}

describe("OpenAPI coverage", () => {
  it("lists every route file's methods, and nothing that has no route", () => {
    const document = buildOpenApiDocument();
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const routes = routeOperations();
    expect(routes).toEqual(expect.arrayContaining(["PATCH /api/v1/actors/{id}", "POST /api/v1/actors/{id}/merge"]));
    expect(documented.sort()).toEqual(routes);
  });
});
