// 50 simulated annotators on one article for a few seconds, over loopback HTTP against a production
// server on a database of its own: no 5xx, no failed request, and afterwards the database holds
// exactly what the successful answers promised (claims alive and deleted, versions, links, audit
// events per claim and per link). bench/reliability.ts runs the same load for 60 s with figures.
import type { TestDatabase } from "../helpers/test-database";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createSeededDatabase, prepareDesk, type Desk } from "../helpers/reliability-desk";
import { ledgerMismatches, partialWrites, runAnnotators, statusHistogram } from "../helpers/annotator-load";

const ANNOTATORS = 50;
const LOAD_MS = 8_000;

let database: TestDatabase;
let server: AppServer;
let desk: Desk;

beforeAll(async () => {
  database = await createSeededDatabase();
  desk = await prepareDesk(database.url, { journalists: 10 });
  server = await startAppServer({ DATABASE_URL: database.url });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

it("serves 50 concurrent annotators without a 5xx, and the database holds exactly what the answers promised", async () => {
  // One annotator first, so that the fresh server has loaded its routes and opened connections (a
  // deployment warms up under its first users, not under 50 at once); its writes count too.
  const warmUp = await runAnnotators({ baseUrl: server.url, articleId: desk.articleId, text: desk.text, tokens: desk.tokens, annotators: 1, durationMs: 1_000 });
  const result = await runAnnotators({ baseUrl: server.url, articleId: desk.articleId, text: desk.text, tokens: desk.tokens, annotators: ANNOTATORS, durationMs: LOAD_MS, ledger: warmUp.ledger, seed: 10 });
  const histogram = statusHistogram(result.samples);

  expect(result.networkErrors).toEqual([]);
  expect(result.samples.filter((sample) => sample.status >= 500)).toEqual([]);
  // Only the answers the simulation can provoke: created, edited, deleted, a stale version or a
  // duplicate link (409), a claim deleted meanwhile (404).
  expect(Object.keys(histogram).filter((status) => !["200", "201", "204", "404", "409"].includes(status))).toEqual([]);
  // The load did happen: every kind of write succeeded at least once.
  for (const [op, status] of [["createClaim", 201], ["editClaim", 200], ["deleteClaim", 204], ["createLink", 201], ["deleteLink", 204]] as const) {
    const answers = statusHistogram(result.samples.filter((sample) => sample.op === op));
    expect({ op, answers, succeeded: (answers[status] ?? 0) > 0 }).toEqual({ op, answers, succeeded: true });
  }

  expect(warmUp.samples.filter((sample) => sample.status >= 500)).toEqual([]);
  expect(await ledgerMismatches(database.url, desk.articleId, result.ledger)).toEqual([]);
  expect(await partialWrites(database.url, desk.articleId)).toEqual([]);
}, 180_000);
