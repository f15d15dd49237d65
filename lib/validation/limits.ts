// Size limits shared by every schema: one place to read what the app accepts.
export const LIMITS = {
  email: 254,
  personName: 120,
  passwordMin: 12,
  passwordMax: 200,
  tokenName: 80,
  cursor: 200,
  searchQuery: 200,
  /** Bytes of a JSON request body; larger bodies are refused with 413 before parsing. */
  jsonBodyBytes: 1_000_000,
} as const;
