// What the permission matrix must cover, read from the source tree: every route handler under
// app/api/v1 (file and exported HTTP method) and every export of lib/actions ("use server" files).
// The matrix test compares this with its tables, so a new route or action without an entry fails.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const ROOT = join(__dirname, "../../..");

function filesUnder(directory: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, accept));
    else if (accept(entry.name)) found.push(path);
  }
  return found.sort();
}

/** `export const GET = …`, `export async function POST(…)`, `export { handler as PATCH }`. */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:const|let|var|(?:async\s+)?function\*?)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** "articles/[id]/claims GET" for app/api/v1/articles/[id]/claims/route.ts's GET. */
export function apiRouteInventory(): { route: string; method: HttpMethod }[] {
  const base = join(ROOT, "app/api/v1");
  return filesUnder(base, (name) => /^route\.(ts|tsx|js)$/.test(name)).flatMap((file) => {
    const route = relative(base, file).split(sep).slice(0, -1).join("/");
    return exportedNames(readFileSync(file, "utf8"))
      .filter((name): name is HttpMethod => (HTTP_METHODS as readonly string[]).includes(name))
      .map((method) => ({ route, method }));
  });
}

/** "annotations.createClaimAction" for each export of lib/actions/annotations.ts ("use server" modules only). */
export function serverActionInventory(): { module: string; name: string }[] {
  const base = join(ROOT, "lib/actions");
  return filesUnder(base, (name) => /\.tsx?$/.test(name)).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) return [];
    const moduleName = relative(base, file).replace(/\.tsx?$/, "").split(sep).join("/");
    return exportedNames(source).map((name) => ({ module: moduleName, name }));
  });
}
