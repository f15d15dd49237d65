// The fixes for what the API fuzzing found (__tests__/api/fuzz.test.ts), one by one: bodies with
// bytes that are not UTF-8 or strings PostgreSQL cannot store, database refusals of such values,
// and paths whose percent-encoding Next cannot decode.
import { toAppError } from "@/lib/errors/to-app-error";
import { findUnstorableString, readJsonBody } from "@/lib/http/read-json-body";
import { isDecodablePath, malformedPathResponse } from "@/lib/http/malformed-path";
import { PG_INT_MAX, versionSchema } from "@/lib/validation/common";
import { createClaimSchema } from "@/lib/validation/claim";
import { codeOf } from "../helpers/code-of";

const post = (body: string | Uint8Array) => new Request("http://localhost/x", { method: "POST", body: body as BodyInit, headers: { "content-type": "application/json" } });

describe("readJsonBody refuses what PostgreSQL cannot store", () => {
  it("refuses bytes that are not UTF-8 instead of replacing them", async () => {
    for (const bytes of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xff], [0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const body = Uint8Array.from([...Buffer.from('{"a":"'), ...bytes, ...Buffer.from('"}')]);
      expect(await codeOf(readJsonBody(post(body), 100))).toBe("INVALID_INPUT");
    }
    await expect(readJsonBody(post(Buffer.from('{"a":"é 💥"}')), 100)).resolves.toEqual({ a: "é 💥" });
  });

  it("refuses NUL and lone surrogates in values and keys, anywhere in the tree, and keeps surrogate pairs", async () => {
    for (const text of ['{"a":"x\\u0000y"}', '{"a":["\\ud800"]}', '{"a":{"b":"\\udfffz"}}', '{"\\u0000":1}', '["ok", "\\ud83d"]', '"\\udc00"']) {
      expect(await codeOf(readJsonBody(post(text), 1000))).toBe("INVALID_INPUT");
    }
    await expect(readJsonBody(post('{"a":"\\ud83d\\udca5"}'), 100)).resolves.toEqual({ a: "💥" });
  });

  it("names the path of the first unstorable string, without recursion on deep nesting", () => {
    expect(findUnstorableString({ claims: [{ note: "ok" }, { note: "a\u0000" }] })).toBe("claims.1.note");
    expect(findUnstorableString({ a: "fine", b: [1, null, true] })).toBeNull();
    let deep: unknown = "\ud800";
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(findUnstorableString(deep)).toMatch(/^0(\.0)*$/);
  });
});

describe("toAppError turns PostgreSQL's refusals of input into 400", () => {
  const prismaError = (sqlState: string) =>
    Object.assign(new Error("Invalid `prisma.actor.findUnique()` invocation"), { code: "P2039", meta: { driverAdapterError: Object.assign(new Error("invalid byte sequence"), { cause: { originalCode: sqlState, kind: "postgres" } }) } });

  it.each(["22021", "22P05", "22P02", "22003"])("SQLSTATE %s from Prisma's adapter or from pg", (sqlState) => {
    expect(toAppError(prismaError(sqlState)).code).toBe("INVALID_INPUT");
    expect(toAppError(Object.assign(new Error("invalid byte sequence"), { code: sqlState })).code).toBe("INVALID_INPUT");
  });

  it("leaves other database errors alone", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(toAppError(prismaError("42P01")).code).toBe("INTERNAL");
    spy.mockRestore();
    expect(toAppError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" })).code).toBe("CONFLICT");
  });
});

describe("paths Next cannot decode", () => {
  it("are answered 404 in the error shape under /api, 400 elsewhere, and decodable ones pass", async () => {
    expect(isDecodablePath("/api/v1/articles/abc%20def")).toBe(true);
    expect(malformedPathResponse("/api/v1/articles/abc")).toBeNull();
    const api = malformedPathResponse("/api/v1/articles/%ED%A0%80")!;
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: "NOT_FOUND", message: "Record not found." } });
    for (const path of ["/articles/%FF", "/articles/%E0%A4%A", "/%C0%AF"]) expect(malformedPathResponse(path)?.status).toBe(400);
  });
});

describe("integers past PostgreSQL's integer columns", () => {
  it("are refused by the schemas (a version of 2^31 reached the database and answered 500)", () => {
    expect(versionSchema.safeParse(PG_INT_MAX).success).toBe(true);
    for (const value of [PG_INT_MAX + 1, 2 ** 53 + 1, 1e308]) {
      expect(versionSchema.safeParse(value).success).toBe(false);
      expect(createClaimSchema.safeParse({ actor: "Russia", start: 0, end: value }).success).toBe(false);
    }
  });
});
