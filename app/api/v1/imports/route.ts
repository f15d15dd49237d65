// POST /api/v1/imports {kind: "url", url} | {kind: "html", html} | {kind: "text", text} | {kind: "docx", docx (base64)}:
// the preview of an article to import (metadata, blocks with page furniture flagged); a URL is
// fetched safely and archived, and the preview names the archived page (snapshot) to create from.
import { apiRoute } from "@/lib/http/api-route";
import { previewImport } from "@/lib/db/article-import";
import { importPreviewSchema } from "@/lib/validation/article-import";
import { LIMITS } from "@/lib/validation/limits";

export const POST = apiRoute({ body: importPreviewSchema, maxBodyBytes: LIMITS.importBodyBytes }, ({ user, body }) => previewImport(user, body));
