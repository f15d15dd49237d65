// GET /api/v1/snapshots/:id: an archived page's bytes exactly as fetched, as a download. Never
// rendered from our origin: it is someone else's HTML (attachment, sandboxed, no sniffing).
import { apiRoute } from "@/lib/http/api-route";
import { getSnapshotBytes } from "@/lib/db/page-snapshots";
import { idParamsSchema } from "@/lib/validation/id";

export const GET = apiRoute({ params: idParamsSchema }, async ({ user, params }) => {
  const snapshot = await getSnapshotBytes(user, params.id);
  return new Response(new Uint8Array(snapshot.body), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="page-${params.id}.${snapshot.contentType === "text/plain" ? "txt" : "html"}"`,
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      // What the page was, for whoever checks the file against the archive.
      "X-Counterclaim-Sha256": snapshot.sha256,
      "X-Counterclaim-Source-Url": encodeURI(snapshot.finalUrl),
      "X-Counterclaim-Charset": snapshot.charset,
    },
  });
});
