// The API speaks lower-case enums ("rebuts", "in_review") whatever the database stores.
export function toApiEnum<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}
