// lib/suggest: suggestions for the journalist, computed from the text alone (pure: no I/O, no model).
// suggestClaims proposes claim spans and their actors; suggestRebuttals proposes which claim rebuts which.
export type { ActorRef, Attribution, ClaimRef, RebuttalSuggestion, Suggestion } from "./types";
export { suggestClaims } from "./suggest-claims";
export { suggestRebuttals } from "./suggest-rebuttals";
