// Liveness for load balancers and the Docker healthcheck: 200 {db:"ok"} or 503 {db:"unavailable"}.
import { checkDatabase } from "@/lib/db/health";
import { jsonResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET() {
  return (await checkDatabase()) ? jsonResponse({ status: "ok", db: "ok" }) : jsonResponse({ status: "degraded", db: "unavailable" }, 503, { "Retry-After": "5" });
}
