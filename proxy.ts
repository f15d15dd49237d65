// Runs before every page request: passes the requested path on to server components, so the
// sign-in redirect in the signed-in layout can bring the user back where they were going. It also
// sees API requests, only to refuse paths Next could not decode (lib/http/malformed-path.ts).
import { NextResponse, type NextRequest } from "next/server";
import { malformedPathResponse } from "@/lib/http/malformed-path";

export const REQUEST_PATH_HEADER = "x-counterclaim-path";

export function proxy(request: NextRequest) {
  const malformed = malformedPathResponse(request.nextUrl.pathname);
  if (malformed) return malformed;
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|favicon.ico).*)"] };
