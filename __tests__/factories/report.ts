// A fixed report object for the export builders' unit tests (lib/export): three actors (one a
// ministry that rolls up to its state), overlapping and nested claims, a rebuttal inside the
// article and one to another article, evidence, an approved verdict and an unapproved one.
// `hostile: true` puts script and markup payloads in every field a user can type.
import { buildTextIndex } from "@/lib/editor/text-index";
import type { DocNode } from "@/lib/editor/canonical-text";
import type { Report, ReportActor, ReportClaim, ReportVerdict } from "@/lib/export/report";

export const XSS = {
  script: `<script>alert("xss")</script>`,
  handler: `<img src=x onerror="alert(1)">`,
  svg: `<svg onload=alert(1)><a href="javascript:alert(1)">x</a></svg>`,
  quotes: `"'><b>bold</b>`,
  javascriptUrl: "javascript:alert(1)",
  dataUrl: "data:text/html,<script>alert(1)</script>",
  formula: "=HYPERLINK(\"http://evil.example\",\"click\")",
};

export type ReportFixtureOptions = { includesDrafts?: boolean; hostile?: boolean };

const actor = (id: string, name: string, color: string, kind: ReportActor["kind"] = "state"): ReportActor => ({ id, name, color, label: name.slice(0, 3).toUpperCase(), kind });

export function reportFixture(options: ReportFixtureOptions = {}): Report {
  const h = options.hostile ?? false;
  const russia = actor("act_ru", h ? `Russia ${XSS.script}` : "Russia", "#1f5fa8");
  const ministry = actor("act_rumod", h ? `Russian Defense Ministry ${XSS.handler}` : "Russian Defense Ministry", "#1f5fa8", "institution");
  const azerbaijan = actor("act_az", "Azerbaijan", "#b45309");
  const armenia = actor("act_am", "Armenia", "#7e22ce");

  const paragraphs = [
    h ? `Ceasefire accusations ${XSS.script}` : "Ceasefire accusations",
    "Moscow said units of the Azerbaijani armed forces advanced into the zone of the Russian peacekeepers.",
    `Baku called the claim "untrue" and said its forces had not moved.`,
    h ? `Yerevan described it as an invasion. ${XSS.svg} ${XSS.formula}` : "Yerevan described it as an invasion.",
  ];
  const body: DocNode = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: paragraphs[0] }] },
      { type: "paragraph", content: [{ type: "text", text: paragraphs[1] }] },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: paragraphs[2] }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: paragraphs[3] }] }] }] },
    ],
  };
  const text = buildTextIndex(body).text;
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
    return { start, end: start + quote.length, exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) };
  };
  const times = { createdAt: "2026-11-20T10:00:00.000Z", updatedAt: "2026-11-20T11:00:00.000Z" };
  const base = { anchorStatus: "exact" as const, createdByName: h ? `Jo ${XSS.quotes}` : "Jo Journalist", ...times, links: [], evidence: [], verdict: null, relayedBy: null };

  const approvedVerdict: ReportVerdict = {
    id: "ver_1",
    status: "approved",
    approved: true,
    claimSummary: h ? `Azerbaijani forces advanced ${XSS.script}` : "Azerbaijani forces advanced into the Russian peacekeepers' zone",
    rating: { key: "mostly-false", label: "Mostly false", color: "#c2410c", definition: "Contains an element of truth but ignores facts that would give a different impression.", ratingValue: 2 },
    rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: h ? `Satellite images show no movement. ${XSS.handler}` : "Satellite images show no movement." }] }] },
    rationaleText: h ? `Satellite images show no movement. ${XSS.handler}` : "Satellite images show no movement.",
    authorName: "Jo Journalist",
    reviewerName: "Rey Reviewer",
    decidedAt: "2026-11-21T09:00:00.000Z",
    createdAt: "2026-11-20T12:00:00.000Z",
    updatedAt: "2026-11-21T09:00:00.000Z",
    reliesOnLinkIds: ["lnk_1"],
    reliesOnEvidenceIds: ["evi_1"],
  };
  const draftVerdict: ReportVerdict = {
    id: "ver_2",
    status: "in_review",
    approved: false,
    claimSummary: "Armenia says it was an invasion",
    rating: { key: "unverifiable", label: "Unverifiable", color: "#475569", definition: "The available evidence can neither confirm nor refute it.", ratingValue: null },
    rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "No independent source yet." }] }] },
    rationaleText: "No independent source yet.",
    authorName: "Jo Journalist",
    reviewerName: null,
    decidedAt: null,
    createdAt: "2026-11-22T12:00:00.000Z",
    updatedAt: "2026-11-22T12:00:00.000Z",
    reliesOnLinkIds: [],
    reliesOnEvidenceIds: [],
  };

  const advanced = at("units of the Azerbaijani armed forces advanced into the zone of the Russian peacekeepers");
  // Nested inside the claim above: the ministry's narrower wording.
  const zone = at("the zone of the Russian peacekeepers");
  const untrue = at(`called the claim "untrue" and said its forces had not moved`);
  const invasion = at("described it as an invasion");

  const rebuttal = { id: "lnk_1", kind: "rebuts" as const, fromClaimId: "clm_3", toClaimId: "clm_1", note: h ? XSS.quotes : "Baku denies", external: null };
  const crossArticle = {
    id: "lnk_2",
    kind: "same_claim" as const,
    fromClaimId: "clm_1",
    toClaimId: "clm_other",
    note: "",
    external: { claimId: "clm_other", articleId: "art_other", articleTitle: h ? `Earlier report ${XSS.script}` : "Earlier report", actorName: "Russia", exact: "Azerbaijani troops crossed the line" },
  };
  const claims: ReportClaim[] = [
    {
      ...base,
      id: "clm_1",
      number: 1,
      actor: russia,
      rollUpActor: russia,
      ...advanced,
      attribution: "paraphrase",
      note: h ? `Check the map ${XSS.script}` : "Check the map of the zone.",
      links: [crossArticle, rebuttal],
      evidence: [
        {
          id: "evi_1",
          url: "https://example.org/satellite?a=1&b=2",
          title: h ? `Satellite ${XSS.handler}` : "Satellite imagery of the Lachin corridor",
          publisher: h ? XSS.quotes : "Example Imagery",
          excerpt: h ? XSS.svg : "No vehicles visible on 24 March.",
          kind: "imagery",
          stance: "refutes",
          retrievedAt: "2026-11-20T10:30:00.000Z",
        },
        ...(h ? [{ id: "evi_2", url: XSS.javascriptUrl, title: "bad link", publisher: "", excerpt: "", kind: "document" as const, stance: "context" as const, retrievedAt: null }] : []),
      ],
      verdict: approvedVerdict,
    },
    { ...base, id: "clm_2", number: 2, actor: ministry, rollUpActor: russia, ...zone, attribution: "paraphrase", note: "" },
    { ...base, id: "clm_3", number: 3, actor: azerbaijan, rollUpActor: azerbaijan, ...untrue, attribution: "direct_quote", note: "", links: [rebuttal] },
    // Hostile: a note that starts with a spreadsheet formula (CSV injection).
    { ...base, id: "clm_4", number: 4, actor: armenia, rollUpActor: armenia, ...invasion, attribution: "paraphrase", note: h ? XSS.formula : "", verdict: options.includesDrafts ? draftVerdict : null },
  ];

  return {
    article: {
      id: "art_1",
      title: h ? `Ceasefire ${XSS.script}` : "Russia accuses Azerbaijan of violating the ceasefire",
      source: h ? `Wire ${XSS.handler}` : "Example Wire",
      url: h ? XSS.javascriptUrl : "https://news.example.org/karabakh?id=1&lang=en",
      publishedAt: "2022-03-26T00:00:00.000Z",
      language: "en",
      revision: { id: "rev_1", number: 1 },
      text,
      body,
    },
    claims,
    actors: [russia, ministry, azerbaijan, armenia],
    exportedAt: "2026-12-01T12:00:00.000Z",
    exportedBy: { name: h ? `Ed ${XSS.script}` : "Ed Exporter" },
    includesDrafts: options.includesDrafts ?? false,
    publisher: { name: h ? `Desk ${XSS.quotes}` : "Counterclaim Desk", url: h ? XSS.javascriptUrl : "https://desk.example.org" },
    baseUrl: "https://counterclaim.example.org",
  };
}
