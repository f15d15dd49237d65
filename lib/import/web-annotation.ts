// Parsed Web Annotation import (lib/validation/web-annotation-import.ts) -> what to create: one
// item per annotation that says where it is, and a reason for every one that does not. Pure:
// placing the quotes in the article and resolving tags to actors happen later, in lib/db.
//
// Reads exactly what lib/export/web-annotation.ts writes: tagging bodies (speaker first, then the
// state it rolls up to), the classifying body (attribution), commenting bodies (the note), the
// describing body carrying counterclaim:relayedBy, and linking bodies carrying
// counterclaim:linkKind. Verdicts and evidence are not imported: a verdict is re-decided by the
// desk, and evidence is attached by hand. Hypothesis's `tags` and `text` count as tagging and
// commenting bodies.
import type { ImportAnnotation, ImportSelector, ImportTextPositionSelector, ImportTextQuoteSelector, WebAnnotationImport } from "@/lib/validation/web-annotation-import";
import { COUNTERCLAIM_TERMS } from "@/lib/export/web-annotation";

export const IMPORT_LINK_KINDS = ["rebuts", "supports", "qualifies", "same_claim"] as const;
export type ImportLinkKind = (typeof IMPORT_LINK_KINDS)[number];

export type ImportItem = {
  /** Its position among the file's annotations (0-based), to name it in a report. */
  index: number;
  /** The annotation's id in the file, which other annotations' links point at. */
  sourceId: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  /** In order, the speaker first. */
  actorTags: string[];
  attribution: string | null;
  note: string;
  relayedBy: string | null;
  links: { kind: ImportLinkKind; targetSourceId: string }[];
};

export type ImportSkip = { index: number; id?: string; reason: string };

export type ImportPlan = { items: ImportItem[]; skipped: ImportSkip[] };

export function parseWebAnnotationImport(body: WebAnnotationImport): ImportPlan {
  const plan: ImportPlan = { items: [], skipped: [] };
  body.annotations.forEach((annotation, index) => {
    const item = toImportItem(annotation);
    if (typeof item === "string") plan.skipped.push({ index, ...(annotation.id ? { id: annotation.id } : {}), reason: item });
    else plan.items.push({ index, ...item });
  });
  return plan;
}

/** A body as this module reads it, whichever way the file spelled it. */
type BodyView = { purposes: string[]; value: string | null; source: string | null; linkKind: string | null; incoming: boolean; relayedBy: string | null };

/** The item, or why there is none. */
function toImportItem(annotation: ImportAnnotation): Omit<ImportItem, "index"> | string {
  const place = locateInText(annotation);
  if (!place) return "It has no TextQuoteSelector and no TextPositionSelector, so nothing says which text it is about.";
  const bodies = viewBodies(annotation);
  const valuesFor = (purpose: string) => bodies.flatMap((body) => (body.purposes.includes(purpose) && body.value?.trim() ? [body.value.trim()] : []));
  const notes = [...valuesFor("commenting"), annotation.text?.trim() ?? ""].filter(Boolean);
  return {
    sourceId: annotation.id ?? null,
    ...place,
    actorTags: unique([...valuesFor("tagging"), ...(annotation.tags ?? []).map((tag) => tag.trim())].filter(Boolean)),
    attribution: valuesFor("classifying")[0] ?? null,
    // Several comments (or a Hypothesis text beside comment bodies) become one note, in order.
    note: notes.join("\n\n"),
    relayedBy: bodies.find((body) => body.relayedBy)?.relayedBy ?? null,
    links: bodies.flatMap(toLink),
  };
}

function viewBodies(annotation: ImportAnnotation): BodyView[] {
  const views = annotation.body.map((body) => ({
    purposes: purposesOf(body.purpose, annotation),
    value: body.value ?? null,
    source: body.source ?? null,
    linkKind: body[COUNTERCLAIM_TERMS.linkKind] ?? null,
    incoming: body[COUNTERCLAIM_TERMS.linkDirection] === "incoming",
    relayedBy: body[COUNTERCLAIM_TERMS.relayedBy]?.trim() || null,
  }));
  // bodyValue is the model's shorthand for one purpose-less TextualBody.
  if (annotation.bodyValue !== undefined) views.push({ purposes: purposesOf(undefined, annotation), value: annotation.bodyValue, source: null, linkKind: null, incoming: false, relayedBy: null });
  return views;
}

/** The first target with a usable selector: its quote and its offsets, either of which may be missing. */
function locateInText(annotation: ImportAnnotation): Pick<ImportItem, "exact" | "prefix" | "suffix" | "start" | "end"> | null {
  for (const target of annotation.target) {
    const quote = target.selector.find(isQuoteSelector);
    const position = target.selector.find(isPositionSelector);
    if (!quote && !position) continue;
    return {
      exact: quote?.exact ?? "",
      prefix: quote?.prefix ?? "",
      suffix: quote?.suffix ?? "",
      start: position?.start ?? null,
      end: position?.end ?? null,
    };
  }
  return null;
}

// An empty quote matches everywhere, so it places nothing.
const isQuoteSelector = (selector: ImportSelector): selector is ImportTextQuoteSelector => selector.type === "TextQuoteSelector" && selector.exact.length > 0;
const isPositionSelector = (selector: ImportSelector): selector is ImportTextPositionSelector => selector.type === "TextPositionSelector" && selector.end > selector.start;

/** A body without a purpose serves the annotation's motivation (the model's rule); with neither it is a comment. */
function purposesOf(purposes: string[] | undefined, annotation: ImportAnnotation): string[] {
  if (purposes?.length) return purposes;
  if (annotation.motivation?.length) return annotation.motivation;
  return ["commenting"];
}

function toLink(body: BodyView): ImportItem["links"] {
  const kind = body.linkKind;
  // An incoming link is stated by the annotation at its other end, in that article's export.
  if (!body.purposes.includes("linking") || !body.source || !isLinkKind(kind) || body.incoming) return [];
  return [{ kind, targetSourceId: body.source }];
}

const isLinkKind = (value: string | null): value is ImportLinkKind => IMPORT_LINK_KINDS.some((kind) => kind === value);

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
