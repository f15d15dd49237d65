// Benchmark data at scale: fills a migrated and seeded database with N claims (100,000 in the
// benches) through bulk INSERT ... SELECT unnest($1::text[], ...) over `pg`, which is orders of
// magnitude faster than the data functions and is all a benchmark's data needs.
// What it writes looks like a desk's two years: ~1 article per 50 claims spread by week, the seeded
// top-level actors plus ministries and spokespeople under them (and two more top-level actors),
// claims spread over every level, English sentences built from a vocabulary with a seeded PRNG
// (so full-text and trigram search have something real to find), near-duplicates of an actor's
// talking points across articles, ~30% verdicts of every status and seeded rating, REBUTS links
// between claims of different states, and a few deleted claims and articles that must never count.
// Deterministic for a given seed; ids (letters and digits) are prefixed with the seed so fills with
// different seeds never collide.
import { Client } from "pg";
import { describeRange } from "../lib/anchoring/text-selector";
import { docToCanonicalText, paragraphsToDoc } from "../lib/editor/canonical-text";

export type ManyClaimsOptions = { claims: number; seed?: number };

export type ManyClaimsSummary = {
  /** Rows written, deleted ones included. */
  claims: number;
  /** Claims neither deleted nor in a deleted article. */
  liveClaims: number;
  articles: number;
  deletedArticles: number;
  deletedClaims: number;
  /** Actors this fill created (ministries, spokespeople, the extra top-level actors). */
  actorsCreated: number;
  verdicts: number;
  approvedVerdicts: number;
  rebuttals: number;
  /** Claims whose text is a near-duplicate of an earlier claim of the same actor in another article. */
  nearDuplicates: number;
  /** The user every row is created by. */
  userId: string;
  /** A top-level actor with ministries and spokespeople under it (the first seeded actor). */
  actorWithChildren: { id: string; slug: string; name: string; descendantIds: string[] };
  topLevelActorIds: string[];
  /** A live article with many claims. */
  articleId: string;
  /** One near-duplicate pair: the later claim and the earlier one it repeats (same actor, other article). */
  nearDuplicatePair: { claimId: string; originalClaimId: string };
  /** The publication dates of the oldest and newest article. */
  firstPublishedAt: Date;
  lastPublishedAt: Date;
};

const WEEK_MS = 7 * 24 * 3600 * 1000;
const WEEKS = 104;
const CLAIMS_PER_ARTICLE = 50;
const BATCH = 5000;

/** mulberry32: small, fast and good enough to make varied but reproducible data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const VOCABULARY = {
  verbs: ["said", "claimed", "stated", "insisted", "announced", "alleged", "reported", "denied", "confirmed", "warned"],
  forces: ["armed units", "artillery crews", "drone operators", "border guards", "peacekeepers", "special forces", "reconnaissance groups", "mortar teams", "sniper units", "tank columns"],
  actions: ["shelled", "crossed into", "fired on", "attacked", "withdrew from", "mined the road near", "violated the ceasefire at", "reinforced positions near", "blocked the corridor at", "evacuated civilians from"],
  places: ["Lachin", "Shusha", "Stepanakert", "Agdam", "Kalbajar", "Jermuk", "Goris", "Tavush", "Nakhchivan", "Sotk", "Fizuli", "Hadrut", "Martakert", "Ijevan", "Vardenis"],
  times: ["overnight", "on Tuesday morning", "late on Sunday", "at dawn", "during the truce", "after midnight", "on Friday evening", "in the early hours", "over the weekend", "earlier this week"],
  outcomes: ["killing two soldiers", "wounding several civilians", "with no casualties", "damaging a school", "destroying a supply depot", "cutting power to three villages", "forcing families to flee", "injuring a shepherd", "setting fields on fire", "hitting a hospital"],
  denials: ["the reports are fabricated", "no such operation took place", "the footage was staged", "its troops held their positions", "the accusations are provocations", "the ceasefire was fully respected", "the figures are grossly exaggerated", "the photographs show another region"],
  noteStarts: ["Checked against", "Compare with", "Contradicted by", "Partly matches", "Needs a second source:", "Satellite imagery from", "Local residents quoted by", "No independent confirmation from"],
  noteSources: ["the OSCE monitors' report", "Reuters wire copy", "the Armenian ombudsman", "geolocated video", "Sentinel-2 imagery", "the ICRC statement", "the defence ministry briefing", "a Caucasus Knot correspondent", "Planet Labs pictures", "hospital records"],
  titles: ["Ceasefire under strain", "Shelling reported near", "Ministries trade accusations over", "Truce talks stall after clashes in", "Civilians flee fighting around", "Peacekeepers report violations at", "Claims and counterclaims over", "Border incident near"],
} as const;

function claimSentence(random: Random, speaker: string): string {
  const v = VOCABULARY;
  if (random() < 0.25) return `${speaker} ${pick(random, v.verbs)} that ${pick(random, v.denials)} and that ${pick(random, v.forces)} stayed away from ${pick(random, v.places)}.`;
  return `${speaker} ${pick(random, v.verbs)} that ${pick(random, v.forces)} ${pick(random, v.actions)} ${pick(random, v.places)} ${pick(random, v.times)}, ${pick(random, v.outcomes)}.`;
}

/** A talking point repeated in another article: the same sentence with one small change. */
function nearDuplicateOf(random: Random, sentence: string): string {
  const variants = [
    (text: string) => text.replace(/ (said|claimed|stated|insisted|announced|alleged|reported|denied|confirmed|warned) /, ` ${pick(random, VOCABULARY.verbs)} again `),
    (text: string) => text.replace(/\.$/, `, ${pick(random, VOCABULARY.times)}.`),
    (text: string) => `Once more, ${text}`,
  ];
  return pick(random, variants)(sentence);
}

function noteSentence(random: Random): string {
  if (random() < 0.4) return "";
  return `${pick(random, VOCABULARY.noteStarts)} ${pick(random, VOCABULARY.noteSources)} about ${pick(random, VOCABULARY.places)}.`;
}

function rationaleDoc(random: Random, ratingLabel: string): object {
  const text = `Rated ${ratingLabel.toLowerCase()}: ${pick(random, VOCABULARY.noteStarts).toLowerCase()} ${pick(random, VOCABULARY.noteSources)}, which describes ${pick(random, VOCABULARY.places)} ${pick(random, VOCABULARY.times)}.`;
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

type ActorRow = { id: string; name: string; parentId: string | null; rootId: string; slug: string };

/** Ministries and spokespeople under every top-level actor, and two more top-level actors. */
async function createActorHierarchy(client: Client, tag: string): Promise<{ actors: ActorRow[]; created: number }> {
  const palette = ["#0f766e", "#9d174d", "#3f6212", "#1e3a8a", "#7c2d12", "#4c1d95"];
  const extra = [
    { name: "Turkey", slug: "turkey", kind: "STATE" },
    { name: "European Union", slug: "european-union", kind: "INSTITUTION" },
  ];
  const rows: { id: string; name: string; slug: string; kind: string; parentId: string | null; color: string }[] = [];
  const { rows: seeded } = await client.query<{ id: string; name: string; slug: string }>(`SELECT id, name, slug FROM "Actor" WHERE "parentId" IS NULL ORDER BY "createdAt", name`);
  if (seeded.length === 0) throw new Error("fillManyClaims needs a seeded database (no actors found).");
  const existingNames = new Set(seeded.map((actor) => actor.name));
  const tops = [...seeded];
  for (const [index, actor] of extra.entries()) {
    if (existingNames.has(actor.name)) continue;
    const id = `${tag}atop${index}`;
    rows.push({ id, name: actor.name, slug: actor.slug, kind: actor.kind, parentId: null, color: palette[index] });
    tops.push({ id, name: actor.name, slug: actor.slug });
  }
  for (const [index, top] of tops.entries()) {
    for (const [m, ministry] of ["Foreign Ministry", "Defence Ministry"].entries()) {
      const ministryId = `${tag}a${index}m${m}`;
      rows.push({ id: ministryId, name: `${top.name} ${ministry} (${tag})`, slug: `${top.slug}-${m === 0 ? "mfa" : "mod"}-${tag}`, kind: "INSTITUTION", parentId: top.id, color: palette[(index + m + 2) % palette.length] });
      for (const s of [0, 1]) {
        rows.push({ id: `${ministryId}s${s}`, name: `${top.name} ${ministry} spokesperson ${s + 1} (${tag})`, slug: `${top.slug}-${m === 0 ? "mfa" : "mod"}-spokesperson-${s + 1}-${tag}`, kind: "PERSON", parentId: ministryId, color: palette[(index + s + 4) % palette.length] });
      }
    }
  }
  await client.query(
    `INSERT INTO "Actor" (id, name, slug, color, aliases, kind, "parentId", "updatedAt")
     SELECT id, name, slug, color, '{}', kind::"ActorKind", "parentId", now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, name, slug, color, kind, "parentId")`,
    [rows.map((r) => r.id), rows.map((r) => r.name), rows.map((r) => r.slug), rows.map((r) => r.color), rows.map((r) => r.kind), rows.map((r) => r.parentId)],
  );
  const actors: ActorRow[] = tops.map((top) => ({ id: top.id, name: top.name, slug: top.slug, parentId: null, rootId: top.id }));
  // Rows come parent first, so each parent's root is known when its children are reached.
  const rootOf = new Map(actors.map((actor) => [actor.id, actor.rootId]));
  for (const row of rows.filter((r) => r.parentId)) {
    const rootId = rootOf.get(row.parentId!)!;
    rootOf.set(row.id, rootId);
    actors.push({ id: row.id, name: row.name, slug: row.slug, parentId: row.parentId, rootId });
  }
  return { actors, created: rows.length };
}

/** Inserts `rows` (arrays in column order) in batches through unnest of one array per column. */
async function insertRows(client: Client, table: string, columns: { name: string; type: string; cast?: string }[], rows: unknown[][]): Promise<void> {
  const selectList = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`)).join(", ");
  const unnestArgs = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  const sql = `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(", ")}) SELECT ${selectList} FROM unnest(${unnestArgs}) AS t(${aliases})`;
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    const batch = rows.slice(offset, offset + BATCH);
    await client.query(sql, columns.map((_, index) => batch.map((row) => row[index])));
  }
}

/**
 * Fills the database at `connectionString` (migrated, seeded: actors, ratings, at least one user)
 * with `options.claims` claims and everything around them. Returns counts and ids for benches.
 */
export async function fillManyClaims(connectionString: string, options: ManyClaimsOptions): Promise<ManyClaimsSummary> {
  const seed = options.seed ?? 11;
  const random = createRandom(seed);
  // Letters and digits only: API routes accept nothing else as an id (lib/validation/id.ts).
  const tag = `mc${seed}x`;
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const user = (await client.query<{ id: string }>(`SELECT id FROM "User" ORDER BY (role = 'JOURNALIST') DESC, "createdAt" LIMIT 1`)).rows[0];
    const reviewer = (await client.query<{ id: string }>(`SELECT id FROM "User" ORDER BY (role = 'REVIEWER') DESC, "createdAt" LIMIT 1`)).rows[0];
    if (!user) throw new Error("fillManyClaims needs a seeded database (no users found).");
    const ratings = (await client.query<{ id: string; label: string }>(`SELECT id, label FROM "Rating" ORDER BY position`)).rows;
    if (ratings.length === 0) throw new Error("fillManyClaims needs a seeded database (no ratings found).");

    await client.query("BEGIN");
    const { actors, created: actorsCreated } = await createActorHierarchy(client, tag);
    const topLevel = actors.filter((actor) => actor.parentId === null);
    // The seeded states speak most; the extra actors and the spokespeople less.
    const speakerWeights = actors.map((actor) => (actor.parentId === null ? (actor.id.startsWith(tag) ? 1 : 4) : 1.5));
    const totalWeight = speakerWeights.reduce((sum, weight) => sum + weight, 0);
    const pickSpeaker = (): ActorRow => {
      let roll = random() * totalWeight;
      for (const [index, weight] of speakerWeights.entries()) if ((roll -= weight) < 0) return actors[index];
      return actors[actors.length - 1];
    };

    const articleCount = Math.max(1, Math.round(options.claims / CLAIMS_PER_ARTICLE));
    const now = Date.now();
    const articles: unknown[][] = [];
    const revisions: unknown[][] = [];
    const claims: unknown[][] = [];
    const verdicts: unknown[][] = [];
    const links: unknown[][] = [];
    const talkingPoints = new Map<string, { claimId: string; articleIndex: number; sentence: string }[]>();
    let nearDuplicates = 0;
    let nearDuplicatePair: ManyClaimsSummary["nearDuplicatePair"] | null = null;
    let liveClaims = 0;
    let deletedClaims = 0;
    let deletedArticles = 0;
    let approvedVerdicts = 0;
    let firstPublishedAt = now;
    let lastPublishedAt = 0;
    let busiestArticle = { id: "", claims: -1 };
    let claimIndex = 0;

    for (let a = 0; a < articleCount; a++) {
      const articleId = `${tag}art${a}`;
      const revisionId = `${tag}rev${a}`;
      const week = Math.floor(random() * WEEKS);
      const publishedAt = now - (week + 1) * WEEK_MS + Math.floor(random() * WEEK_MS);
      firstPublishedAt = Math.min(firstPublishedAt, publishedAt);
      lastPublishedAt = Math.max(lastPublishedAt, publishedAt);
      // One article in a hundred is deleted: its claims must disappear from every figure.
      const articleDeleted = a % 100 === 37;
      if (articleDeleted) deletedArticles++;
      const share = Math.min(options.claims - claimIndex, a === articleCount - 1 ? options.claims - claimIndex : Math.max(1, Math.round(CLAIMS_PER_ARTICLE * (0.5 + random()))));

      const sentences: { claimId: string; speaker: ActorRow; sentence: string }[] = [];
      for (let k = 0; k < share; k++) {
        const claimId = `${tag}c${claimIndex++}`;
        const speaker = pickSpeaker();
        const earlier = talkingPoints.get(speaker.id)?.filter((point) => point.articleIndex !== a) ?? [];
        let sentence: string;
        if (earlier.length > 0 && random() < 0.15) {
          const original = pick(random, earlier);
          sentence = nearDuplicateOf(random, original.sentence);
          nearDuplicates++;
          if (!nearDuplicatePair && !articleDeleted) nearDuplicatePair = { claimId, originalClaimId: original.claimId };
        } else {
          sentence = claimSentence(random, speaker.name.replace(/ \(mc\d+x\)$/, ""));
          const points = talkingPoints.get(speaker.id) ?? [];
          if (points.length < 40) points.push({ claimId, articleIndex: a, sentence });
          talkingPoints.set(speaker.id, points);
        }
        sentences.push({ claimId, speaker, sentence });
      }

      // Three statements per paragraph, with a line of reporting between them.
      const paragraphs: string[] = [];
      for (let k = 0; k < sentences.length; k += 3) {
        paragraphs.push(`${sentences.slice(k, k + 3).map((s) => s.sentence).join(" ")} The claims could not be independently verified.`);
      }
      if (paragraphs.length === 0) paragraphs.push("No statements were reported.");
      const body = paragraphsToDoc(paragraphs);
      const text = docToCanonicalText(body);
      const createdAt = new Date(publishedAt + 3600 * 1000).toISOString();
      const place = pick(random, VOCABULARY.places);
      const deletedAt = articleDeleted ? createdAt : null;
      articles.push([articleId, `${pick(random, VOCABULARY.titles)} ${place} (${a + 1})`, pick(random, ["Reuters", "AP", "AFP", "Caucasus Wire", "BBC Monitoring"]), `https://news.example.org/${tag}/${a}`, new Date(publishedAt).toISOString(), user.id, deletedAt, createdAt, createdAt]);
      revisions.push([revisionId, articleId, 1, JSON.stringify(body), text, user.id, createdAt]);
      if (!articleDeleted && sentences.length > busiestArticle.claims) busiestArticle = { id: articleId, claims: sentences.length };

      let searchFrom = 0;
      const placed: { claimId: string; rootId: string; live: boolean }[] = [];
      for (const [k, { claimId, speaker, sentence }] of sentences.entries()) {
        const start = text.indexOf(sentence, searchFrom);
        searchFrom = start + sentence.length;
        const selector = describeRange(text, start, start + sentence.length);
        const claimDeleted = random() < 0.02;
        const claimCreatedAt = new Date(publishedAt + 3600 * 1000 + (k + 1) * 60 * 1000).toISOString();
        if (claimDeleted) deletedClaims++;
        const live = !claimDeleted && !articleDeleted;
        if (live) liveClaims++;
        const attribution = pick(random, ["DIRECT_QUOTE", "DIRECT_QUOTE", "PARAPHRASE", "PARAPHRASE", "ANONYMOUS_SOURCE", "OUTLET_ASSERTION"]);
        claims.push([claimId, articleId, revisionId, speaker.id, selector.exact, selector.prefix, selector.suffix, selector.start, selector.end, attribution, noteSentence(random), user.id, claimDeleted ? claimCreatedAt : null, claimCreatedAt]);
        placed.push({ claimId, rootId: speaker.rootId, live });

        if (random() < 0.3) {
          const statusRoll = random();
          const status = statusRoll < 0.55 ? "APPROVED" : statusRoll < 0.75 ? "DRAFT" : statusRoll < 0.9 ? "IN_REVIEW" : "CHANGES_REQUESTED";
          const rating = status === "DRAFT" && random() < 0.3 ? null : pick(random, ratings);
          if (status === "APPROVED" && live) approvedVerdicts++;
          verdicts.push([`${tag}v${claimId.slice(tag.length + 1)}`, claimId, sentence.slice(0, 120), rating?.id ?? null, rating ? JSON.stringify(rationaleDoc(random, rating.label)) : null, status, user.id, status === "APPROVED" ? (reviewer?.id ?? user.id) : null, status === "APPROVED" ? claimCreatedAt : null, claimCreatedAt]);
        }
      }
      // Rebuttals: about one claim in ten answers an earlier claim of another top-level actor in the same article.
      for (const [k, from] of placed.entries()) {
        if (k === 0 || random() >= 0.1) continue;
        const candidates = placed.slice(0, k).filter((to) => to.rootId !== from.rootId);
        if (candidates.length === 0) continue;
        const to = pick(random, candidates);
        links.push([`${tag}l${from.claimId.slice(tag.length + 1)}`, from.claimId, to.claimId, "REBUTS", user.id]);
      }
    }

    await insertRows(client, "Article", [
      { name: "id", type: "text" }, { name: "title", type: "text" }, { name: "source", type: "text" }, { name: "url", type: "text" },
      { name: "publishedAt", type: "timestamp" }, { name: "createdById", type: "text" },
      { name: "deletedAt", type: "timestamp" }, { name: "createdAt", type: "timestamp" }, { name: "updatedAt", type: "timestamp" },
    ], articles);
    await insertRows(client, "ArticleRevision", [
      { name: "id", type: "text" }, { name: "articleId", type: "text" }, { name: "number", type: "int" }, { name: "body", type: "text", cast: "jsonb" }, { name: "text", type: "text" },
      { name: "createdById", type: "text" }, { name: "createdAt", type: "timestamp" },
    ], revisions);
    // Articles go in first (revisions reference them), then point at their one revision.
    await client.query(`UPDATE "Article" a SET "currentRevisionId" = r.id FROM "ArticleRevision" r WHERE r."articleId" = a.id AND starts_with(a.id, $1)`, [`${tag}art`]);
    await insertRows(client, "Claim", [
      { name: "id", type: "text" }, { name: "articleId", type: "text" }, { name: "revisionId", type: "text" }, { name: "actorId", type: "text" },
      { name: "exact", type: "text" }, { name: "prefix", type: "text" }, { name: "suffix", type: "text" }, { name: "start", type: "int" }, { name: "end", type: "int" },
      { name: "attribution", type: "text", cast: '"Attribution"' }, { name: "note", type: "text" }, { name: "createdById", type: "text" },
      { name: "deletedAt", type: "timestamp" }, { name: "createdAt", type: "timestamp" }, { name: "updatedAt", type: "timestamp" },
    ], claims.map((row) => [...row, row[13]]));
    await insertRows(client, "Verdict", [
      { name: "id", type: "text" }, { name: "claimId", type: "text" }, { name: "claimSummary", type: "text" }, { name: "ratingId", type: "text" },
      { name: "rationale", type: "text", cast: "jsonb" }, { name: "status", type: "text", cast: '"VerdictStatus"' }, { name: "authorId", type: "text" },
      { name: "reviewerId", type: "text" }, { name: "decidedAt", type: "timestamp" }, { name: "createdAt", type: "timestamp" }, { name: "updatedAt", type: "timestamp" },
    ], verdicts.map((row) => [...row, row[9]]));
    await insertRows(client, "ClaimLink", [
      { name: "id", type: "text" }, { name: "fromClaimId", type: "text" }, { name: "toClaimId", type: "text" }, { name: "kind", type: "text", cast: '"LinkKind"' }, { name: "createdById", type: "text" },
    ], links);
    await client.query("COMMIT");
    // As autovacuum would leave a database in use: statistics, and the visibility map that lets
    // index-only scans skip the table.
    await client.query("VACUUM (ANALYZE)");

    const root = topLevel[0];
    return {
      claims: claims.length,
      liveClaims,
      articles: articleCount,
      deletedArticles,
      deletedClaims,
      actorsCreated,
      verdicts: verdicts.length,
      approvedVerdicts,
      rebuttals: links.length,
      nearDuplicates,
      userId: user.id,
      actorWithChildren: { id: root.id, slug: root.slug, name: root.name, descendantIds: actors.filter((actor) => actor.rootId === root.id && actor.id !== root.id).map((actor) => actor.id) },
      topLevelActorIds: topLevel.map((actor) => actor.id),
      articleId: busiestArticle.id,
      nearDuplicatePair: nearDuplicatePair ?? { claimId: "", originalClaimId: "" },
      firstPublishedAt: new Date(firstPublishedAt),
      lastPublishedAt: new Date(lastPublishedAt),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
