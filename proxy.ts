// Runs before every page request: passes the requested path on to server components, so the
// sign-in redirect in the signed-in layout can bring the user back where they were going.
import { NextResponse, type NextRequest } from "next/server";

export const REQUEST_PATH_HEADER = "x-counterclaim-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
