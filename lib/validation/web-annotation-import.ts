// The body of a Web Annotation import: what our W3C export writes (lib/export/web-annotation.ts)
// and what other tools write: an AnnotationCollection (page embedded, or items on it), an
// AnnotationPage, a bare array of annotations, one Annotation, or Hypothesis's API search result
// ({ rows }) and client export ({ annotations }). Lenient about shape (one value or an array, a
// string or an object with an id), strict about size. Fields other tools add pass through unread.
import { z } from "./zod";
import { plainText } from "./common";

export const WEB_ANNOTATION_IMPORT_LIMITS = {
  annotations: 5_000,
  exact: 10_000,
  /** Refused rather than cut: a shortened prefix would anchor the quote somewhere else. */
  context: 256,
  tags: 50,
  bodies: 50,
  targets: 50,
  selectors: 50,
  /** Any other string: a note, a tag, an id. */
  text: 20_000,
  /** Type and purpose names, selector types, link kinds. */
  name: 200,
} as const;

const L = WEB_ANNOTATION_IMPORT_LIMITS;

const text = (label: string) => plainText(L.text, label);
const name = (label: string) => plainText(L.name, label);

/** One value or several: the model lets most properties be either. */
const oneOrMany = (value: unknown) => (value === undefined || value === null ? undefined : Array.isArray(value) ? value : [value]);
const names = (label: string, max: number) => z.preprocess(oneOrMany, z.array(name(label)).max(max, `At most ${max} values of ${label}.`).optional());

/** An IRI given as a string or as a resource with an id; a resource without one has no IRI to keep. */
const resourceIri = (label: string) =>
  z.preprocess((value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) return "id" in value ? value.id : undefined;
    return value;
  }, text(label).optional());

const quoteSelectorSchema = z.looseObject({
  type: z.literal("TextQuoteSelector"),
  exact: plainText(L.exact, "A TextQuoteSelector's exact quote"),
  prefix: plainText(L.context, "A TextQuoteSelector's prefix").default(""),
  suffix: plainText(L.context, "A TextQuoteSelector's suffix").default(""),
});

const positionSelectorSchema = z
  .looseObject({
    type: z.literal("TextPositionSelector"),
    start: z.number({ message: "A TextPositionSelector's start is a number." }).int().min(0, "A TextPositionSelector's start is 0 or more."),
    end: z.number({ message: "A TextPositionSelector's end is a number." }).int().min(0, "A TextPositionSelector's end is 0 or more."),
  })
  .refine((selector) => selector.end >= selector.start, { message: "A TextPositionSelector ends before it starts.", path: ["end"] });

export type ImportTextQuoteSelector = z.output<typeof quoteSelectorSchema>;
export type ImportTextPositionSelector = z.output<typeof positionSelectorSchema>;
/** Every other selector (RangeSelector, CssSelector, XPathSelector ...) is kept as a name only and not read. */
export type ImportOtherSelector = { type: "other"; name: string | null };
export type ImportSelector = ImportTextQuoteSelector | ImportTextPositionSelector | ImportOtherSelector;

// A Map, not an object literal: a selector typed "constructor" must not find Object.prototype's.
const KNOWN_SELECTORS = new Map<string, z.ZodType<ImportTextQuoteSelector | ImportTextPositionSelector>>([
  ["TextQuoteSelector", quoteSelectorSchema],
  ["TextPositionSelector", positionSelectorSchema],
]);

// Dispatched by type by hand, not with z.union: a union's failure reads "Invalid input", and the
// person importing needs to hear which quote is too long.
const selectorSchema = z.looseObject({ type: name("A selector's type").optional() }).transform((selector, context): ImportSelector => {
  const schema = selector.type ? KNOWN_SELECTORS.get(selector.type) : undefined;
  if (!schema) return { type: "other", name: selector.type ?? null };
  const parsed = schema.safeParse(selector);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

const targetSchema = z.preprocess(
  // A target may be just the IRI of the whole document: there is nothing to place then, but it is an annotation.
  (value) => (typeof value === "string" ? { source: value } : value),
  z.looseObject({
    source: resourceIri("A target's source"),
    selector: z.preprocess(oneOrMany, z.array(selectorSchema).max(L.selectors, `A target has at most ${L.selectors} selectors.`).default([])),
  }),
);

const bodySchema = z.preprocess(
  // A body may be just an IRI (an external resource): kept as { id }, not read.
  (value) => (typeof value === "string" ? { id: value } : value),
  z.looseObject({
    id: text("A body's id").optional(),
    type: names("a body's type", 10),
    purpose: names("a body's purpose", 20),
    value: text("A body's value").optional(),
    format: name("A body's format").optional(),
    source: resourceIri("A body's source"),
    "counterclaim:linkKind": name("counterclaim:linkKind").optional(),
    "counterclaim:linkDirection": name("counterclaim:linkDirection").optional(),
    "counterclaim:relayedBy": text("counterclaim:relayedBy").optional(),
  }),
);
export type ImportBody = z.output<typeof bodySchema>;

const annotationSchema = z.looseObject({
  id: text("An annotation's id").optional(),
  type: names("an annotation's type", 10),
  motivation: names("an annotation's motivation", 20),
  body: z.preprocess(oneOrMany, z.array(bodySchema).max(L.bodies, `An annotation has at most ${L.bodies} bodies.`).default([])),
  bodyValue: text("An annotation's bodyValue").optional(),
  target: z.preprocess(oneOrMany, z.array(targetSchema).max(L.targets, `An annotation has at most ${L.targets} targets.`).default([])),
  // Hypothesis: the note as Markdown, and free tags.
  text: text("An annotation's text").optional(),
  tags: z.array(text("A tag")).max(L.tags, `An annotation has at most ${L.tags} tags.`).optional(),
});
export type ImportAnnotation = z.output<typeof annotationSchema>;

export type WebAnnotationImport = { annotations: ImportAnnotation[] };

/**
 * Parsing the output again gives the same output ({ annotations } is an accepted shape), so the
 * route and lib/db may both parse the same body.
 */
export const webAnnotationImportSchema = z.unknown().transform((body, context): WebAnnotationImport => {
  const found = locateAnnotations(body);
  if ("error" in found) {
    context.addIssue({ code: "custom", message: found.error, path: found.path });
    return z.NEVER;
  }
  // Counted before any annotation is parsed, so an enormous list is refused without the work.
  if (found.items.length > L.annotations) {
    context.addIssue({ code: "custom", message: `An import has at most ${L.annotations.toLocaleString("en")} annotations; this one has ${found.items.length.toLocaleString("en")}. Split it.`, path: found.path });
    return z.NEVER;
  }
  const parsed = z.array(annotationSchema).safeParse(found.items);
  if (parsed.success) return { annotations: parsed.data };
  for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message, path: [...found.path, ...issue.path] });
  return z.NEVER;
}).describe("A W3C Web Annotation AnnotationCollection (page embedded), an AnnotationPage, an array of Annotations, or a Hypothesis search result ({ rows }) or export ({ annotations }).");
export type WebAnnotationImportInput = z.input<typeof webAnnotationImportSchema>;

type Located = { items: unknown[]; path: (string | number)[] } | { error: string; path: (string | number)[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const hasType = (value: Record<string, unknown>, type: string) => value.type === type || (Array.isArray(value.type) && value.type.includes(type));

/** Where the annotations are in each accepted shape, with the path to report problems at. */
function locateAnnotations(body: unknown): Located {
  if (Array.isArray(body)) return { items: body, path: [] };
  if (!isRecord(body)) return { error: "Send a Web Annotation collection, page or list of annotations (JSON).", path: [] };
  if (hasType(body, "AnnotationCollection")) {
    if (Array.isArray(body.items)) return { items: body.items, path: ["items"] };
    if (isRecord(body.first)) return locatePage(body.first, ["first"]);
    if (typeof body.first === "string") return { error: "This collection links to its pages instead of embedding them: import each AnnotationPage.", path: ["first"] };
    return { error: "This collection has no annotations (no first page and no items).", path: [] };
  }
  if (hasType(body, "AnnotationPage")) return locatePage(body, []);
  // Hypothesis: GET /api/search answers { total, rows }; the client's export file is { annotations }.
  if (Array.isArray(body.rows)) return { items: body.rows, path: ["rows"] };
  if (Array.isArray(body.annotations)) return { items: body.annotations, path: ["annotations"] };
  if (hasType(body, "Annotation") || "target" in body) return { items: [body], path: [] };
  return { error: "Send a Web Annotation collection, page or list of annotations (JSON).", path: [] };
}

function locatePage(page: Record<string, unknown>, path: (string | number)[]): Located {
  if (!Array.isArray(page.items)) return { error: "An AnnotationPage lists its annotations in items.", path: [...path, "items"] };
  // Importing one page of several would lose the others without a word.
  if (page.next !== undefined && page.next !== null) return { error: "This collection has more than one page: import each AnnotationPage.", path: [...path, "next"] };
  return { items: page.items, path: [...path, "items"] };
}
