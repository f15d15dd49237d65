// The OpenAPI document of /api/v1, built from the same zod schemas the routes parse with, so the
// published contract cannot drift from what the server accepts. Add every new route here.
import { z } from "./zod";
import { createApiTokenSchema } from "./api-token";
import { createArticleSchema, listArticlesQuerySchema, updateArticleSchema } from "./article";
import { createActorSchema, mergeActorSchema, updateActorSchema } from "./actor";
import { actorClaimsQuerySchema, actorSummaryQuerySchema, balanceQuerySchema } from "./actor-summary";
import { createClaimSchema, createEvidenceSchema, createLinkSchema, updateClaimSchema } from "./claim";
import { claimSearchQuerySchema, claimSearchExportQuerySchema, similarClaimsQuerySchema } from "./claim-search";
import { createUserSchema, updateUserSchema } from "./user";
import { updateDeskSettingsSchema } from "./desk-settings";
import { exportQuerySchema, importQuerySchema } from "./export";
import { webAnnotationImportSchema } from "./web-annotation-import";
import { importPreviewSchema } from "./article-import";
import { compareQuerySchema, confirmAnchorSchema, reattachClaimSchema, saveRevisionSchema } from "./revision";
import { decideSchema, listVerdictsQuerySchema, reopenSchema, requestChangesSchema, saveVerdictSchema, submitVerdictSchema, updateRatingSchema } from "./verdict";
import { suggestionDecisionSchema } from "./suggestion";
import { installationExportQuerySchema } from "./installation-export";

type Operation = { summary: string; body?: z.ZodType; query?: z.ZodObject; success: number };

const OPERATIONS: Record<string, Record<string, Operation>> = {
  "/api/v1/me": { get: { summary: "The acting user", success: 200 } },
  "/api/v1/articles": { get: { summary: "List articles", query: listArticlesQuerySchema, success: 200 }, post: { summary: "Create an article from pasted text", body: createArticleSchema, success: 201 } },
  "/api/v1/articles/{id}": {
    get: { summary: "An article with its canonical text and claims", success: 200 },
    patch: { summary: "Edit an article's metadata (send the version you read)", body: updateArticleSchema, success: 200 },
    delete: { summary: "Delete an article (creator or admin)", success: 204 },
  },
  "/api/v1/articles/{id}/events": { get: { summary: "The article's live stream (text/event-stream): change events (ids, who, action) and presence; send Last-Event-ID to catch up", success: 200 } },
  "/api/v1/events": { get: { summary: "The desk's live stream (text/event-stream) of verdict changes on every article", success: 200 } },
  "/api/v1/articles/{id}/claims": { post: { summary: "Tag a claim by offsets or by quote", body: createClaimSchema, success: 201 } },
  "/api/v1/articles/{id}/export": {
    get: { summary: "The annotated report as a file: html, pdf (needs Chromium on the server, else 503), md, csv, w3c (Web Annotation), claimreview (approved verdicts)", query: exportQuerySchema, success: 200 },
  },
  "/api/v1/articles/{id}/import": {
    post: { summary: "Re-create claims and links from a W3C Web Annotation collection; annotations that cannot be placed are listed in `unplaced`", query: importQuerySchema, body: webAnnotationImportSchema, success: 201 },
  },
  "/api/v1/articles/{id}/revisions": {
    get: { summary: "The article's revisions, newest first", success: 200 },
    post: { summary: "Save an edit of the text as a new revision (send the revision you edited); claims follow the editor's mapping or re-anchor", body: saveRevisionSchema, success: 201 },
  },
  "/api/v1/articles/{id}/revisions/{number}/restore": { post: { summary: "Make an old revision's text current again, as a new revision", success: 201 } },
  "/api/v1/articles/{id}/compare": { get: { summary: "Word differences between two revisions (?from=&to=)", query: compareQuerySchema, success: 200 } },
  "/api/v1/claims/{id}/reattach": { post: { summary: "Put an orphaned claim on words of the current text", body: reattachClaimSchema, success: 200 } },
  "/api/v1/claims/{id}/confirm-anchor": { post: { summary: "Confirm a moved or changed claim's new place", body: confirmAnchorSchema, success: 200 } },
  "/api/v1/imports": { post: { summary: "Preview an article to import from a URL (fetched safely and archived), HTML, text or a .docx: metadata and blocks, page furniture flagged", body: importPreviewSchema, success: 200 } },
  "/api/v1/articles/{id}/suggestions": { post: { summary: "Claim and rebuttal suggestions for the current text (who said what, found in the wording); saves nothing", success: 200 } },
  "/api/v1/articles/{id}/suggestions/decisions": { post: { summary: "Accept a suggestion (creates the claim, origin suggested) or reject it; counted per article", body: suggestionDecisionSchema, success: 201 } },
  "/api/v1/articles/{id}/refresh": { post: { summary: "Fetch the article's source again: a changed text becomes a new revision and claims re-anchor", success: 200 } },
  "/api/v1/articles/{id}/snapshots": { get: { summary: "The pages archived for an article, newest first", success: 200 } },
  "/api/v1/snapshots/{id}": { get: { summary: "An archived page's bytes as fetched (download)", success: 200 } },
  "/api/v1/settings": { get: { summary: "The desk's settings (publisher of the exports)", success: 200 }, patch: { summary: "Edit the desk's settings (admin; send the version you read)", body: updateDeskSettingsSchema, success: 200 } },
  "/api/v1/claims": {
    get: { summary: "Search claims across articles: q (web-search syntax over quotes, notes, rationales), actor (rolled up), attribution, status (or none), rating, article, from/to (days); rank order for q, else newest first", query: claimSearchQuerySchema, success: 200 },
  },
  "/api/v1/claims/export.csv": { get: { summary: "The same search as CSV, every page up to 5,000 claims", query: claimSearchExportQuerySchema, success: 200 } },
  "/api/v1/claims/{id}/similar": { get: { summary: "Possibly the same claim: close quotes of the same actor (rolled up) in other articles, not yet linked same_claim", query: similarClaimsQuerySchema, success: 200 } },
  "/api/v1/claims/{id}": { get: { summary: "One claim with its links, evidence and verdict (the id of its exported Web Annotation)", success: 200 }, patch: { summary: "Edit a claim (send the version you read)", body: updateClaimSchema, success: 200 }, delete: { summary: "Delete a claim (soft)", success: 204 } },
  "/api/v1/claims/{id}/links": { post: { summary: "Link this claim to another (rebuts, supports, qualifies, same_claim)", body: createLinkSchema, success: 201 } },
  "/api/v1/claims/{id}/evidence": { post: { summary: "Attach evidence to a claim", body: createEvidenceSchema, success: 201 } },
  "/api/v1/claims/{id}/verdict": { put: { summary: "Draft the claim's verdict (201, no version) or edit it (send the version you read)", body: saveVerdictSchema, success: 200 } },
  "/api/v1/verdicts": { get: { summary: "List verdicts; status=in_review is the reviewer queue, oldest first", query: listVerdictsQuerySchema, success: 200 } },
  "/api/v1/verdicts/{id}": { get: { summary: "One verdict", success: 200 } },
  "/api/v1/verdicts/{id}/history": { get: { summary: "A verdict's history, oldest first: transitions and field changes", success: 200 } },
  "/api/v1/verdicts/{id}/submit": { post: { summary: "Submit a verdict for review (needs a summary, a rating and a rationale)", body: submitVerdictSchema, success: 200 } },
  "/api/v1/verdicts/{id}/approve": { post: { summary: "Approve a verdict in review (a reviewer who neither wrote nor edited it)", body: decideSchema, success: 200 } },
  "/api/v1/verdicts/{id}/request-changes": { post: { summary: "Send a verdict in review back to its author with a comment", body: requestChangesSchema, success: 200 } },
  "/api/v1/verdicts/{id}/reopen": { post: { summary: "Reopen an approved verdict (admin), with a reason", body: reopenSchema, success: 200 } },
  "/api/v1/ratings": { get: { summary: "The rating scale, in order", success: 200 } },
  "/api/v1/ratings/{key}": { patch: { summary: "Rename a rating or edit its definition (admin)", body: updateRatingSchema, success: 200 }, delete: { summary: "Delete a rating no verdict uses (admin)", success: 204 } },
  "/api/v1/links/{id}": { delete: { summary: "Remove a link", success: 204 } },
  "/api/v1/evidence/{id}": { delete: { summary: "Remove evidence", success: 204 } },
  "/api/v1/actors": { get: { summary: "List actors", success: 200 }, post: { summary: "Add an actor", body: createActorSchema, success: 201 } },
  "/api/v1/actors/{id}": { get: { summary: "One actor", success: 200 }, patch: { summary: "Rename, recolour or edit an actor (send the version you read)", body: updateActorSchema, success: 200 } },
  "/api/v1/actors/{id}/merge": { post: { summary: "Merge this actor into another (reviewer or admin): claims move, aliases join, this actor is deleted", body: mergeActorSchema, success: 200 } },
  "/api/v1/actors/{id}/summary": {
    get: { summary: "The actor's claims rolled up over every actor under it (each once), rebuttals made and received, approved verdicts by rating, claims per week and the other top-level actors' ratings (?from=&to=, ISO dates)", query: actorSummaryQuerySchema, success: 200 },
  },
  "/api/v1/actors/{id}/claims": { get: { summary: "The actor's rolled-up claims, newest first by the article's date, with their verdicts", query: actorClaimsQuerySchema, success: 200 } },
  "/api/v1/balance": { get: { summary: "Per top-level actor: claims, rebuttals made and received, verdicts started and approved, for one article (?article=) or a date range (?from=&to=)", query: balanceQuerySchema, success: 200 } },
  "/api/v1/users": { get: { summary: "List users (admin)", success: 200 }, post: { summary: "Create a user (admin)", body: createUserSchema, success: 201 } },
  "/api/v1/users/{id}": { patch: { summary: "Update a user, disable or reset the password (admin)", body: updateUserSchema, success: 200 } },
  "/api/v1/tokens": { get: { summary: "List your API tokens", success: 200 }, post: { summary: "Create an API token; the secret is returned once", body: createApiTokenSchema, success: 201 } },
  "/api/v1/tokens/{id}": { delete: { summary: "Revoke one of your API tokens", success: 204 } },
  "/api/v1/admin/export": {
    get: { summary: "The whole installation as one JSON document (format counterclaim-export, version 1; users without password hashes; pageBodies=1 adds the archived pages' bytes), for moving to another installation (admin)", query: installationExportQuerySchema, success: 200 },
  },
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: { type: "object" } } } },
};

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, operations] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = [
        ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } })),
        ...Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({ name, in: "query", required: false, schema: z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) })),
      ];
      paths[path][method] = {
        summary: operation.summary,
        ...(parameters.length ? { parameters } : {}),
        ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(operation.body, { io: "input", unrepresentable: "any" }) } } } } : {}),
        responses: {
          [operation.success]: { description: "Success" },
          default: { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: "Counterclaim API", version: "1" },
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}
