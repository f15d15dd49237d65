// An article's history: the audit events of the article, its claims, their links, evidence and verdicts.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { notFound } from "@/lib/errors/app-error";
import { getDb } from "./client";

export type HistoryEntry = { id: string; at: string; who: string; entity: string; entityId: string; action: string; summary: string };

const MAX_ENTRIES = 500;

function summaryOf(entity: string, action: string, before: unknown, after: unknown): string {
  const data = ((after ?? before) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  switch (entity) {
    case "Article":
      if (action === "refresh") return data.changed ? `refreshed from the source: the page changed (revision ${String(data.revision)})` : "refreshed from the source: the page had not changed";
      if (action === "edit-text" || action === "restore-revision") {
        const what = action === "edit-text" ? "edited the text" : `restored revision ${String(data.restored)}`;
        const lost = Array.isArray(data.orphaned) && data.orphaned.length ? `, ${data.orphaned.length} orphaned` : "";
        const changed = Array.isArray(data.fuzzy) && data.fuzzy.length ? `, claims: ${data.fuzzy.length} with changed words` : "";
        return `${what} (now revision ${String(data.revision)}${changed}${lost})`;
      }
      if (action === "import-annotations") return `imported annotations (${String(data.created)} claims, ${String(data.unplaced)} not placed)`;
      return `${action} article${text(data.title) ? ` “${text(data.title)}”` : ""}`;
    case "Claim":
      if (action === "reattach") return `re-attached claim to “${text(data.exact).slice(0, 80)}”`;
      if (action === "confirm-anchor") return `confirmed the new place of claim “${text(data.exact).slice(0, 80)}”`;
      return `${action} claim${text(data.exact) ? ` “${text(data.exact).slice(0, 80)}${text(data.exact).length > 80 ? "…" : ""}”` : ""}`;
    case "ClaimLink":
      return `${action} link (${text(data.kind).toLowerCase().replace("_", " ")})`;
    case "Evidence":
      return `${action} evidence ${text(data.url)}`;
    case "Verdict": {
      // Workflow actions read as they are ("approve verdict"); the state it ended in follows.
      const status = text(data.status).toLowerCase().replace("_", " ");
      return `${action.replace("-", " ")} verdict${status ? ` (now ${status})` : ""}${text(data.comment) ? `: “${text(data.comment).slice(0, 80)}”` : ""}`;
    }
    default:
      return `${action} ${entity}`;
  }
}

export async function listArticleHistory(user: SessionUser, articleId: string): Promise<HistoryEntry[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) throw notFound("Article");
  const claimIds = (await db.claim.findMany({ where: { articleId }, select: { id: true } })).map((claim) => claim.id);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entity: "Article", entityId: articleId },
        { entity: "Claim", entityId: { in: claimIds } },
        { entity: { in: ["ClaimLink", "Evidence", "Verdict"] }, after: { path: ["articleId"], equals: articleId } },
        { entity: { in: ["ClaimLink", "Evidence", "Verdict"] }, before: { path: ["articleId"], equals: articleId } },
      ],
    },
    include: { user: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: MAX_ENTRIES,
  });
  return events.map((event) => ({
    id: event.id,
    at: event.at.toISOString(),
    who: event.user?.name ?? "System",
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    summary: summaryOf(event.entity, event.action, event.before, event.after),
  }));
}
