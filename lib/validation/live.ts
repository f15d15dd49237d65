// The live change feed's inputs: the NOTIFY payload the database sends (lib/live/change-feed.ts
// parses it before trusting it) and the Last-Event-ID a reconnecting EventSource sends.
import { z } from "./zod";

const shortText = z.string().min(1).max(200);

/** One committed audit event, ids only (the trigger in migration ..._live_change_feed builds it). */
export const changeEventSchema = z.object({
  seq: z.number().int().positive(),
  id: z.string().min(1).max(64),
  entity: shortText,
  entityId: shortText,
  articleId: z.string().min(1).max(64),
  action: shortText,
  userId: z.string().min(1).max(64).nullable(),
});
export type ChangeEvent = z.output<typeof changeEventSchema>;

/** A presence notification: which article's viewers changed. */
export const presenceNoticeSchema = z.object({ articleId: z.string().min(1).max(64) });

/** The `id:` we sent last: a sequence number. Anything else is ignored (a fresh stream, no catch-up). */
export const lastEventIdSchema = z.string().max(20).regex(/^\d{1,15}$/).transform(Number);

export function parseLastEventId(header: string | null): number | null {
  if (header === null) return null;
  const parsed = lastEventIdSchema.safeParse(header.trim());
  return parsed.success ? parsed.data : null;
}

