// Reads a JSON request body with a hard size cap (413 past it) and a clear 400 for bad JSON,
// before anything is parsed by a schema. Also 400: bytes that are not UTF-8, and strings (values or
// keys) holding NUL or a lone UTF-16 surrogate, which PostgreSQL cannot store in text or jsonb
// (found by __tests__/api/fuzz.test.ts: they used to reach the database and answer 500).
import { AppError } from "@/lib/errors/app-error";

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new AppError("INVALID_INPUT", "Send the body as JSON with Content-Type: application/json.");
  }
  const text = await readTextCapped(request, maxBytes);
  if (text.trim() === "") throw new AppError("INVALID_INPUT", "The request body is empty.");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const unstorable = findUnstorableString(value);
  if (unstorable !== null) {
    throw new AppError("INVALID_INPUT", "The request body contains a NUL character or a lone UTF-16 surrogate, which cannot be stored as text.", { details: { path: unstorable } });
  }
  return value;
}

/** U+0000, or a surrogate that is not half of a pair. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path ("claims.3.note") of the first string or key PostgreSQL refuses, or null; without recursion (bodies nest deep). */
export function findUnstorableString(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: "" }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return path;
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (UNSTORABLE.test(key)) return childPath;
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

async function readTextCapped(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid UTF-8.");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(maxBytes / 1000)} kB.`);
}
