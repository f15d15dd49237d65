// Calls a server action over HTTP exactly as the browser does: a POST to a page that uses it, with
// the `Next-Action` header naming the action's id (from the production build's server reference
// manifest), the same Origin, and the arguments encoded by React's own encodeReply. The answer is
// React's flight stream; its row 0 holds the action's return value (our ActionResult), whose error
// code stands for the HTTP status it would have had in the JSON API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors/app-error";
import type { ActionCall, ActionEntry } from "./action-table";
import type { Caller, World } from "./world";

type ReactClient = { encodeReply(value: unknown): Promise<string | FormData> };
// The same React build the server decodes with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as ReactClient;

const ROOT = join(__dirname, "../../..");

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
type BuiltAction = { id: string; page: string };

let cached: Map<string, BuiltAction> | undefined;

/** "annotations.createClaimAction" -> its id and the page route (fewest dynamic segments) that can run it. */
export function serverActionIds(): Map<string, BuiltAction> {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(ROOT, process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  cached = new Map();
  for (const [id, entry] of Object.entries(manifest.node)) {
    // Turbopack names files from its root, which is a parent folder when node_modules is a symlink (a git worktree).
    const moduleName = /(?:^|\/)lib\/actions\/([^/]+)\.tsx?$/.exec(entry.filename ?? "")?.[1];
    if (!moduleName || !entry.exportedName) continue;
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.endsWith("/page"))
      .sort((a, b) => a.split("[").length - b.split("[").length || a.length - b.length);
    if (pages[0]) cached.set(`${moduleName}.${entry.exportedName}`, { id, page: pages[0] });
  }
  return cached;
}

/** "app/(app)/articles/[id]/page" -> "/articles/<an article id>". */
function pagePath(page: string, articleId: string): string {
  const segments = page
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? articleId : segment));
  return `/${segments.join("/")}`;
}

export type ActionOutcome = { status: number; answer: string };

/** Row 0 of a flight stream is `{a: <return value> | "$@<row>", ...}`. */
function returnValue(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
  const value = root?.a;
  if (typeof value === "string" && value.startsWith("$@")) return JSON.parse(rows.get(value.slice(2)) ?? "null");
  return value;
}

export async function callServerAction(world: World, caller: Caller, entry: ActionEntry, call: ActionCall): Promise<ActionOutcome> {
  const built = serverActionIds().get(`${entry.module}.${entry.name}`);
  if (!built) throw new Error(`The build has no server action ${entry.module}.${entry.name}.`);
  const path = pagePath(built.page, (await world.sharedArticle(world.parties.other)).id);
  const body = await encodeReply(call.args);
  const headers: Record<string, string> = { "next-action": built.id, accept: "text/x-component", origin: process.env.API_BASE_URL! };
  if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
  const response = await caller.fetchRaw(path, { method: "POST", body, headers });
  const answer = await response.text();
  // A redirect (sign-in, sign-out, a created article opening) is how those actions succeed.
  if (response.headers.get("x-action-redirect") || (response.status >= 300 && response.status < 400)) return { status: 200, answer: `redirect ${response.headers.get("x-action-redirect") ?? response.headers.get("location")}` };
  if (response.status !== 200) return { status: response.status, answer: answer.slice(0, 300) };
  const result = returnValue(answer) as { ok?: boolean; error?: { code?: string } } | undefined;
  if (result?.ok === true) return { status: 200, answer: "ok" };
  const code = result?.error?.code;
  if (code && code in ERROR_STATUS) return { status: ERROR_STATUS[code as ErrorCode], answer: `${code}: ${JSON.stringify(result?.error).slice(0, 200)}` };
  return { status: -1, answer: `unrecognised answer: ${answer.slice(0, 300)}` };
}
