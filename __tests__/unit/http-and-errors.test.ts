import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors/app-error";
import { toAppError } from "@/lib/errors/to-app-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { errorResponse } from "@/lib/http/responses";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { codeOf } from "../helpers/code-of";



describe("toAppError", () => {
  it("maps validation, connection, unique and unknown errors to their codes", () => {
    expect(toAppError(z.object({ a: z.string() }).safeParse({}).error).code).toBe("INVALID_INPUT");
    expect(toAppError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })).code).toBe("DATABASE_UNAVAILABLE");
    expect(toAppError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" })).code).toBe("CONFLICT");
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const internal = toAppError(new Error("secret internals at /srv/app.ts:12"));
    spy.mockRestore();
    expect(internal.code).toBe("INTERNAL");
    expect(internal.message).not.toContain("secret");
  });

  it("renders the one JSON error shape, with Retry-After when given", async () => {
    const response = errorResponse(new AppError("RATE_LIMITED", "Slow down.", { retryAfter: 30, details: { scope: "account" } }));
    expect(response.status).toBe(ERROR_STATUS.RATE_LIMITED);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ error: { code: "RATE_LIMITED", message: "Slow down.", details: { scope: "account" } } });
  });
});

describe("readJsonBody", () => {
  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => new Request("http://localhost/x", { method: "POST", body, headers });

  it("parses JSON and refuses what is not JSON, empty, or over the cap", async () => {
    await expect(readJsonBody(post('{"a":1}'), 100)).resolves.toEqual({ a: 1 });
    expect(await codeOf(readJsonBody(post("{nope"), 100))).toBe("INVALID_INPUT");
    expect(await codeOf(readJsonBody(post(""), 100))).toBe("INVALID_INPUT");
    expect(await codeOf(readJsonBody(post('{"a":1}', { "content-type": "text/plain" }), 100))).toBe("INVALID_INPUT");
    expect(await codeOf(readJsonBody(post(JSON.stringify({ a: "x".repeat(200) })), 100))).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("isSameOriginRequest", () => {
  const request = (headers: Record<string, string>) => new Request("http://app.test/api/v1/tokens", { method: "POST", headers: { host: "app.test", ...headers } });
  it("accepts same-origin browsers and non-browser clients, refuses other sites", () => {
    expect(isSameOriginRequest(request({ origin: "http://app.test" }))).toBe(true);
    expect(isSameOriginRequest(request({}))).toBe(true);
    expect(isSameOriginRequest(request({ origin: "http://evil.test" }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(request({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/articles/abc", "/articles/abc"],
    ["https://evil.test/", "/"],
    ["//evil.test", "/"],
    ["/\\evil.test", "/"],
    [undefined, "/"],
  ])("%s -> %s", (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});

describe("clientIpFrom", () => {
  it("takes the address nearest to us, skipping trusted proxies", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });

  it("behind N trusted proxies takes the N-th address from the end, never one the client wrote before it", () => {
    const previous = process.env.TRUSTED_PROXY_COUNT;
    try {
      process.env.TRUSTED_PROXY_COUNT = "1";
      // The client sent "198.51.100.7" itself; the proxy appended the address it saw.
      expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" }))).toBe("203.0.113.9");
      process.env.TRUSTED_PROXY_COUNT = "2";
      // Outer proxy appended the client (203.0.113.9), the inner one the outer proxy (10.0.0.2).
      expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
    } finally {
      if (previous === undefined) delete process.env.TRUSTED_PROXY_COUNT;
      else process.env.TRUSTED_PROXY_COUNT = previous;
    }
  });
});
