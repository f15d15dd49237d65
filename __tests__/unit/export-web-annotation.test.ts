import { z } from "zod";
import { reportFixture, XSS } from "@/__tests__/factories/report";
import { serialiseJsonLd } from "@/lib/export/json-ld";
import { reportIris, type Report, type ReportLink } from "@/lib/export/report";
import { buildWebAnnotationCollection, type WebAnnotation } from "@/lib/export/web-annotation";

// The model's required fields and vocabularies, written out from https://www.w3.org/TR/annotation-model/
// (not imported from the module under test, so a wrong list there fails here).
const MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"] as const;
const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** The anno.jsonld terms an export may use; anything else must be a counterclaim: compact IRI. */
const ANNO_TERMS = new Set(["@context", "id", "type", "motivation", "created", "modified", "creator", "generator", "name", "homepage", "body", "target", "source", "selector", "exact", "prefix", "suffix", "start", "end", "purpose", "value", "format", "label", "total", "first", "items", "partOf", "startIndex"]);

const isAbsoluteIri = (value: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) && URL.canParse(value);
const iri = z.string().refine(isAbsoluteIri, "not an absolute IRI");
const dateTime = z.iso.datetime();
const purpose = z.enum(MOTIVATIONS);

const selectorModel = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("TextQuoteSelector"), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  z.strictObject({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);
const textualBodyModel = z.looseObject({ type: z.literal("TextualBody"), id: iri.optional(), purpose, value: z.string(), format: z.literal("text/plain") });
const specificResourceModel = z.looseObject({ type: z.literal("SpecificResource"), id: iri, purpose, source: z.union([iri, z.looseObject({ id: iri, type: z.string() })]) });
const annotationModel = z.looseObject({
  id: iri,
  type: z.literal("Annotation"),
  motivation: purpose,
  created: dateTime,
  modified: dateTime,
  creator: z.strictObject({ type: z.literal("Person"), name: z.string() }),
  generator: z.looseObject({ type: z.literal("Software"), name: z.string() }),
  body: z.array(z.union([textualBodyModel, specificResourceModel])).min(1),
  target: z.strictObject({ source: iri, selector: z.array(selectorModel).min(1) }),
});
const collectionModel = z.strictObject({
  "@context": z.tuple([z.literal(ANNO_CONTEXT), z.strictObject({ counterclaim: iri })]),
  id: iri,
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int().min(0),
  first: z.strictObject({ id: iri, type: z.literal("AnnotationPage"), partOf: iri, startIndex: z.literal(0), items: z.array(annotationModel) }),
});

/** Every key of every object, and every id/source value, anywhere in the value. */
function walk(value: unknown, visit: (key: string, child: unknown) => void) {
  if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
}

const annotationOf = (report: Report, claimId: string): WebAnnotation => {
  const annotation = buildWebAnnotationCollection(report).first.items.find((item) => item.id === reportIris.annotation(report, claimId));
  if (!annotation) throw new Error(`no annotation for ${claimId}`);
  return annotation;
};
const bodiesWith = (annotation: WebAnnotation, wanted: string) => annotation.body.filter((body) => body.purpose === wanted);

describe("buildWebAnnotationCollection", () => {
  it.each([
    ["plain", reportFixture()],
    ["with drafts", reportFixture({ includesDrafts: true })],
    ["hostile", reportFixture({ hostile: true })],
  ])("is a valid AnnotationCollection of the model (%s)", (_name, report) => {
    const collection = buildWebAnnotationCollection(report);
    const result = collectionModel.safeParse(collection);
    expect(result.error?.issues ?? []).toEqual([]);
    const strays: string[] = [];
    const badIris: string[] = [];
    walk(collection, (key, child) => {
      if (!ANNO_TERMS.has(key) && !key.startsWith("counterclaim:") && key !== "counterclaim") strays.push(key);
      if ((key === "id" || key === "source") && typeof child === "string" && !isAbsoluteIri(child)) badIris.push(child);
    });
    expect(strays).toEqual([]);
    expect(badIris).toEqual([]);
  });

  it("has one annotation per claim, in document order, with the collection's ids", () => {
    const report = reportFixture();
    const collection = buildWebAnnotationCollection(report);
    expect(collection.id).toBe(reportIris.collection(report));
    expect(collection.label).toBe(report.article.title);
    expect(collection.total).toBe(4);
    expect(collection.first.items.map((item) => item.id)).toEqual(["clm_1", "clm_2", "clm_3", "clm_4"].map((id) => `https://counterclaim.example.org/api/v1/claims/${id}`));
    expect(collection.first.id).not.toBe(collection.id);
  });

  it("is stable: the same report gives the same output", () => {
    expect(serialiseJsonLd(buildWebAnnotationCollection(reportFixture()))).toBe(serialiseJsonLd(buildWebAnnotationCollection(reportFixture())));
  });

  it("targets the article with a quote and the offsets of the canonical text", () => {
    const report = reportFixture();
    for (const annotation of buildWebAnnotationCollection(report).first.items) {
      const [quote, position] = annotation.target.selector;
      expect(annotation.target.source).toBe("https://news.example.org/karabakh?id=1&lang=en");
      expect(position && report.article.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(report.article.text.indexOf(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps an orphaned claim with its quote but without offsets that no longer point at it", () => {
    const report = reportFixture();
    report.claims[1] = { ...report.claims[1], anchorStatus: "orphaned" };
    expect(annotationOf(report, "clm_2").target.selector).toEqual([{ type: "TextQuoteSelector", exact: "the zone of the Russian peacekeepers", prefix: report.claims[1].prefix, suffix: report.claims[1].suffix }]);
  });

  it("tags the speaker, then the state it speaks for, and classifies the attribution", () => {
    const annotation = annotationOf(reportFixture(), "clm_2");
    expect(bodiesWith(annotation, "tagging").map((body) => "value" in body && body.value)).toEqual(["Russian Defense Ministry", "Russia"]);
    expect(bodiesWith(annotation, "classifying")).toEqual([{ type: "TextualBody", purpose: "classifying", value: "paraphrase", format: "text/plain" }]);
    expect(bodiesWith(annotationOf(reportFixture(), "clm_1"), "tagging")).toHaveLength(1);
  });

  it("carries the note, and a relaying actor as a describing body", () => {
    const report = reportFixture();
    report.claims[0] = { ...report.claims[0], relayedBy: report.actors[3] };
    const annotation = annotationOf(report, "clm_1");
    expect(bodiesWith(annotation, "commenting")).toEqual([{ type: "TextualBody", purpose: "commenting", value: "Check the map of the zone.", format: "text/plain" }]);
    expect(bodiesWith(annotation, "describing")).toEqual([{ type: "TextualBody", purpose: "describing", value: "Relayed by Armenia", format: "text/plain", "counterclaim:relayedBy": "Armenia" }]);
    expect(bodiesWith(annotationOf(report, "clm_2"), "commenting")).toEqual([]);
  });

  it("publishes the approved verdict as an assessment, and never a draft, even in an export with drafts", () => {
    const report = reportFixture({ includesDrafts: true });
    expect(report.claims[3].verdict?.approved).toBe(false);
    const assessments = buildWebAnnotationCollection(report).first.items.flatMap((item) => bodiesWith(item, "assessing"));
    expect(assessments).toEqual([
      { type: "TextualBody", id: "https://counterclaim.example.org/api/v1/verdicts/ver_1", purpose: "assessing", value: "Mostly false: Azerbaijani forces advanced into the Russian peacekeepers' zone. Satellite images show no movement.", format: "text/plain" },
    ]);
    expect(JSON.stringify(buildWebAnnotationCollection(report))).not.toContain("No independent source yet.");
  });

  it("links evidence by its web address with its title and publisher", () => {
    const report = reportFixture();
    expect(annotationOf(report, "clm_1").body.filter((body) => body.type === "SpecificResource" && typeof body.source === "object")).toEqual([
      {
        type: "SpecificResource",
        id: "https://counterclaim.example.org/api/v1/evidence/evi_1",
        purpose: "linking",
        source: { id: "https://example.org/satellite?a=1&b=2", type: "Text", label: "Satellite imagery of the Lachin corridor", "counterclaim:publisher": "Example Imagery" },
        "counterclaim:stance": "refutes",
        "counterclaim:excerpt": "No vehicles visible on 24 March.",
      },
    ]);
  });

  it("never links a non-web address: it stays text, and the target falls back to the article's URN", () => {
    const report = reportFixture({ hostile: true });
    const collection = buildWebAnnotationCollection(report);
    const linked: string[] = [];
    walk(collection, (key, child) => {
      if ((key === "id" || key === "source") && typeof child === "string") linked.push(child);
    });
    expect(linked.filter((value) => value.startsWith("javascript:"))).toEqual([]);
    expect(collection.first.items[0].target.source).toBe("urn:counterclaim:article:art_1");
    expect(bodiesWith(annotationOf(report, "clm_1"), "describing")).toEqual([{ type: "TextualBody", id: "https://counterclaim.example.org/api/v1/evidence/evi_2", purpose: "describing", value: "Evidence: bad link: javascript:alert(1)", format: "text/plain" }]);
  });

  it("states each link once, on the annotation it reads from, pointing at the other annotation", () => {
    const report = reportFixture();
    const linksOf = (claimId: string) => annotationOf(report, claimId).body.filter((body) => "counterclaim:linkKind" in body);
    expect(linksOf("clm_3")).toEqual([{ type: "SpecificResource", id: "https://counterclaim.example.org/api/v1/links/lnk_1", purpose: "linking", source: "https://counterclaim.example.org/api/v1/claims/clm_1", label: "Rebuts", "counterclaim:linkKind": "rebuts", "counterclaim:note": "Baku denies" }]);
    // clm_1 is rebutted (its annotation does not repeat lnk_1) and is the same claim as one in another article.
    expect(linksOf("clm_1")).toEqual([{ type: "SpecificResource", id: "https://counterclaim.example.org/api/v1/links/lnk_2", purpose: "linking", source: "https://counterclaim.example.org/api/v1/claims/clm_other", label: "Same claim as", "counterclaim:linkKind": "same_claim" }]);
  });

  it("marks a link from another article's claim as incoming", () => {
    const report = reportFixture();
    const incoming: ReportLink = { id: "lnk_9", kind: "supports", fromClaimId: "clm_far", toClaimId: "clm_4", note: "", external: { claimId: "clm_far", articleId: "art_far", articleTitle: "Far", actorName: "Armenia", exact: "It was an invasion" } };
    report.claims[3] = { ...report.claims[3], links: [incoming] };
    expect(annotationOf(report, "clm_4").body.filter((body) => "counterclaim:linkKind" in body)).toEqual([
      { type: "SpecificResource", id: "https://counterclaim.example.org/api/v1/links/lnk_9", purpose: "linking", source: "https://counterclaim.example.org/api/v1/claims/clm_far", label: "Supported by", "counterclaim:linkKind": "supports", "counterclaim:linkDirection": "incoming" },
    ]);
  });
});

describe("serialiseJsonLd", () => {
  it("parses back to the same value and never contains markup characters (hostile report)", () => {
    const collection = buildWebAnnotationCollection(reportFixture({ hostile: true }));
    const json = serialiseJsonLd(collection);
    expect(JSON.parse(json)).toEqual(collection);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003cscript\\u003e");
    expect(JSON.parse(json).label).toBe(`Ceasefire ${XSS.script}`);
  });

  it("escapes the JavaScript line separators and indents by two spaces", () => {
    const json = serialiseJsonLd({ text: "a\u2028b\u2029c & </script>" });
    expect(json).toBe('{\n  "text": "a\\u2028b\\u2029c \\u0026 \\u003c/script\\u003e"\n}');
    expect(JSON.parse(json)).toEqual({ text: "a\u2028b\u2029c & </script>" });
  });

  it("refuses what is not JSON", () => {
    expect(() => serialiseJsonLd(undefined)).toThrow(TypeError);
  });
});
