// The origin that exported IRIs and links back into the app are minted from. COUNTERCLAIM_PUBLIC_URL
// makes them stable whatever host name a request used (set it in production); else the request's own.
export function publicBaseUrl(request: Request): string {
  const configured = process.env.COUNTERCLAIM_PUBLIC_URL?.trim();
  if (configured && /^https?:\/\//i.test(configured)) return configured.replace(/\/+$/, "");
  return new URL(request.url).origin;
}
