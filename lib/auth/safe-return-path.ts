// Where to go after signing in: only a path on this site, never another origin (open redirect).
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.length > 500) return "/";
  return value;
}
