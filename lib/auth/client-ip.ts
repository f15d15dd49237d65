// The client address used as the per-IP rate-limit key. Next sets x-forwarded-for to the socket
// address only when the request has none, so behind no proxy a client can choose its own value:
// the per-account limit still holds then. Behind N trusted proxies set TRUSTED_PROXY_COUNT=N: each
// appends the address it was reached from, and the nearest one reaches us over the socket (Next adds
// nothing then), so the last N entries are the client's address and proxies 1..N-1: the client is the
// N-th from the end. Anything before it was written by the client.
export function clientIpFrom(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const trusted = Math.max(0, Number(process.env.TRUSTED_PROXY_COUNT ?? 0) || 0);
  const ip = hops[Math.max(0, hops.length - Math.max(1, trusted))] ?? headers.get("x-real-ip") ?? "unknown";
  return ip.slice(0, 64);
}
