// The desk's rating scale as stored (seeded from lib/domain/rating-scale.ts): listed for the verdict
// form, relabelled and redefined by admins, deleted only while no verdict uses the rating.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Rating } from "@/lib/generated/prisma/client";
import { ratingKeySchema, updateRatingSchema, type UpdateRatingInput } from "@/lib/validation/verdict";
import { getDb, type DbTx } from "./client";
import { recordAudit } from "./audit";

export type RatingView = {
  key: string;
  label: string;
  color: string;
  definition: string;
  /** schema.org ClaimReview ratingValue (1 worst .. 5 best); null for a rating off the scale (Unverifiable). */
  ratingValue: number | null;
  position: number;
  /** Verdicts that use the rating (any status): a rating in use cannot be deleted. */
  verdictCount: number;
};

const toRatingView = (rating: Rating, verdictCount: number): RatingView => ({
  key: rating.key,
  label: rating.label,
  color: rating.color,
  definition: rating.definition,
  ratingValue: rating.ratingValue,
  position: rating.position,
  verdictCount,
});

const auditView = (rating: Rating) => ({ key: rating.key, label: rating.label, definition: rating.definition, color: rating.color, ratingValue: rating.ratingValue });

/**
 * The rating a verdict is being saved with, or a 422 on the `rating` field. The row stays share-locked
 * until the save commits, so a concurrent delete waits and then finds the rating in use.
 */
export async function findRatingForVerdict(tx: DbTx, key: string): Promise<{ id: string; key: string }> {
  const [rating] = await tx.$queryRaw<{ id: string; key: string }[]>`SELECT id, key FROM "Rating" WHERE key = ${key} FOR KEY SHARE`;
  if (!rating) throw new AppError("UNPROCESSABLE", `There is no rating “${key}”.`, { details: { field: "rating" } });
  return rating;
}

async function findRating(tx: DbTx, key: string): Promise<Rating> {
  const parsed = ratingKeySchema.safeParse(key);
  const rating = parsed.success ? await tx.rating.findUnique({ where: { key: parsed.data } }) : null;
  if (!rating) throw notFound("Rating");
  return rating;
}

/** The scale in its order, with how many verdicts use each rating. */
export async function listRatings(user: SessionUser): Promise<RatingView[]> {
  assertCan(user, "article:read");
  const db = getDb();
  const [ratings, counts] = await Promise.all([db.rating.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] }), db.verdict.groupBy({ by: ["ratingId"], _count: { _all: true } })]);
  const byRating = new Map(counts.map((row) => [row.ratingId, row._count._all]));
  return ratings.map((rating) => toRatingView(rating, byRating.get(rating.id) ?? 0));
}

/** Renames a rating or rewrites its definition (admins). Its key, value and colour stay; labels stay unique. */
export async function updateRating(user: SessionUser, key: string, input: UpdateRatingInput): Promise<RatingView> {
  assertCan(user, "rating:manage");
  const data = updateRatingSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await findRating(tx, key);
    if (data.label !== undefined) {
      const clash = await tx.rating.findFirst({ where: { id: { not: before.id }, label: { equals: data.label, mode: "insensitive" } } });
      if (clash) throw new AppError("CONFLICT", `Another rating is already called “${clash.label}”.`, { details: { field: "label" } });
    }
    const after = await tx.rating.update({ where: { id: before.id }, data });
    await recordAudit(tx, { userId: user.id, entity: "Rating", entityId: before.id, action: "update", before: auditView(before), after: auditView(after) });
    return toRatingView(after, await tx.verdict.count({ where: { ratingId: before.id } }));
  });
}

const inUse = (count: number) => new AppError("CONFLICT", `This rating is used by ${count === 1 ? "a verdict" : `${count} verdicts`} and cannot be deleted. Rename it instead.`, { details: { verdictCount: count } });

/** Deletes a rating no verdict uses (admins); one in use is a 409. */
export async function deleteRating(user: SessionUser, key: string): Promise<void> {
  assertCan(user, "rating:manage");
  await getDb().$transaction(async (tx) => {
    const rating = await findRating(tx, key);
    const count = await tx.verdict.count({ where: { ratingId: rating.id } });
    if (count > 0) throw inUse(count);
    try {
      await tx.rating.delete({ where: { id: rating.id } });
    } catch (error) {
      // A verdict saved with this rating while we counted: the foreign key refuses the delete.
      const code = (error as { code?: unknown }).code;
      if (code === "P2003" || code === "23503") throw inUse(1);
      throw error;
    }
    await recordAudit(tx, { userId: user.id, entity: "Rating", entityId: rating.id, action: "delete", before: auditView(rating) });
  });
}
