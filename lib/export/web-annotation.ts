// The W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
// per article with its one page embedded, one Annotation per claim. lib/import/web-annotation.ts
// reads back exactly what this writes, so the two change together.
//
// Where the model has no term, Counterclaim's own terms live under the `counterclaim:` prefix,
// declared in the collection's second @context entry (<baseUrl>/ns#):
//   counterclaim:linkKind       rebuts | supports | qualifies | same_claim, on a linking body
//   counterclaim:linkDirection  "incoming" on a link whose FROM end is in another article
//   counterclaim:note           the note of a link
//   counterclaim:relayedBy      the relaying actor's name, on the "Relayed by X" describing body
//   counterclaim:publisher, counterclaim:stance, counterclaim:excerpt   on an evidence body
// A link between two claims is stated once, on the annotation it reads from ("A rebuts B" is a
// body of A whose source is B's IRI), as the model's linking SpecificResource.
import { isWebUrl, reportIris, type Report, type ReportClaim, type ReportEvidence, type ReportLink, type ReportVerdict } from "./report";
import { linkLabelFor } from "./report-labels";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The model's motivations, which are also the values a body's `purpose` may take. */
export const ANNOTATION_MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"] as const;
export type AnnotationMotivation = (typeof ANNOTATION_MOTIVATIONS)[number];

export const COUNTERCLAIM_TERMS = {
  linkKind: "counterclaim:linkKind",
  linkDirection: "counterclaim:linkDirection",
  linkNote: "counterclaim:note",
  relayedBy: "counterclaim:relayedBy",
  publisher: "counterclaim:publisher",
  stance: "counterclaim:stance",
  excerpt: "counterclaim:excerpt",
} as const;

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type TextualBody = {
  type: "TextualBody";
  id?: string;
  purpose: AnnotationMotivation;
  value: string;
  format: "text/plain";
  "counterclaim:relayedBy"?: string;
};

export type LinkBody = {
  type: "SpecificResource";
  id: string;
  purpose: "linking";
  /** The IRI of the annotation at the other end. */
  source: string;
  /** "Rebuts", or "Rebutted by" on an incoming link. */
  label: string;
  "counterclaim:linkKind": ReportLink["kind"];
  "counterclaim:linkDirection"?: "incoming";
  "counterclaim:note"?: string;
};

export type EvidenceBody = {
  type: "SpecificResource";
  id: string;
  purpose: "linking";
  source: { id: string; type: "Text"; label?: string; "counterclaim:publisher"?: string };
  "counterclaim:stance": ReportEvidence["stance"];
  "counterclaim:excerpt"?: string;
};

export type AnnotationBody = TextualBody | LinkBody | EvidenceBody;

export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: AnnotationMotivation;
  created: string;
  modified: string;
  creator: { type: "Person"; name: string };
  generator: { type: "Software"; name: "Counterclaim"; homepage?: string };
  body: AnnotationBody[];
  target: { source: string; selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] };
};

export type WebAnnotationPage = { id: string; type: "AnnotationPage"; partOf: string; startIndex: 0; items: WebAnnotation[] };

export type WebAnnotationCollection = {
  "@context": [typeof ANNOTATION_CONTEXT, { counterclaim: string }];
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: WebAnnotationPage;
};

/** The IRI of Counterclaim's own terms on this deployment. */
export const counterclaimNamespace = (report: Report) => `${report.baseUrl}/ns#`;


export function buildWebAnnotationCollection(report: Report): WebAnnotationCollection {
  const id = reportIris.collection(report);
  const items = report.claims.map((claim) => buildWebAnnotation(report, claim));
  return {
    "@context": [ANNOTATION_CONTEXT, { counterclaim: counterclaimNamespace(report) }],
    id,
    type: "AnnotationCollection",
    label: report.article.title,
    total: items.length,
    // The whole article fits one page, embedded as the model allows; a fragment names it because
    // the page is only ever read as part of this document.
    first: { id: `${id}#page1`, type: "AnnotationPage", partOf: id, startIndex: 0, items },
  };
}

export function buildWebAnnotation(report: Report, claim: ReportClaim): WebAnnotation {
  const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  const position: TextPositionSelector = { type: "TextPositionSelector", start: claim.start, end: claim.end };
  return {
    id: reportIris.annotation(report, claim.id),
    type: "Annotation",
    // Every claim is first of all a passage tagged with the actor who said it; the note, verdict,
    // evidence and links are further bodies whose own `purpose` says what each of them does.
    motivation: "tagging",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: "Person", name: claim.createdByName },
    generator: { type: "Software", name: "Counterclaim", ...(isWebUrl(report.baseUrl) ? { homepage: report.baseUrl } : {}) },
    body: buildBodies(report, claim),
    target: {
      source: reportIris.targetSource(report),
      // An orphaned claim's offsets point at text that no longer says it: only the quote (which a
      // reader can still search for) is worth exporting, and the claim is kept, never dropped.
      selector: claim.anchorStatus === "orphaned" ? [quote] : [quote, position],
    },
  };
}

function buildBodies(report: Report, claim: ReportClaim): AnnotationBody[] {
  const bodies: AnnotationBody[] = [textualBody("tagging", claim.actor.name)];
  if (claim.rollUpActor.id !== claim.actor.id) bodies.push(textualBody("tagging", claim.rollUpActor.name));
  if (claim.relayedBy) bodies.push({ ...textualBody("describing", `Relayed by ${claim.relayedBy.name}`), "counterclaim:relayedBy": claim.relayedBy.name });
  bodies.push(textualBody("classifying", claim.attribution));
  if (claim.note.trim()) bodies.push(textualBody("commenting", claim.note));
  // Only a verdict a reviewer approved is published as an assessment, even in an export with drafts.
  if (claim.verdict?.approved) bodies.push(buildVerdictBody(report, claim, claim.verdict));
  bodies.push(...claim.evidence.map((evidence) => buildEvidenceBody(report, evidence)));
  bodies.push(...claim.links.flatMap((link) => buildLinkBodies(report, claim, link)));
  return bodies;
}

function textualBody(purpose: AnnotationMotivation, value: string): TextualBody {
  return { type: "TextualBody", purpose, value, format: "text/plain" };
}

function buildVerdictBody(report: Report, claim: ReportClaim, verdict: ReportVerdict): TextualBody {
  const summary = verdict.claimSummary.trim() || claim.exact;
  const sentence = /[.!?]$/.test(summary) ? summary : `${summary}.`;
  const rationale = verdict.rationaleText.trim();
  const value = `${verdict.rating?.label ?? "Verdict"}: ${sentence}${rationale ? ` ${rationale}` : ""}`;
  return { ...textualBody("assessing", value), id: reportIris.verdict(report, verdict.id) };
}

function buildEvidenceBody(report: Report, evidence: ReportEvidence): AnnotationBody {
  const id = reportIris.evidence(report, evidence.id);
  if (!isWebUrl(evidence.url)) {
    // Not a link anyone should follow: keep what the evidence says, with its address as plain text.
    const value = ["Evidence", evidence.title, evidence.publisher, evidence.url].filter((part) => part.trim()).join(": ");
    return { ...textualBody("describing", value), id };
  }
  return {
    type: "SpecificResource",
    id,
    purpose: "linking",
    // "Text" (a web page) because what is linked is the page that shows the evidence, whatever its kind.
    source: {
      id: evidence.url,
      type: "Text",
      ...(evidence.title ? { label: evidence.title } : {}),
      ...(evidence.publisher ? { "counterclaim:publisher": evidence.publisher } : {}),
    },
    "counterclaim:stance": evidence.stance,
    ...(evidence.excerpt ? { "counterclaim:excerpt": evidence.excerpt } : {}),
  };
}

function buildLinkBodies(report: Report, claim: ReportClaim, link: ReportLink): LinkBody[] {
  const label = linkLabelFor(link, claim.id);
  const note = link.note.trim() ? { "counterclaim:note": link.note } : {};
  const base = { type: "SpecificResource" as const, id: reportIris.link(report, link.id), purpose: "linking" as const, "counterclaim:linkKind": link.kind, ...note };
  if (link.fromClaimId === claim.id) return [{ ...base, source: reportIris.annotation(report, link.toClaimId), label }];
  // The FROM end is in this article too: its own annotation states the link.
  if (!link.external) return [];
  // The FROM end is in another article, whose export states the link; it is repeated here, marked
  // incoming, so this article's readers see it too (the import ignores it: it is not this claim's).
  return [{ ...base, source: reportIris.annotation(report, link.fromClaimId), label, "counterclaim:linkDirection": "incoming" }];
}
