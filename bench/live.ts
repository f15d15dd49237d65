// `npm run bench -- live`: one production app instance, 200 open live streams (plain HTTP clients
// with Bearer tokens) on one article, one claim created per second for 30 s through the JSON API
// (BENCH_LIVE_STREAMS, BENCH_LIVE_SECONDS). Reports the delivery latency, write committed -> event
// received by each stream (commit is when a bare `pg` LISTEN client in this process hears the
// trigger's NOTIFY), against the bare LISTEN/NOTIFY round trip on the same server measured in the
// same run; and the server's memory per stream (RSS of its process tree before and after opening
// the streams, divided by their number). Figures only; __tests__/reliability asserts the behaviour.
import { readFileSync, readdirSync } from "node:fs";
import { Client } from "pg";
import { ensureBuild, startAppServer } from "../__tests__/helpers/app-server";
import { createSeededDatabase, prepareDesk } from "../__tests__/helpers/reliability-desk";
import { percentile } from "../__tests__/helpers/annotator-load";
import { openSse, changeOf, type SseStream } from "../__tests__/helpers/sse-client";

const STREAMS = Number(process.env.BENCH_LIVE_STREAMS ?? 200);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 30);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;

/** Resident memory of a process and all its descendants (next start may fork its server), in bytes. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))![1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function bareNotifyRoundTrips(url: string, count: number): Promise<number[]> {
  const listener = new Client({ connectionString: url });
  const notifier = new Client({ connectionString: url });
  await Promise.all([listener.connect(), notifier.connect()]);
  await listener.query("LISTEN bench_live_baseline");
  const samples: number[] = [];
  let pending: ((at: number) => void) | null = null;
  listener.on("notification", () => pending?.(performance.now()));
  for (let index = 0; index < count; index++) {
    const heard = new Promise<number>((resolve) => (pending = resolve));
    const sent = performance.now();
    await notifier.query("SELECT pg_notify('bench_live_baseline', $1)", [JSON.stringify({ seq: index })]);
    samples.push((await heard) - sent);
    await sleep(20);
  }
  await Promise.all([listener.end(), notifier.end()]);
  return samples;
}

export async function benchLive(): Promise<void> {
  ensureBuild();
  const database = await createSeededDatabase();
  const desk = await prepareDesk(database.url, { journalists: 2, paragraphs: 40, tag: "live-bench" });
  const server = await startAppServer({ DATABASE_URL: database.url, COUNTERCLAIM_LIVE_MAX_STREAMS_PER_USER: String(STREAMS + 10) });
  const streams: SseStream[] = [];
  const commits = new Client({ connectionString: database.url });
  try {
    const baseline = await bareNotifyRoundTrips(database.url, 200);

    // Warm the route (first request compiles nothing in production, but loads modules) and settle.
    const warm = await openSse(`${server.url}/api/v1/articles/${desk.articleId}/events`, { authorization: `Bearer ${desk.tokens[1]}` });
    await warm.waitFor((event) => event.event === "ready");
    warm.close();
    await sleep(2000);
    const rssBefore = treeRss(server.pid);

    const received = new Map<string, number[]>();
    const onEvent = (event: { event: string; data: string; at: number }) => {
      if (event.event !== "change") return;
      const { entityId } = changeOf(event);
      received.set(entityId, [...(received.get(entityId) ?? []), event.at]);
    };
    for (let index = 0; index < STREAMS; index++) {
      const stream = await openSse(`${server.url}/api/v1/articles/${desk.articleId}/events`, { authorization: `Bearer ${desk.tokens[1]}` }, onEvent);
      if (stream.status !== 200) throw new Error(`Stream ${index} was refused: ${stream.status}`);
      streams.push(stream);
    }
    await Promise.all(streams.map((stream) => stream.waitFor((event) => event.event === "ready", 30_000)));
    await sleep(3000);
    const rssAfter = treeRss(server.pid);

    // The moment each write committed, as a bare listener hears it.
    const committedAt = new Map<string, number>();
    await commits.connect();
    commits.on("notification", (message) => {
      const payload = JSON.parse(message.payload ?? "{}") as { entityId?: string };
      if (payload.entityId) committedAt.set(payload.entityId, performance.now());
    });
    await commits.query("LISTEN counterclaim_audit");

    const claimIds: string[] = [];
    for (let second = 0; second < SECONDS; second++) {
      const tick = performance.now();
      const start = 3 + ((second * 37) % (desk.text.length - 60));
      const response = await fetch(`${server.url}/api/v1/articles/${desk.articleId}/claims`, {
        method: "POST",
        headers: { authorization: `Bearer ${desk.tokens[0]}`, "content-type": "application/json" },
        body: JSON.stringify({ actor: "Russia", start, end: start + 20 }),
      });
      if (response.status !== 201) throw new Error(`Creating a claim answered ${response.status}: ${await response.text()}`);
      claimIds.push(((await response.json()) as { id: string }).id);
      await sleep(Math.max(0, 1000 - (performance.now() - tick)));
    }
    await sleep(3000);

    const latencies: number[] = [];
    let missing = 0;
    for (const claimId of claimIds) {
      const committed = committedAt.get(claimId);
      const times = received.get(claimId) ?? [];
      missing += STREAMS - times.length;
      if (committed !== undefined) latencies.push(...times.map((at) => at - committed));
    }
    const [b50, b99] = [percentile(baseline, 50), percentile(baseline, 99)];
    const [l50, l99] = [percentile(latencies, 50), percentile(latencies, 99)];
    console.log(`live: ${STREAMS} streams on one article, one claim per second for ${SECONDS} s (1 instance, LISTEN/NOTIFY feed)`);
    console.log(`  delivery, commit -> each stream   ${String(latencies.length).padStart(6)} events   p50 ${ms(l50)}  p99 ${ms(l99)}   (missing: ${missing})`);
    console.log(`  baseline: bare LISTEN/NOTIFY       ${String(baseline.length).padStart(6)} trips    p50 ${ms(b50)}  p99 ${ms(b99)}`);
    console.log(`  ratio (delivery / baseline):  p50 ${(l50 / b50).toFixed(1)}x   p99 ${(l99 / b99).toFixed(1)}x`);
    const perStream = (rssAfter - rssBefore) / STREAMS;
    console.log(`  server RSS ${(rssBefore / 2 ** 20).toFixed(1)} MiB -> ${(rssAfter / 2 ** 20).toFixed(1)} MiB with the streams open: ${(perStream / 1024).toFixed(1)} KiB per stream`);
    console.log(`  (${(perStream / rssBefore * 100).toFixed(3)}% of the idle server's RSS per stream)\n`);
  } finally {
    for (const stream of streams) stream.close();
    await commits.end().catch(() => undefined);
    await server.stop();
    await database.drop();
  }
}
