// Verdicts: the desk's published judgement on a claim. Drafting and editing (with optimistic
// locking), the review workflow of lib/domain/verdict-workflow.ts (submit, approve, request changes,
// reopen) with four eyes enforced here through assertCan, the reviewer queue, and the verdict's
// append-only history. Every write records a VerdictEvent and an AuditEvent in its own transaction.
//
// An "edit event" is a VerdictEvent with `changes` (the first draft included): its author is one of
// the verdict's editors, who may not approve or send it back. Decisions carry no `changes`.
import { assertCan } from "@/lib/auth/permissions";
import { toApiEnum } from "@/lib/domain/api-enums";
import { withDescendants } from "@/lib/domain/actor-hierarchy";
import type { SessionUser } from "@/lib/domain/roles";
import { EMPTY_VERDICT_FIELDS, diffVerdictFields, hasChanges, type VerdictChanges, type VerdictFields } from "@/lib/domain/verdict-changes";
import { VERDICT_ACTIONS, VERDICT_STATUS_LABELS, nextStatus, type ApiVerdictStatus, type VerdictAction, type VerdictStatus } from "@/lib/domain/verdict-workflow";
import { docToCanonicalText, type DocNode } from "@/lib/editor/canonical-text";
import { AppError, notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type Page } from "@/lib/validation/pagination";
import {
  decideSchema,
  listVerdictsQuerySchema,
  reopenSchema,
  requestChangesSchema,
  saveVerdictSchema,
  type DecideInput,
  type ListVerdictsQuery,
  type ReopenInput,
  type RequestChangesInput,
  type SaveVerdictInput,
} from "@/lib/validation/verdict";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";
import { findLiveClaim } from "./claims";
import { resolveActor } from "./actors";
import { findRatingForVerdict } from "./ratings";

export { listRatings, updateRating, deleteRating, type RatingView } from "./ratings";

export type VerdictView = {
  id: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  claim: { exact: string; actor: { id: string; name: string; color: string } };
  claimSummary: string;
  rating: { key: string; label: string; color: string; definition: string; ratingValue: number | null } | null;
  /** Tiptap JSON, or null before one is written. */
  rationale: DocNode | null;
  status: ApiVerdictStatus;
  author: { id: string; name: string };
  /** Who approved it or sent it back; null until someone decides (and again after resubmission or reopening). */
  reviewer: { id: string; name: string } | null;
  /** The author and everyone who edited the verdict: none of them may approve it or send it back. */
  editorIds: string[];
  version: number;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  reliesOnLinkIds: string[];
  reliesOnEvidenceIds: string[];
  /** The latest request-changes comment or reopening reason, or null. */
  lastComment: string | null;
  /** When the claim's quote changed or was lost in a new revision of the article, until the verdict is next looked at. */
  quoteChangedAt: string | null;
};

export type VerdictHistoryEntry = {
  id: string;
  /** What happened: the first draft ("create"), an edit, or a workflow action. */
  action: VerdictAction | "create";
  fromStatus: ApiVerdictStatus | null;
  toStatus: ApiVerdictStatus;
  by: { id: string; name: string };
  comment: string;
  changes: VerdictChanges | null;
  at: string;
};

const VERDICT_ROW_INCLUDE = {
  claim: { select: { exact: true, articleId: true, actor: { select: { id: true, name: true, color: true } }, article: { select: { title: true } } } },
  rating: true,
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  reliesOnLinks: { select: { id: true }, orderBy: { createdAt: "asc" } },
  reliesOnEvidence: { select: { id: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.VerdictInclude;

type VerdictRow = Prisma.VerdictGetPayload<{ include: typeof VERDICT_ROW_INCLUDE }>;

/** A verdict is visible while its claim and the claim's article are. */
const LIVE = { claim: { deletedAt: null, article: { deletedAt: null } } } satisfies Prisma.VerdictWhereInput;

/**
 * Many reviewers deciding at once queue for a pooled connection instead of failing after Prisma's
 * default two seconds; each transaction itself is short.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

const fieldsOf = (row: VerdictRow): VerdictFields => ({
  claimSummary: row.claimSummary,
  rating: row.rating?.key ?? null,
  rationale: row.rationale ?? null,
  reliesOnLinkIds: row.reliesOnLinks.map((link) => link.id),
  reliesOnEvidenceIds: row.reliesOnEvidence.map((item) => item.id),
});

/** Editors (author first, then in order of their first edit) and the latest comment, for a batch of verdicts. */
async function eventFacts(tx: DbTx, rows: readonly { id: string; authorId: string }[]) {
  const ids = rows.map((row) => row.id);
  const edits = await tx.verdictEvent.findMany({ where: { verdictId: { in: ids }, changes: { not: Prisma.DbNull } }, select: { verdictId: true, byId: true }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const comments = await tx.verdictEvent.findMany({ where: { verdictId: { in: ids }, comment: { not: "" } }, select: { verdictId: true, comment: true }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  const editors = new Map(rows.map((row) => [row.id, new Set([row.authorId])]));
  for (const edit of edits) editors.get(edit.verdictId)?.add(edit.byId);
  const lastComment = new Map<string, string>();
  for (const event of comments) if (!lastComment.has(event.verdictId)) lastComment.set(event.verdictId, event.comment);
  return { editorIds: (id: string) => [...(editors.get(id) ?? [])], lastComment: (id: string) => lastComment.get(id) ?? null };
}

async function toVerdictViews(tx: DbTx, rows: VerdictRow[]): Promise<VerdictView[]> {
  if (rows.length === 0) return [];
  const facts = await eventFacts(tx, rows);
  return rows.map((row) => ({
    id: row.id,
    claimId: row.claimId,
    articleId: row.claim.articleId,
    articleTitle: row.claim.article.title,
    claim: { exact: row.claim.exact, actor: row.claim.actor },
    claimSummary: row.claimSummary,
    rating: row.rating ? { key: row.rating.key, label: row.rating.label, color: row.rating.color, definition: row.rating.definition, ratingValue: row.rating.ratingValue } : null,
    rationale: (row.rationale as DocNode | null) ?? null,
    status: toApiEnum(row.status),
    author: row.author,
    reviewer: row.reviewer,
    editorIds: facts.editorIds(row.id),
    version: row.version,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reliesOnLinkIds: row.reliesOnLinks.map((link) => link.id),
    reliesOnEvidenceIds: row.reliesOnEvidence.map((item) => item.id),
    lastComment: facts.lastComment(row.id),
    quoteChangedAt: row.quoteChangedAt?.toISOString() ?? null,
  }));
}

async function loadVerdictView(tx: DbTx, verdictId: string): Promise<VerdictView> {
  const [view] = await toVerdictViews(tx, [await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, include: VERDICT_ROW_INCLUDE })]);
  return view;
}

async function findLiveVerdict(tx: DbTx, verdictId: string): Promise<VerdictRow> {
  const verdict = await tx.verdict.findFirst({ where: { id: verdictId, ...LIVE }, include: VERDICT_ROW_INCLUDE });
  if (!verdict) throw notFound("Verdict");
  return verdict;
}

async function conflict(tx: DbTx, verdictId: string, message: string): Promise<AppError> {
  return new AppError("CONFLICT", message, { details: { current: await loadVerdictView(tx, verdictId) } });
}

const STALE = "Someone changed this verdict since you opened it. Review their version and try again.";

/** Why `action` is refused in the verdict's current status, in words a journalist can act on. */
function wrongStatusMessage(row: { status: VerdictStatus; reviewer: { name: string } | null }, action: VerdictAction): string {
  const status = VERDICT_STATUS_LABELS[row.status].toLowerCase();
  const decidedBy = row.reviewer ? ` by ${row.reviewer.name}` : "";
  switch (action) {
    case "edit":
      return "This verdict is approved: an admin must reopen it before it can be edited.";
    case "submit":
      return `This verdict is already ${status}${row.status === "APPROVED" ? decidedBy : ""}.`;
    case "approve":
    case "request-changes":
      return row.status === "IN_REVIEW" ? STALE : `This verdict is not in review: it is ${status}${row.status === "APPROVED" || row.status === "CHANGES_REQUESTED" ? decidedBy : ""}.`;
    case "reopen":
      return `Only an approved verdict can be reopened; this one is ${status}.`;
  }
}

const auditView = (row: { claimId: string; status: VerdictStatus; version: number; reviewerId: string | null }, fields: VerdictFields, articleId: string) => ({
  claimId: row.claimId,
  articleId,
  status: row.status,
  version: row.version,
  reviewerId: row.reviewerId,
  ...(fields as unknown as Record<string, Prisma.InputJsonValue>),
});

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** Relied-on links and evidence must be this claim's own: anything else is a 422 naming the field. */
async function assertReliedOnBelongToClaim(tx: DbTx, claimId: string, linkIds: string[] | undefined, evidenceIds: string[] | undefined): Promise<void> {
  if (linkIds?.length) {
    const found = await tx.claimLink.findMany({ where: { id: { in: linkIds }, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, select: { id: true } });
    const known = new Set(found.map((link) => link.id));
    const others = linkIds.filter((id) => !known.has(id));
    if (others.length) throw new AppError("UNPROCESSABLE", "A verdict can rely only on this claim's own links.", { details: { field: "reliesOnLinkIds", ids: others } });
  }
  if (evidenceIds?.length) {
    const found = await tx.evidence.findMany({ where: { id: { in: evidenceIds }, claimId }, select: { id: true } });
    const known = new Set(found.map((item) => item.id));
    const others = evidenceIds.filter((id) => !known.has(id));
    if (others.length) throw new AppError("UNPROCESSABLE", "A verdict can rely only on this claim's own evidence.", { details: { field: "reliesOnEvidenceIds", ids: others } });
  }
}

/**
 * Drafts the claim's verdict, or edits it. A first draft needs no `version`; once the verdict
 * exists every save carries the version read (without one, or with a stale one: 409 with the
 * current verdict). Editing a verdict in review takes it back to DRAFT; a verdict with changes
 * requested stays so until resubmitted; an approved verdict must be reopened first (409).
 * A save that changes nothing writes nothing.
 */
export async function saveVerdict(user: SessionUser, claimId: string, input: SaveVerdictInput): Promise<VerdictView> {
  assertCan(user, "verdict:draft");
  const data = saveVerdictSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, claimId);
    // Saves of one claim's verdict take turns, so two first drafts at once are a 409, not a 500.
    await tx.$executeRaw`SELECT 1 FROM "Claim" WHERE id = ${claimId} FOR NO KEY UPDATE`;
    const existing = await tx.verdict.findUnique({ where: { claimId }, include: VERDICT_ROW_INCLUDE });

    if (!existing) {
      if (data.version !== undefined) throw new AppError("CONFLICT", "This claim has no verdict yet: draft one without a version.", { details: { current: null } });
      const rating = await findRatingForVerdict(tx, data.rating);
      await assertReliedOnBelongToClaim(tx, claimId, data.reliesOnLinkIds, data.reliesOnEvidenceIds);
      const fields: VerdictFields = {
        claimSummary: data.claimSummary ?? "",
        rating: rating.key,
        rationale: data.rationale ?? null,
        reliesOnLinkIds: data.reliesOnLinkIds ?? [],
        reliesOnEvidenceIds: data.reliesOnEvidenceIds ?? [],
      };
      const verdict = await tx.verdict.create({
        data: {
          claimId,
          claimSummary: fields.claimSummary,
          ratingId: rating.id,
          rationale: jsonOrNull(fields.rationale),
          authorId: user.id,
          reliesOnLinks: { connect: fields.reliesOnLinkIds.map((id) => ({ id })) },
          reliesOnEvidence: { connect: fields.reliesOnEvidenceIds.map((id) => ({ id })) },
        },
      });
      const changes = diffVerdictFields(EMPTY_VERDICT_FIELDS, fields);
      await tx.verdictEvent.create({ data: { verdictId: verdict.id, fromStatus: null, toStatus: verdict.status, byId: user.id, changes: changes as Prisma.InputJsonObject } });
      await recordAudit(tx, { userId: user.id, entity: "Verdict", entityId: verdict.id, articleId: claim.articleId, action: "create", after: auditView(verdict, fields, claim.articleId) });
      return loadVerdictView(tx, verdict.id);
    }

    if (data.version === undefined) throw await conflict(tx, existing.id, "This claim already has a verdict. Review it, then edit it with its version.");
    assertCan(user, "verdict:edit", { authorId: existing.authorId });
    if (existing.version !== data.version) throw await conflict(tx, existing.id, STALE);
    const toStatus = nextStatus(existing.status, "edit");
    if (!toStatus) throw await conflict(tx, existing.id, wrongStatusMessage(existing, "edit"));
    const rating = await findRatingForVerdict(tx, data.rating);
    await assertReliedOnBelongToClaim(tx, claimId, data.reliesOnLinkIds, data.reliesOnEvidenceIds);

    const before = fieldsOf(existing);
    const after: VerdictFields = {
      claimSummary: data.claimSummary ?? before.claimSummary,
      rating: rating.key,
      rationale: data.rationale === undefined ? before.rationale : data.rationale,
      reliesOnLinkIds: data.reliesOnLinkIds ?? before.reliesOnLinkIds,
      reliesOnEvidenceIds: data.reliesOnEvidenceIds ?? before.reliesOnEvidenceIds,
    };
    const changes = diffVerdictFields(before, after);
    if (!hasChanges(changes)) return loadVerdictView(tx, existing.id);

    const { count } = await tx.verdict.updateMany({
      where: { id: existing.id, version: data.version, status: existing.status },
      data: {
        claimSummary: after.claimSummary,
        ratingId: rating.id,
        ...(changes.rationale ? { rationale: jsonOrNull(after.rationale) } : {}),
        status: toStatus,
        // An edit is the re-review a changed quote asked for.
        quoteChangedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await conflict(tx, existing.id, STALE);
    if (changes.reliesOnLinkIds || changes.reliesOnEvidenceIds) {
      await tx.verdict.update({
        where: { id: existing.id },
        data: {
          ...(changes.reliesOnLinkIds ? { reliesOnLinks: { set: after.reliesOnLinkIds.map((id) => ({ id })) } } : {}),
          ...(changes.reliesOnEvidenceIds ? { reliesOnEvidence: { set: after.reliesOnEvidenceIds.map((id) => ({ id })) } } : {}),
        },
      });
    }
    await tx.verdictEvent.create({ data: { verdictId: existing.id, fromStatus: existing.status, toStatus, byId: user.id, changes: changes as Prisma.InputJsonObject } });
    const updated = { ...existing, status: toStatus, version: existing.version + 1 };
    await recordAudit(tx, { userId: user.id, entity: "Verdict", entityId: existing.id, articleId: claim.articleId, action: "update", before: auditView(existing, before, claim.articleId), after: auditView(updated, after, claim.articleId) });
    return loadVerdictView(tx, existing.id);
  }, TRANSACTION_OPTIONS);
}

type Decision = {
  action: Exclude<VerdictAction, "edit">;
  /** The version the person acting read; a different one is a 409. Reopening may leave it out. */
  version?: number;
  comment?: string;
  /** assertCan for this action, given the verdict and its editors. */
  authorise: (verdict: VerdictRow, editorIds: string[]) => void;
  /** Further checks once permission, version and status hold (submit: the verdict is complete). */
  check?: (verdict: VerdictRow) => void;
};

/**
 * One workflow step, race-safe: the row is updated only if it still has the version and status
 * that were checked, so of two reviewers deciding at the same moment exactly one wins and the other
 * gets a 409 whose `current` shows who decided.
 */
async function decide(user: SessionUser, verdictId: string, decision: Decision): Promise<VerdictView> {
  return getDb().$transaction(async (tx) => {
    const before = await findLiveVerdict(tx, verdictId);
    decision.authorise(before, (await eventFacts(tx, [before])).editorIds(before.id));
    const toStatus = nextStatus(before.status, decision.action);
    if (!toStatus) throw await conflict(tx, verdictId, wrongStatusMessage(before, decision.action));
    if (decision.version !== undefined && decision.version !== before.version) throw await conflict(tx, verdictId, STALE);
    decision.check?.(before);
    const decides = decision.action === "approve" || decision.action === "request-changes";
    const { count } = await tx.verdict.updateMany({
      where: { id: verdictId, version: before.version, status: before.status },
      // A resubmitted or reopened verdict awaits a new decision: the previous one stays in the history.
      // Any workflow step (submit, decide, reopen) is a look at the verdict: a changed-quote flag is answered.
      data: { status: toStatus, reviewerId: decides ? user.id : null, decidedAt: decides ? new Date() : null, quoteChangedAt: null, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await loadVerdictView(tx, verdictId);
      const message = current.reviewer && current.status !== "in_review" ? `${current.reviewer.name} decided on this verdict first: it is ${VERDICT_STATUS_LABELS[toVerdictStatusOf(current)].toLowerCase()}.` : STALE;
      throw new AppError("CONFLICT", message, { details: { current } });
    }
    await tx.verdictEvent.create({ data: { verdictId, fromStatus: before.status, toStatus, byId: user.id, comment: decision.comment ?? "" } });
    const fields = fieldsOf(before);
    const after = { ...before, status: toStatus, version: before.version + 1, reviewerId: decides ? user.id : null };
    await recordAudit(tx, {
      userId: user.id,
      entity: "Verdict",
      entityId: verdictId,
      articleId: before.claim.articleId,
      action: decision.action,
      before: auditView(before, fields, before.claim.articleId),
      after: { ...auditView(after, fields, before.claim.articleId), ...(decision.comment ? { comment: decision.comment } : {}) },
    });
    return loadVerdictView(tx, verdictId);
  }, TRANSACTION_OPTIONS);
}

const toVerdictStatusOf = (view: VerdictView) => view.status.toUpperCase() as VerdictStatus;

/** Sends a draft (or a verdict with changes requested) for review: it needs a summary, a rating and a rationale. */
export async function submitVerdict(user: SessionUser, verdictId: string, input: DecideInput): Promise<VerdictView> {
  const { version } = decideSchema.parse(input);
  return decide(user, verdictId, {
    action: "submit",
    version,
    authorise: (verdict) => assertCan(user, "verdict:submit", { authorId: verdict.authorId }),
    check: (verdict) => {
      const missing = [
        ...(verdict.claimSummary.trim() ? [] : [{ field: "claimSummary", message: "Summarise the claim in one line before submitting." }]),
        ...(verdict.ratingId ? [] : [{ field: "rating", message: "Choose a rating before submitting." }]),
        ...(verdict.rationale && docToCanonicalText(verdict.rationale as DocNode).trim() ? [] : [{ field: "rationale", message: "Write the rationale before submitting." }]),
      ];
      if (missing.length) throw new AppError("UNPROCESSABLE", missing[0].message, { details: { field: missing[0].field, missing: missing.map((item) => item.field) } });
    },
  });
}

/** A reviewer or admin who neither wrote nor edited the verdict approves it. */
export async function approveVerdict(user: SessionUser, verdictId: string, input: DecideInput): Promise<VerdictView> {
  const { version } = decideSchema.parse(input);
  return decide(user, verdictId, { action: "approve", version, authorise: (verdict, editorIds) => assertCan(user, "verdict:approve", { authorId: verdict.authorId, editorIds }) });
}

/** A reviewer or admin who neither wrote nor edited the verdict sends it back, saying what to change. */
export async function requestChanges(user: SessionUser, verdictId: string, input: RequestChangesInput): Promise<VerdictView> {
  const { version, comment } = requestChangesSchema.parse(input);
  return decide(user, verdictId, { action: "request-changes", version, comment, authorise: (verdict, editorIds) => assertCan(user, "verdict:request-changes", { authorId: verdict.authorId, editorIds }) });
}

/** An admin takes an approved verdict back to DRAFT, with a reason recorded in its history. */
export async function reopenVerdict(user: SessionUser, verdictId: string, input: ReopenInput): Promise<VerdictView> {
  assertCan(user, "verdict:reopen");
  const { reason, version } = reopenSchema.parse(input);
  return decide(user, verdictId, { action: "reopen", version, comment: reason, authorise: () => assertCan(user, "verdict:reopen") });
}

export async function getVerdict(user: SessionUser, verdictId: string): Promise<VerdictView> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  const [view] = await toVerdictViews(db, [await findLiveVerdict(db, verdictId)]);
  return view;
}

/**
 * Verdicts on live claims, filtered by status, actor (rolled up: a state finds its ministries'
 * claims), article and author (`mine`). The reviewer queue (`status: in_review`) is oldest
 * submission first; every other list is most recently changed first.
 */
export async function listVerdicts(user: SessionUser, query: ListVerdictsQuery = {}): Promise<Page<VerdictView>> {
  assertCan(user, "article:read");
  const { status, actor, articleId, mine, limit, cursor } = listVerdictsQuerySchema.parse(query);
  const db = getDb();
  const actorIds = actor ? withDescendants(await db.actor.findMany({ select: { id: true, parentId: true } }), (await resolveActor(db, actor)).id) : undefined;
  const direction = status === "IN_REVIEW" ? "asc" : "desc";
  const rows = await db.verdict.findMany({
    where: {
      claim: { deletedAt: null, article: { deletedAt: null }, ...(actorIds ? { actorId: { in: actorIds } } : {}), ...(articleId ? { articleId } : {}) },
      ...(status ? { status } : {}),
      ...(mine ? { authorId: user.id } : {}),
    },
    include: VERDICT_ROW_INCLUDE,
    orderBy: [{ updatedAt: direction }, { id: direction }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = toPage(rows, limit);
  return { nextCursor: page.nextCursor, items: await toVerdictViews(db, page.items) };
}

/** How many verdicts await review, for the navigation's badge. */
export async function countVerdictsInReview(user: SessionUser): Promise<number> {
  assertCan(user, "article:read");
  return getDb().verdict.count({ where: { status: "IN_REVIEW", ...LIVE } });
}

/** The event's action: the first draft, an edit (it has changes), or the one workflow action between its statuses. */
function actionOf(event: { fromStatus: VerdictStatus | null; toStatus: VerdictStatus; changes: unknown }): VerdictHistoryEntry["action"] {
  if (event.fromStatus === null) return "create";
  if (event.changes !== null) return "edit";
  const from = event.fromStatus;
  return VERDICT_ACTIONS.find((action) => action !== "edit" && nextStatus(from, action) === event.toStatus) ?? "edit";
}

/** The verdict's history, oldest first (the order a reader follows a review), append-only. */
export async function verdictHistory(user: SessionUser, verdictId: string): Promise<VerdictHistoryEntry[]> {
  assertCan(user, "article:read", {}, { hide: true });
  const db = getDb();
  await findLiveVerdict(db, verdictId);
  const events = await db.verdictEvent.findMany({ where: { verdictId }, include: { by: { select: { id: true, name: true } } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return events.map((event) => ({
    id: event.id,
    action: actionOf(event),
    fromStatus: event.fromStatus ? toApiEnum(event.fromStatus) : null,
    toStatus: toApiEnum(event.toStatus),
    by: event.by,
    comment: event.comment,
    changes: (event.changes as VerdictChanges | null) ?? null,
    at: event.at.toISOString(),
  }));
}

/** Every verdict on an article's live claims (the workspace shows them all), page after page. */
export async function listArticleVerdicts(user: SessionUser, articleId: string): Promise<VerdictView[]> {
  const verdicts: VerdictView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listVerdicts(user, { articleId, limit: 100, cursor });
    verdicts.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return verdicts;
}
