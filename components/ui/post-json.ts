// POSTs JSON to our own /api/v1 from a browser component and reads the answer in the API's one
// shape: the resource, or {error: {message}} turned into a sentence to show. Same-origin, so the
// session cookie and the CSRF origin check apply.
type ApiError = { error?: { message?: string } };

export type PostResult<T> = { ok: true; data: T } | { ok: false; message: string };

export async function postJson<T>(path: string, body?: string | object): Promise<PostResult<T>> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body ?? {}),
  });
  const data = (await response.json().catch(() => null)) as (T & ApiError) | null;
  if (!response.ok || !data || data.error) return { ok: false, message: data?.error?.message ?? `The server answered ${response.status}.` };
  return { ok: true, data };
}
