// Personal API tokens: shown once, stored hashed, revocable, never someone else's.
import { getDb } from "@/lib/db/client";
import { createApiToken, findUserByApiToken, listApiTokens, revokeApiToken } from "@/lib/db/api-tokens";
import { updateUser } from "@/lib/db/users";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { codeOf } from "../helpers/code-of";
import { createUserRow } from "../factories/db";

setUpTestDatabase();

it("creates a token whose secret is returned once and stored only as a hash", async () => {
  const user = await createUserRow("JOURNALIST");
  const token = await createApiToken(user, { name: "CMS export" });
  expect(token.secret).toMatch(/^cc_/);
  const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } });
  expect(row.tokenHash).not.toContain(token.secret);
  expect(JSON.stringify(await listApiTokens(user))).not.toContain(token.secret);
  expect(await findUserByApiToken(token.secret)).toMatchObject({ id: user.id, role: "JOURNALIST" });
  expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
});

it("stops working once revoked, and for a disabled user", async () => {
  const admin = await createUserRow("ADMIN");
  const user = await createUserRow("REVIEWER");
  const revoked = await createApiToken(user, { name: "one" });
  const kept = await createApiToken(user, { name: "two" });
  await revokeApiToken(user, revoked.id);
  expect(await findUserByApiToken(revoked.secret)).toBeNull();
  expect(await findUserByApiToken(kept.secret)).not.toBeNull();
  await updateUser(admin, user.id, { disabled: true });
  expect(await findUserByApiToken(kept.secret)).toBeNull();
});

it("treats someone else's token as not found, for admins too, and lists only one's own", async () => {
  const owner = await createUserRow("JOURNALIST");
  const admin = await createUserRow("ADMIN");
  const token = await createApiToken(owner, { name: "mine" });
  expect(await codeOf(revokeApiToken(admin, token.id))).toBe("NOT_FOUND");
  expect(await codeOf(revokeApiToken(owner, "nosuchtoken"))).toBe("NOT_FOUND");
  expect(await listApiTokens(admin)).toEqual([]);
  expect(await findUserByApiToken(token.secret)).not.toBeNull();
});

it("rejects unknown and malformed secrets", async () => {
  expect(await findUserByApiToken("cc_" + "x".repeat(43))).toBeNull();
  expect(await findUserByApiToken("not-a-token")).toBeNull();
  await expect(createApiToken(await createUserRow("JOURNALIST"), { name: "" })).rejects.toThrow();
});
