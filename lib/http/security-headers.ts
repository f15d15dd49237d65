// The per-request security headers of pages, set by proxy.ts: the Content-Security-Policy with a
// fresh script nonce, and Strict-Transport-Security when the page was served over https. The
// headers that are the same on every response (X-Content-Type-Options, Referrer-Policy,
// X-Frame-Options) live in next.config.js, which also covers API routes and static files; exports
// send their own, stricter CSP (lib/http/export-response.ts). Pure: no next/* imports.

/** 16 random bytes, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = { nonce: string; https: boolean; development?: boolean };

export function contentSecurityPolicy({ nonce, https, development = false }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': the nonced framework scripts may load the page's chunks; nothing else runs
    // (host allow-lists and 'self' are ignored by browsers that understand it). React needs eval
    // only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style *attributes* are everywhere and cannot carry a nonce: React's style={{…}} (actor
    // colours, claim highlights, the claim map) and ProseMirror/Tiptap's own positioning. Styles
    // cannot run code, so 'unsafe-inline' here costs far less than it would for scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Only over https: on plain http (localhost, tests) it would send sub-resources to an https port nobody serves.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Two years, subdomains included: the value hstspreload.org asks for (without opting into preload). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Was this request served over https? The URL's own scheme only when no proxy is trusted and
 * nobody claimed a scheme in a header; behind TRUSTED_PROXY_COUNT proxies, the X-Forwarded-Proto
 * entry written by the outermost trusted one (a client's own claim would sit to its left).
 */
export function isHttpsRequest(url: URL, headers: Headers, trustedProxyCount: number): boolean {
  const forwarded = (headers.get("x-forwarded-proto") ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (trustedProxyCount > 0) return forwarded[Math.max(0, forwarded.length - trustedProxyCount)] === "https";
  // Next derives the URL's scheme from X-Forwarded-Proto too, which anyone can send: without a trusted proxy it counts for nothing.
  return url.protocol === "https:" && forwarded.length === 0;
}

export function trustedProxyCount(): number {
  return Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_COUNT ?? 0)) || 0);
}
