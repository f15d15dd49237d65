// Runs before every page request (not static files):
// - refuses paths Next could not decode, for API requests too (lib/http/malformed-path.ts); API
//   requests go no further here;
// - a Content-Security-Policy with a fresh nonce per request. Next reads the nonce from the
//   request's CSP header and puts it on its own scripts while rendering, which is why every page
//   renders dynamically; HSTS when the page was served over https (lib/http/security-headers.ts);
// - refuses cross-site POSTs to pages, which is how server actions arrive: a clean 403 before Next's
//   own Origin/Host check (which answers 500) and also when a browser sends only Sec-Fetch-Site;
// - passes the requested path on to server components, so the sign-in redirect in the signed-in
//   layout can bring the user back where they were going.
import { NextResponse, type NextRequest } from "next/server";
import { malformedPathResponse } from "@/lib/http/malformed-path";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { contentSecurityPolicy, createNonce, isHttpsRequest, STRICT_TRANSPORT_SECURITY, trustedProxyCount } from "@/lib/http/security-headers";

export const REQUEST_PATH_HEADER = "x-counterclaim-path";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function proxy(request: NextRequest) {
  const malformed = malformedPathResponse(request.nextUrl.pathname);
  if (malformed) return malformed;
  // The API has its own origin check (lib/http/api-route.ts) and sends JSON, which needs no CSP.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const https = isHttpsRequest(request.nextUrl, request.headers, trustedProxyCount());
  if (!SAFE_METHODS.has(request.method) && !isSameOriginRequest(request)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const csp = contentSecurityPolicy({ nonce: createNonce(), https, development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // One protocol, as decided above: a list ("https, http") from a chain of proxies made sign-in build an invalid URL.
  if (headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", https ? "https" : "http");
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = { matcher: ["/((?!_next/|favicon.ico).*)"] };
