// A browser stand-in that can talk to several app instances with one cookie jar, as a browser does
// behind a load balancer that sends each request to any instance. Sign-in goes through next-auth's
// real endpoints (CSRF token, then the credentials callback), as __tests__/helpers/http-session.ts.
import { fetchWithCookies, randomClientIp } from "./http-session";

export class InstanceSession {
  private cookies = new Map<string, string>();

  /** The client address the instances see (no proxy in front: the x-forwarded-for we send). */
  constructor(readonly clientIp = randomClientIp()) {}

  hasCookie(name: RegExp): boolean {
    return [...this.cookies.keys()].some((key) => name.test(key));
  }

  fetch(baseUrl: string, path: string, init: RequestInit = {}): Promise<Response> {
    return fetchWithCookies(this.cookies, this.clientIp, `${baseUrl}${path}`, init);
  }

  /** A same-origin JSON write to that instance, as its own pages would send it. */
  json(baseUrl: string, path: string, method: string, body: unknown): Promise<Response> {
    return this.fetch(baseUrl, path, { method, body: JSON.stringify(body), headers: { "content-type": "application/json", origin: baseUrl } });
  }

  /** Signs in on that instance; returns where next-auth redirected (with `code=` on failure). */
  async signIn(baseUrl: string, email: string, password: string): Promise<string> {
    const csrf = (await (await this.fetch(baseUrl, "/api/auth/csrf")).json()) as { csrfToken: string };
    const form = new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, callbackUrl: `${baseUrl}/` });
    const response = await this.fetch(baseUrl, "/api/auth/callback/credentials", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl } });
    return response.headers.get("location") ?? `(status ${response.status})`;
  }
}
