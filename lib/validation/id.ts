// Route parameter ids: cuid-like strings; anything else is simply not found.
import { z } from "./zod";

export const idSchema = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, "Not a valid id.");
export const idParamsSchema = z.object({ id: idSchema });
