// A minimal browser stand-in for API tests: a cookie jar, and sign-in through next-auth's real
// endpoints (CSRF token, then the credentials callback), exactly as the login form's POST does.
export const baseUrl = () => {
  const url = process.env.API_BASE_URL;
  if (!url) throw new Error("API_BASE_URL is not set: API tests run through the api project's global setup.");
  return url;
};
export const demoPassword = () => process.env.API_DEMO_PASSWORD ?? "";

/** A random private client address, so sessions do not share the per-IP sign-in limit. */
export const randomClientIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/**
 * One request as a browser sends it: the jar's cookies and the client address on the way out, the
 * Set-Cookie answers (and expiries) back into the jar, redirects left to the caller.
 */
export async function fetchWithCookies(cookies: Map<string, string>, clientIp: string, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (cookies.size) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
  headers.set("x-forwarded-for", clientIp);
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const index = pair.indexOf("=");
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
    else cookies.set(name, value);
  }
  return response;
}

export class HttpSession {
  private cookies = new Map<string, string>();

  /** A distinct client address per session, so tests do not share the per-IP sign-in limit. */
  constructor(readonly clientIp = randomClientIp()) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  hasCookie(name: RegExp): boolean {
    return [...this.cookies.keys()].some((key) => name.test(key));
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetchWithCookies(this.cookies, this.clientIp, `${baseUrl()}${path}`, init);
  }

  /** Same-origin JSON write, as the app's own pages would send it. */
  json(path: string, method: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { method, body: JSON.stringify(body), headers: { "content-type": "application/json", origin: baseUrl(), ...extraHeaders } });
  }

  /** Signs in; returns the Location next-auth redirected to (it carries `error`/`code` on failure). */
  async signIn(email: string, password: string, options: { csrfToken?: string } = {}): Promise<string> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = new URLSearchParams({ email, password, csrfToken: options.csrfToken ?? csrf.csrfToken, callbackUrl: `${baseUrl()}/` });
    const response = await this.fetch("/api/auth/callback/credentials", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl() } });
    return response.headers.get("location") ?? `(status ${response.status})`;
  }
}

export async function signedIn(email: string, password = demoPassword()): Promise<HttpSession> {
  const session = new HttpSession();
  const location = await session.signIn(email, password);
  if (!session.hasCookie(/session-token/)) throw new Error(`Sign-in as ${email} failed: redirected to ${location}`);
  return session;
}

export async function bearer(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return fetch(`${baseUrl()}${path}`, { ...init, headers, redirect: "manual" });
}
