// Credentials checking and the PostgreSQL-backed rate limiter.
import { getDb } from "@/lib/db/client";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { SIGN_IN_LIMITS, verifyCredentials } from "@/lib/db/sign-in";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createUserRow, FACTORY_PASSWORD } from "../factories/db";

setUpTestDatabase();

it("returns the user for the right password, and null for a wrong one, an unknown email or malformed input", async () => {
  const user = await createUserRow("JOURNALIST");
  expect(await verifyCredentials({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD }, "192.0.2.1")).toMatchObject({ id: user.id });
  expect(await verifyCredentials({ email: user.email, password: "wrong password" }, "192.0.2.1")).toBeNull();
  expect(await verifyCredentials({ email: "nobody@example.org", password: FACTORY_PASSWORD }, "192.0.2.1")).toBeNull();
  expect(await verifyCredentials({ email: ["x"], password: 5 }, "192.0.2.1")).toBeNull();
  expect(await verifyCredentials("garbage", "192.0.2.1")).toBeNull();
});

it("refuses a disabled user even with the right password", async () => {
  const user = await createUserRow("REVIEWER", { disabled: true });
  expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD }, "192.0.2.2")).toBeNull();
});

it("blocks an account after too many failures, even for the right password, and records the failures", async () => {
  const user = await createUserRow("JOURNALIST");
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.limit; attempt++) {
    // A different IP each time: the account limit alone must hold.
    expect(await verifyCredentials({ email: user.email, password: `guess ${attempt}` }, `198.51.100.${attempt}`)).toBeNull();
  }
  expect(await codeOf(verifyCredentials({ email: user.email, password: FACTORY_PASSWORD }, "198.51.100.200"))).toBe("RATE_LIMITED");
  expect(await getDb().auditEvent.count({ where: { entityId: user.id, action: "sign-in-failed" } })).toBe(SIGN_IN_LIMITS.perAccount.limit);
});

it("blocks an IP that fails across many accounts", async () => {
  const ip = "203.0.113.77";
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp.limit; attempt++) {
    await verifyCredentials({ email: `spray-${attempt}@example.org`, password: "password123456" }, ip);
  }
  const user = await createUserRow("JOURNALIST");
  expect(await codeOf(verifyCredentials({ email: user.email, password: FACTORY_PASSWORD }, ip))).toBe("RATE_LIMITED");
  expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD }, "203.0.113.78")).toMatchObject({ id: user.id });
});

it("counts concurrent hits exactly once each (one atomic upsert per hit)", async () => {
  const rule = { limit: 100, windowSeconds: 60 };
  const counts = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit("concurrency-test", rule)));
  expect(counts.map((state) => state.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
});

it("starts a new window once the old one has expired", async () => {
  await getDb().rateLimitBucket.create({ data: { key: "expired", count: 50, resetAt: new Date(Date.now() - 1000) } });
  expect((await hitRateLimit("expired", { limit: 5, windowSeconds: 60 })).count).toBe(1);
});
