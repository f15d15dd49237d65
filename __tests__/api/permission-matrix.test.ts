// The permission matrix (issue 9): every /api/v1 route and method and every server action, called
// by every role, anonymously, by a disabled user and with a revoked token, on the caller's own
// record and on someone else's. The expected status is derived from lib/auth's PERMISSIONS and the
// tables in __tests__/helpers/permission-matrix, never written down per case; a route or action
// the tables do not know fails the inventory tests. Runs against an app and database of its own.
import { ROLES } from "@/lib/domain/roles";
import { expectedStatus, IDENTITIES, type Identity, type Ownership } from "../helpers/permission-matrix/expected-status";
import { apiRouteInventory, serverActionInventory } from "../helpers/permission-matrix/inventory";
import { ROUTE_TABLE, routeKey, type RouteEntry } from "../helpers/permission-matrix/route-table";
import { ACTION_TABLE, actionKey, type ActionEntry } from "../helpers/permission-matrix/action-table";
import { callServerAction, serverActionIds } from "../helpers/permission-matrix/server-action-client";
import { World, type Party } from "../helpers/permission-matrix/world";

let world: World;
beforeAll(async () => {
  world = await World.start();
}, 180_000);
afterAll(() => world?.stop());

const isNobody = (identity: Identity) => !(ROLES as readonly string[]).includes(identity);

/** Each role on its own and on someone else's record; the unauthenticated callers on someone else's. */
function casesFor(owned: boolean): [Identity, Ownership][] {
  if (!owned) return IDENTITIES.map((identity) => [identity, "none"]);
  return [...ROLES.flatMap((role): [Identity, Ownership][] => [[role, "own"], [role, "others"]]), ...IDENTITIES.filter(isNobody).map((identity): [Identity, Ownership] => [identity, "others"])];
}

/**
 * Callers the server must not accept share one prepared request per entry: a 401 changes nothing,
 * and should one of them get through, the next finds the record used up and fails too.
 */
const preparedForNobody = new Map<object, Promise<unknown>>();
function prepare<T>(entry: object, identity: Identity, build: () => Promise<T>): Promise<T> {
  if (!isNobody(identity)) return build();
  if (!preparedForNobody.has(entry)) preparedForNobody.set(entry, build());
  return preparedForNobody.get(entry) as Promise<T>;
}

/** The owner of the record: the caller for "own", another journalist otherwise. */
function ownerFor(identity: Identity, ownership: Ownership): Party {
  return ownership === "own" ? world.parties[identity as (typeof ROLES)[number]] : world.parties.other;
}

describe("the tables cover the code", () => {
  it("has an entry for every route file and exported method under app/api/v1", () => {
    const known = new Set(ROUTE_TABLE.map(routeKey));
    expect(apiRouteInventory().map(routeKey).filter((key) => !known.has(key))).toEqual([]);
    // And no entry for a route that is gone.
    const present = new Set(apiRouteInventory().map(routeKey));
    expect([...known].filter((key) => !present.has(key))).toEqual([]);
  });

  it("has an entry for every export of lib/actions, and the production build knows each of them", () => {
    const known = new Set(ACTION_TABLE.map(actionKey));
    const inventory = serverActionInventory().map(actionKey);
    expect(inventory.filter((key) => !known.has(key))).toEqual([]);
    expect([...known].filter((key) => !inventory.includes(key))).toEqual([]);
    const built = serverActionIds();
    expect(inventory.filter((key) => !built.has(key))).toEqual([]);
  });
});

/** The start of the answer's body; a live stream (text/event-stream) never ends, so it is cancelled unread. */
async function bodyOf(response: Response): Promise<string> {
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    await response.body?.cancel();
    return "<event stream>";
  }
  return (await response.text()).slice(0, 300);
}

describe.each(ROUTE_TABLE.map((entry) => [`${routeKey(entry)}${entry.variant ? ` (${entry.variant})` : ""}`, entry] as const))("%s", (_name, entry: RouteEntry) => {
  it.each(casesFor(entry.owned))("%s on %s record", async (identity, ownership) => {
    const owner = ownerFor(identity, ownership);
    const request = await prepare(entry, identity, () => entry.request(world, owner));
    const caller = world.callers[identity];
    const expected = expectedStatus({ caller: caller.user, needs: entry.needs, ownerId: ownership === "none" ? undefined : owner.user.id, success: entry.success, public: entry.public });
    const response = await caller.send(request);
    const answer = { request: `${request.method} ${request.path}`, body: response.status === 204 ? null : await bodyOf(response) };
    // On a mismatch the diff shows the request, the answer's body and which permission decided.
    expect({ ...answer, status: response.status }).toEqual({ ...answer, status: expected.status, ...(response.status === expected.status ? {} : { expectedBecause: expected.because }) });
  });
});

describe.each(ACTION_TABLE.map((entry) => [actionKey(entry), entry] as const))("server action %s", (_name, entry: ActionEntry) => {
  it.each(casesFor(entry.owned))("%s on %s record", async (identity, ownership) => {
    const owner = ownerFor(identity, ownership);
    const call = await prepare(entry, identity, () => entry.call(world, owner));
    const caller = entry.public ? await world.disposableCaller(identity) : world.callers[identity];
    const expected = expectedStatus({ caller: caller.user, needs: entry.needs, ownerId: ownership === "none" ? undefined : owner.user.id, success: 200, public: entry.public });
    const outcome = await callServerAction(world, caller, entry, call);
    expect(outcome).toEqual({ ...outcome, status: expected.status, ...(outcome.status === expected.status ? {} : { expectedBecause: expected.because }) });
  });
});
