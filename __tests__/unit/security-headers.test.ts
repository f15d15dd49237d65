// The pure part of the page security headers: the policy's directives, the nonces, and when a
// request counts as https (lib/http/security-headers.ts; proxy.ts sets them, the API test checks them over HTTP).
import { contentSecurityPolicy, createNonce, isHttpsRequest } from "@/lib/http/security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, and eval only in development", () => {
    const production = contentSecurityPolicy({ nonce: "abc", https: false });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(production).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(production.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(production).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(contentSecurityPolicy({ nonce: "abc", https: false, development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "abc", https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("makes a different 16-byte nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("isHttpsRequest", () => {
  const http = new URL("http://desk.example/articles");
  const https = new URL("https://desk.example/articles");
  const proto = (value: string) => new Headers({ "x-forwarded-proto": value });

  it("without a trusted proxy, believes only the URL and never a client's header", () => {
    expect(isHttpsRequest(https, new Headers(), 0)).toBe(true);
    expect(isHttpsRequest(http, new Headers(), 0)).toBe(false);
    // Next builds the URL's scheme from X-Forwarded-Proto, which anyone can send.
    expect(isHttpsRequest(https, proto("https"), 0)).toBe(false);
    expect(isHttpsRequest(http, proto("https"), 0)).toBe(false);
  });

  it("behind trusted proxies, takes the entry the outermost trusted proxy wrote", () => {
    expect(isHttpsRequest(http, proto("https"), 1)).toBe(true);
    expect(isHttpsRequest(http, proto("HTTPS"), 1)).toBe(true);
    expect(isHttpsRequest(http, proto("http"), 1)).toBe(false);
    expect(isHttpsRequest(http, new Headers(), 1)).toBe(false);
    // The client claimed https, the proxy appended what it saw.
    expect(isHttpsRequest(http, proto("https, http"), 1)).toBe(false);
    expect(isHttpsRequest(http, proto("http, https"), 1)).toBe(true);
    // Two proxies that each append: the outer one saw https.
    expect(isHttpsRequest(http, proto("http, https, http"), 2)).toBe(true);
    // One proxy that overwrites the header, behind another that passes it on.
    expect(isHttpsRequest(http, proto("https"), 2)).toBe(true);
  });
});
