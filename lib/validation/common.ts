// Small schemas shared across entities: web URLs, optimistic-lock versions, lower-case API enums.
import { z } from "./zod";
import { CONTENT_LIMITS } from "./limits";
import { InvalidDocumentError, sanitiseDoc } from "@/lib/editor/sanitise-doc";

/** http and https only: a journalist's link must be something a reader can open, never javascript: or data:. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(CONTENT_LIMITS.url, `A URL has at most ${CONTENT_LIMITS.url} characters.`)
  .pipe(z.url({ protocol: /^https?$/, message: "Enter a full http:// or https:// address." }));

/**
 * The largest value of PostgreSQL's integer columns: versions and offsets past it used to reach the
 * database and answer 500 (found by __tests__/api/fuzz.test.ts); no real one comes near it.
 */
export const PG_INT_MAX = 2_147_483_647;

export const versionSchema = z.number({ message: "version is the number you last read." }).int().min(1).max(PG_INT_MAX, "version is the number you last read.");

/** A character offset in an article's text. */
export const offsetSchema = z.number().int().min(0).max(PG_INT_MAX);

/**
 * An API enum: lower-case on the wire ("rebuts"), upper-case in the database (REBUTS). Both are
 * accepted and the output is always the database form, so parsing twice (route, then lib/db) is safe.
 */
export function apiEnum<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  const lower = values.map((value) => value.toLowerCase()) as Lowercase<T[number]>[];
  const accepted = [...lower, ...values] as unknown as [Lowercase<T[number]> | T[number], ...(Lowercase<T[number]> | T[number])[]];
  return z.enum(accepted, { message }).transform((value) => value.toUpperCase() as T[number]);
}

/** Text a person typed: no NUL bytes (PostgreSQL refuses them in text columns). */
export const plainText = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} has at most ${max} characters.`)
    .refine((value) => !value.includes("\u0000"), `${label} contains a NUL character.`);

/**
 * A Tiptap document in the article schema (lib/editor): anything outside the schema is refused with
 * its message. Articles and rationales add their own length rules on top.
 */
export const sanitisedDocSchema = () =>
  z.unknown().transform((value, context) => {
    try {
      return sanitiseDoc(value);
    } catch (error) {
      if (!(error instanceof InvalidDocumentError)) throw error;
      context.addIssue({ code: "custom", message: error.message });
      return z.NEVER;
    }
  });
