// Keyset pagination, newest first: the Prisma arguments for one page of `limit` rows plus one that
// only says there is more (lib/validation/pagination's toPage turns the rows into {items, nextCursor}).
export function newestFirstPage(limit: number, cursor: string | undefined) {
  return {
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  };
}
