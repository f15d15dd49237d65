// /api/health over HTTP, with the database up, and on a server whose database is gone.
import { baseUrl } from "../helpers/http-session";
import { startAppServer } from "../helpers/app-server";
import { freeLoopbackPort } from "@/lib/net/free-port";

it("answers 200 with db ok while the database is up", async () => {
  const response = await fetch(`${baseUrl()}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

it("answers 503 with Retry-After when the database is unreachable, and API calls fail fast the same way", async () => {
  // A port nothing listens on: the database is gone.
  const deadDatabase = `postgresql://postgres@127.0.0.1:${await freeLoopbackPort()}/gone`;
  const server = await startAppServer({ DATABASE_URL: deadDatabase, DATABASE_CONNECT_TIMEOUT_MS: "1000" }, { waitForHealthy: false });
  try {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("5");
    expect(await health.json()).toEqual({ status: "degraded", db: "unavailable" });

    const api = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: "Bearer cc_0000000000000000000000000000000000000000000" } });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    const body = (await api.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("DATABASE_UNAVAILABLE");
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*:\d+/);
  } finally {
    await server.stop();
  }
});
