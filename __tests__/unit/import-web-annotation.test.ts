import { z } from "zod";
import { reportFixture } from "@/__tests__/factories/report";
import { serialiseJsonLd } from "@/lib/export/json-ld";
import { reportIris, type Report } from "@/lib/export/report";
import { buildWebAnnotationCollection } from "@/lib/export/web-annotation";
import { parseWebAnnotationImport } from "@/lib/import/web-annotation";
import { WEB_ANNOTATION_IMPORT_LIMITS, webAnnotationImportSchema } from "@/lib/validation/web-annotation-import";

const importOf = (body: unknown) => parseWebAnnotationImport(webAnnotationImportSchema.parse(body));
const exported = (report: Report) => JSON.parse(serialiseJsonLd(buildWebAnnotationCollection(report)));
const refusal = (body: unknown) => {
  const result = webAnnotationImportSchema.safeParse(body);
  if (result.success) throw new Error("the schema accepted it");
  return result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

const quote = (exact: string) => ({ type: "TextQuoteSelector", exact, prefix: "", suffix: "" });
const annotationWith = (selector: unknown[]) => ({ type: "Annotation", target: { source: "https://news.example.org/a", selector } });

/** Written by hand from Hypothesis's API (GET /api/search): a highlight with a note and tags, a page note, and a reply. */
const hypothesisSearch = {
  total: 3,
  rows: [
    {
      id: "Xb3kQm9aEe6",
      created: "2024-03-26T09:12:00.000000+00:00",
      updated: "2024-03-26T09:15:00.000000+00:00",
      user: "acct:jo@hypothes.is",
      uri: "https://news.example.org/karabakh?id=1&lang=en",
      text: "The ministry's own wording; compare with **Baku**.",
      tags: ["Russian Defense Ministry", "ceasefire"],
      group: "__world__",
      permissions: { read: ["group:__world__"], admin: ["acct:jo@hypothes.is"], update: ["acct:jo@hypothes.is"], delete: ["acct:jo@hypothes.is"] },
      target: [
        {
          source: "https://news.example.org/karabakh?id=1&lang=en",
          selector: [
            { type: "RangeSelector", endOffset: 98, startOffset: 62, endContainer: "/main[1]/p[1]", startContainer: "/main[1]/p[1]" },
            { type: "TextPositionSelector", start: 117, end: 153 },
            { type: "TextQuoteSelector", exact: "the zone of the Russian peacekeepers", prefix: "jani armed forces advanced into ", suffix: ". Baku called the claim" },
          ],
        },
      ],
      document: { title: ["Russia accuses Azerbaijan"] },
      links: { html: "https://hypothes.is/a/Xb3kQm9aEe6", incontext: "https://hyp.is/Xb3kQm9aEe6/news.example.org/karabakh" },
      flagged: false,
      hidden: false,
      user_info: { display_name: "Jo" },
    },
    { id: "PageNote01", uri: "https://news.example.org/karabakh", text: "A page note", tags: [], target: [{ source: "https://news.example.org/karabakh" }], user: "acct:jo@hypothes.is" },
    { id: "Reply00001", uri: "https://news.example.org/karabakh", text: "Agreed", tags: [], references: ["Xb3kQm9aEe6"], target: [{ source: "https://news.example.org/karabakh" }] },
  ],
};

describe("parseWebAnnotationImport", () => {
  it("reads back what the W3C export writes: one item per claim with its place, tags, note and links", () => {
    const report = reportFixture();
    const plan = importOf(exported(report));
    expect(plan.skipped).toEqual([]);
    expect(plan.items).toHaveLength(report.claims.length);
    report.claims.forEach((claim, index) => {
      const item = plan.items[index];
      expect(item).toMatchObject({ sourceId: reportIris.annotation(report, claim.id), exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end, note: claim.note, attribution: claim.attribution, relayedBy: null });
      expect(item.actorTags[0]).toBe(claim.actor.name);
      const outgoing = claim.links.filter((link) => link.fromClaimId === claim.id).map((link) => ({ kind: link.kind, targetSourceId: reportIris.annotation(report, link.toClaimId) }));
      expect(item.links).toEqual(outgoing);
    });
    expect(plan.items[1].actorTags).toEqual(["Russian Defense Ministry", "Russia"]);
    expect(plan.items[2].links).toEqual([{ kind: "rebuts", targetSourceId: "https://counterclaim.example.org/api/v1/claims/clm_1" }]);
  });

  it("round-trips a hostile report's text unchanged, a relaying actor, and an orphan's quote without offsets", () => {
    const report = reportFixture({ hostile: true });
    report.claims[0] = { ...report.claims[0], relayedBy: report.actors[3], anchorStatus: "orphaned" };
    const [first, second] = importOf(exported(report)).items;
    expect(first).toMatchObject({ exact: report.claims[0].exact, prefix: report.claims[0].prefix, start: null, end: null, note: report.claims[0].note, relayedBy: "Armenia", actorTags: [report.claims[0].actor.name] });
    expect(second.actorTags).toEqual([report.claims[1].actor.name, report.claims[1].rollUpActor.name]);
  });

  it("ignores a link marked incoming: the other article's annotation states it", () => {
    const report = reportFixture();
    report.claims[3] = { ...report.claims[3], links: [{ id: "lnk_9", kind: "supports", fromClaimId: "clm_far", toClaimId: "clm_4", note: "", external: { claimId: "clm_far", articleId: "art_far", articleTitle: "Far", actorName: "Armenia", exact: "x" } }] };
    expect(importOf(exported(report)).items[3].links).toEqual([]);
  });

  it("gives the same result when the parsed body is parsed again (route, then lib/db)", () => {
    const once = webAnnotationImportSchema.parse(exported(reportFixture()));
    expect(webAnnotationImportSchema.parse(once)).toEqual(once);
    const hypothesis = webAnnotationImportSchema.parse(hypothesisSearch);
    expect(parseWebAnnotationImport(webAnnotationImportSchema.parse(hypothesis))).toEqual(parseWebAnnotationImport(hypothesis));
  });

  it("reads a Hypothesis search result: tags, Markdown text as the note, quote and offsets; notes without a place are skipped", () => {
    const plan = importOf(hypothesisSearch);
    expect(plan.items).toEqual([
      {
        index: 0,
        sourceId: "Xb3kQm9aEe6",
        exact: "the zone of the Russian peacekeepers",
        prefix: "jani armed forces advanced into ",
        suffix: ". Baku called the claim",
        start: 117,
        end: 153,
        actorTags: ["Russian Defense Ministry", "ceasefire"],
        attribution: null,
        note: "The ministry's own wording; compare with **Baku**.",
        relayedBy: null,
        links: [],
      },
    ]);
    expect(plan.skipped).toEqual([
      { index: 1, id: "PageNote01", reason: expect.stringContaining("no TextQuoteSelector") },
      { index: 2, id: "Reply00001", reason: expect.stringContaining("no TextQuoteSelector") },
    ]);
  });

  it("reads Hypothesis's client export file too", () => {
    const file = { export_date: "2024-03-27T10:00:00.000Z", export_userid: "acct:jo@hypothes.is", client_version: "1.1400.0", annotations: hypothesisSearch.rows };
    expect(importOf(file).items.map((item) => item.sourceId)).toEqual(["Xb3kQm9aEe6"]);
  });

  it("accepts a page, a bare array and a single annotation, with one-or-many targets, bodies and purposes", () => {
    const annotation = {
      id: "urn:uuid:1",
      type: "Annotation",
      motivation: "tagging",
      body: { type: "TextualBody", value: "Armenia" },
      target: { source: "https://news.example.org/a", selector: { type: "TextPositionSelector", start: 3, end: 9 } },
    };
    const expected = { sourceId: "urn:uuid:1", exact: "", start: 3, end: 9, actorTags: ["Armenia"], note: "" };
    expect(importOf({ type: "AnnotationPage", items: [annotation] }).items).toEqual([expect.objectContaining(expected)]);
    expect(importOf([annotation]).items).toEqual([expect.objectContaining(expected)]);
    expect(importOf(annotation).items).toEqual([expect.objectContaining(expected)]);
    const commented = { ...annotationWith([quote("an invasion")]), motivation: ["commenting"], bodyValue: "Check it", body: [{ type: "TextualBody", value: "Armenia", purpose: ["tagging"] }] };
    expect(importOf({ type: ["AnnotationCollection"], first: { type: "AnnotationPage", items: [commented] } }).items).toEqual([expect.objectContaining({ exact: "an invasion", start: null, end: null, actorTags: ["Armenia"], note: "Check it" })]);
  });

  it("skips, with a reason, an annotation whose selectors are all of kinds it cannot place", () => {
    const plan = importOf([annotationWith([{ type: "CssSelector", value: "#p2" }, { type: "constructor" }, quote("placed")]), { id: "x-1", ...annotationWith([{ type: "XPathSelector", value: "/p[2]" }]) }]);
    expect(plan.items.map((item) => item.exact)).toEqual(["placed"]);
    expect(plan.skipped).toEqual([{ index: 1, id: "x-1", reason: "It has no TextQuoteSelector and no TextPositionSelector, so nothing says which text it is about." }]);
  });
});

describe("webAnnotationImportSchema", () => {
  const L = WEB_ANNOTATION_IMPORT_LIMITS;

  it("refuses more than 5,000 annotations", () => {
    const many = Array.from({ length: L.annotations + 1 }, () => annotationWith([quote("a")]));
    expect(refusal({ type: "AnnotationPage", items: many })).toEqual([{ path: "items", message: "An import has at most 5,000 annotations; this one has 5,001. Split it." }]);
    expect(webAnnotationImportSchema.safeParse(many.slice(1)).success).toBe(true);
  });

  it("refuses an oversized quote, prefix or suffix, naming where it is", () => {
    expect(refusal([annotationWith([quote("q".repeat(L.exact + 1))])])).toEqual([{ path: "0.target.0.selector.0.exact", message: "A TextQuoteSelector's exact quote has at most 10000 characters." }]);
    expect(refusal({ rows: [annotationWith([{ ...quote("q"), prefix: "p".repeat(L.context + 1) }])] })).toEqual([{ path: "rows.0.target.0.selector.0.prefix", message: "A TextQuoteSelector's prefix has at most 256 characters." }]);
    expect(refusal([annotationWith([{ ...quote("q"), suffix: "s".repeat(L.context + 1) }])])[0].path).toBe("0.target.0.selector.0.suffix");
    expect(webAnnotationImportSchema.safeParse([annotationWith([{ ...quote("q".repeat(L.exact)), prefix: "p".repeat(L.context) }])]).success).toBe(true);
  });

  it("refuses too many tags or bodies, and oversized strings", () => {
    const base = annotationWith([quote("q")]);
    expect(refusal([{ ...base, tags: Array.from({ length: L.tags + 1 }, (_, i) => `t${i}`) }])).toEqual([{ path: "0.tags", message: "An annotation has at most 50 tags." }]);
    expect(refusal([{ ...base, body: Array.from({ length: L.bodies + 1 }, () => ({ type: "TextualBody", value: "v" })) }])).toEqual([{ path: "0.body", message: "An annotation has at most 50 bodies." }]);
    expect(refusal([{ ...base, text: "n".repeat(L.text + 1) }])).toEqual([{ path: "0.text", message: "An annotation's text has at most 20000 characters." }]);
  });

  it("refuses a broken position, and shapes it cannot read, with a message", () => {
    expect(refusal([annotationWith([{ type: "TextPositionSelector", start: 9, end: 3 }])])).toEqual([{ path: "0.target.0.selector.0.end", message: "A TextPositionSelector ends before it starts." }]);
    expect(refusal({ type: "AnnotationCollection", first: "https://example.org/annotations?page=0" })[0].message).toMatch(/links to its pages/);
    expect(refusal({ type: "AnnotationPage", items: [], next: "https://example.org/annotations?page=2" })[0].message).toMatch(/more than one page/);
    expect(refusal("not annotations")[0].message).toMatch(/Send a Web Annotation/);
    expect(refusal([{ ...annotationWith([quote("q")]), text: "nul\u0000" }])[0].message).toMatch(/NUL/);
  });

  it("describes the accepted shapes in the OpenAPI document", () => {
    expect(z.toJSONSchema(webAnnotationImportSchema, { io: "input", unrepresentable: "any" })).toMatchObject({ description: expect.stringContaining("AnnotationCollection") });
  });
});
