// The permission matrix's server action table: for each export of lib/actions, the permissions its
// lib/db call checks, and the arguments the browser would send it (a form's FormData after the
// previous state, or the one input object). Called over HTTP as the browser calls them
// (server-action-client.ts); the ActionResult's error code stands for its HTTP status.
// An action without an entry here fails the matrix test.
import type { Need } from "./expected-status";
import { doc, TEXT, type Party, type World } from "./world";

export type ActionCall = { args: unknown[] };

export type ActionEntry = {
  /** The file under lib/actions without its extension, and the export. */
  module: string;
  name: string;
  owned: boolean;
  needs: Need[];
  /** Signing in and out is for everyone: called from a fresh, cookie-less browser whoever the caller is. */
  public?: boolean;
  call: (world: World, owner: Party) => Promise<ActionCall>;
};

const form = (fields: Record<string, string | number>): ActionCall => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return { args: [null, data] };
};
const input = (value: unknown): ActionCall => ({ args: [value] });
const stamp = () => Math.random().toString(36).slice(2, 10);
const rejected = (world: World) => ({ outcome: "rejected", start: 0, end: 6, proposedActorId: world.actorIds.moscow, reason: "Moscow said", confidence: 0.5 });

export const ACTION_TABLE: ActionEntry[] = [
  // Actors.
  { module: "actors", name: "createActorAction", owned: false, needs: [{ action: "actor:create" }], call: async () => form({ name: `Actor ${stamp()}`, color: "#1f5fa8", aliases: "" }) },
  {
    module: "actors",
    name: "updateActorAction",
    owned: false,
    needs: [{ action: "actor:update" }],
    call: async (world, owner) => {
      const actor = await world.newActor(owner);
      return input({ actorId: actor.id, changes: { version: actor.version, name: `Renamed ${stamp()}` } });
    },
  },
  {
    module: "actors",
    name: "mergeActorAction",
    owned: false,
    needs: [{ action: "actor:merge" }],
    call: async (world, owner) => {
      const [merged, into] = [await world.newActor(owner), await world.newActor(owner)];
      return input({ actorId: merged.id, merge: { intoActorId: into.id } });
    },
  },

  // The workspace.
  {
    module: "annotations",
    name: "createClaimAction",
    owned: true,
    needs: [{ action: "claim:create" }],
    call: async (world, owner) => input({ articleId: (await world.sharedArticle(owner)).id, claim: { actor: "Baku", exact: "does not correspond to reality" } }),
  },
  {
    module: "annotations",
    name: "updateClaimAction",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    call: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id, changes: { version: claim.version, note: `Checked ${stamp()}` } });
    },
  },
  {
    module: "annotations",
    name: "deleteClaimAction",
    owned: true,
    needs: [{ action: "claim:delete", facts: "creator" }],
    call: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id });
    },
  },
  {
    module: "annotations",
    name: "restoreClaimAction",
    owned: true,
    needs: [{ action: "claim:delete", facts: "creator" }],
    call: async (world, owner) => {
      const claim = await world.newDeletedClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id });
    },
  },
  {
    module: "annotations",
    name: "createLinkAction",
    owned: true,
    needs: [{ action: "link:create" }],
    call: async (world, owner) => {
      const [from, to] = [await world.newClaim(owner), await world.sharedClaim(owner)];
      return input({ articleId: from.articleId, claimId: from.id, link: { targetClaimId: to.id, kind: "supports" } });
    },
  },
  {
    module: "annotations",
    name: "createEvidenceAction",
    owned: true,
    needs: [{ action: "evidence:create" }],
    call: async (world, owner) => {
      const claim = await world.sharedClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id, evidence: { url: "https://example.org/report" } });
    },
  },
  {
    module: "annotations",
    name: "deleteLinkAction",
    owned: true,
    needs: [{ action: "link:delete", facts: "creator" }],
    call: async (world, owner) => input({ articleId: (await world.sharedArticle(owner)).id, linkId: (await world.newLink(owner)).id }),
  },
  {
    module: "annotations",
    name: "deleteEvidenceAction",
    owned: true,
    needs: [{ action: "evidence:delete", facts: "creator" }],
    call: async (world, owner) => input({ articleId: (await world.sharedArticle(owner)).id, evidenceId: (await world.newEvidence(owner)).id }),
  },
  { module: "annotations", name: "searchClaimsAction", owned: false, needs: [{ action: "article:read" }], call: async () => input({ q: "units" }) },
  { module: "annotations", name: "findSimilarClaimsAction", owned: true, needs: [{ action: "article:read" }], call: async (world, owner) => input({ claimId: (await world.sharedClaim(owner)).id }) },

  // Tokens.
  { module: "api-tokens", name: "createApiTokenAction", owned: false, needs: [{ action: "token:create" }], call: async () => form({ name: `Script ${stamp()}` }) },
  {
    module: "api-tokens",
    name: "revokeApiTokenAction",
    owned: true,
    needs: [{ action: "token:revoke", facts: "user", visibleIf: "token:read" }],
    call: async (world, owner) => form({ tokenId: (await world.newToken(owner)).id }),
  },

  // Articles.
  { module: "articles", name: "createArticleAction", owned: false, needs: [{ action: "article:create" }], call: async () => form({ title: `Matrix ${stamp()}`, text: TEXT }) },
  {
    module: "articles",
    name: "updateArticleAction",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    call: async (world, owner) => {
      const article = await world.newArticle(owner);
      return form({ articleId: article.id, version: article.version, title: `Renamed ${stamp()}`, url: "", publishedAt: "" });
    },
  },

  // Signing in and out.
  { module: "auth", name: "signInAction", owned: false, needs: [], public: true, call: async (world) => form({ ...world.otherCredentials(), callbackUrl: "/" }) },
  { module: "auth", name: "signOutAction", owned: false, needs: [], public: true, call: async () => ({ args: [] }) },

  // The desk.
  { module: "desk-settings", name: "updateDeskSettingsAction", owned: false, needs: [{ action: "settings:manage" }], call: async (world) => form({ publisherName: `Desk ${stamp()}`, version: await world.settingsVersion() }) },

  // Revisions and anchoring.
  {
    module: "revisions",
    name: "saveRevisionAction",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    call: async (world, owner) => {
      const article = await world.newArticle(owner);
      return input({ articleId: article.id, revision: { body: doc(`${TEXT} Edited ${stamp()}.`), baseRevisionId: article.revision.id } });
    },
  },
  {
    module: "revisions",
    name: "restoreRevisionAction",
    owned: true,
    needs: [{ action: "article:update", facts: "creator" }],
    call: async (world, owner) => input({ articleId: (await world.newArticleWithTwoRevisions(owner)).id, number: 1 }),
  },
  {
    module: "revisions",
    name: "reattachClaimAction",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    call: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id, range: { start: claim.start, end: claim.end, version: claim.version } });
    },
  },
  {
    module: "revisions",
    name: "confirmClaimAnchorAction",
    owned: true,
    needs: [{ action: "claim:update", facts: "creator" }],
    call: async (world, owner) => {
      const claim = await world.newClaim(owner);
      return input({ articleId: claim.articleId, claimId: claim.id, version: claim.version });
    },
  },

  // Suggestions.
  { module: "suggestions", name: "suggestClaimsAction", owned: true, needs: [{ action: "article:read" }], call: async (world, owner) => input({ articleId: (await world.sharedArticle(owner)).id }) },
  {
    module: "suggestions",
    name: "decideSuggestionAction",
    owned: true,
    needs: [{ action: "claim:create" }],
    call: async (world, owner) => input({ articleId: (await world.sharedArticle(owner)).id, decision: rejected(world) }),
  },

  // Users (admins).
  { module: "users", name: "createUserAction", owned: false, needs: [{ action: "user:manage" }], call: async () => form({ email: `new-${stamp()}@matrix.example.org`, name: "New", role: "JOURNALIST", password: "matrix-password-0123456789" }) },
  { module: "users", name: "changeRoleAction", owned: false, needs: [{ action: "user:manage" }], call: async (world) => form({ userId: (await world.newUser()).id, role: "REVIEWER" }) },
  { module: "users", name: "setDisabledAction", owned: false, needs: [{ action: "user:manage" }], call: async (world) => form({ userId: (await world.newUser()).id, disabled: "true" }) },
  { module: "users", name: "resetPasswordAction", owned: false, needs: [{ action: "user:manage" }], call: async (world) => form({ userId: (await world.newUser()).id, password: "another-password-0123456789" }) },

  // Verdicts and the rating scale.
  {
    module: "verdicts",
    name: "saveVerdictAction",
    owned: true,
    needs: [{ action: "verdict:draft" }],
    call: async (world, owner) => input({ claimId: (await world.newClaim(owner)).id, verdict: { claimSummary: "Units crossed the line", rating: "false" } }),
  },
  {
    module: "verdicts",
    name: "submitVerdictAction",
    owned: true,
    needs: [{ action: "verdict:submit", facts: "author" }],
    call: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "draft");
      return input({ verdictId: verdict.id, version: verdict.version });
    },
  },
  {
    module: "verdicts",
    name: "approveVerdictAction",
    owned: true,
    needs: [{ action: "verdict:approve", facts: "author" }],
    call: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "in_review");
      return input({ verdictId: verdict.id, version: verdict.version });
    },
  },
  {
    module: "verdicts",
    name: "requestChangesAction",
    owned: true,
    needs: [{ action: "verdict:request-changes", facts: "author" }],
    call: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "in_review");
      return input({ verdictId: verdict.id, version: verdict.version, comment: "Name the source." });
    },
  },
  {
    module: "verdicts",
    name: "reopenVerdictAction",
    owned: true,
    needs: [{ action: "verdict:reopen" }],
    call: async (world, owner) => {
      const verdict = await world.newVerdict(owner, "approved");
      return input({ verdictId: verdict.id, reason: "New imagery came in.", version: verdict.version });
    },
  },
  { module: "verdicts", name: "updateRatingAction", owned: false, needs: [{ action: "rating:manage" }], call: async (world) => input({ key: await world.newRating(), changes: { label: `Relabelled ${stamp()}` } }) },
  { module: "verdicts", name: "deleteRatingAction", owned: false, needs: [{ action: "rating:manage" }], call: async (world) => input({ key: await world.newRating() }) },
];

export const actionKey = (entry: { module: string; name: string }) => `${entry.module}.${entry.name}`;
