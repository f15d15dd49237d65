// CSRF defence for cookie-authenticated writes to the JSON API: the browser's Origin (or, when a
// browser omits it, Sec-Fetch-Site) must say the request comes from this site. Bearer-token
// requests carry no ambient credentials and are not subject to it.
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  // No Origin and no Fetch Metadata: not a browser (curl, scripts), which cannot ride a victim's cookie.
  return fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
}
