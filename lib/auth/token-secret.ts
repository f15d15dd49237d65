// Personal API token secrets: long random strings, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "cc_";

export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What the token list shows so a user can tell tokens apart without the secret. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}

export function looksLikeTokenSecret(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > 20 && value.length < 200;
}
