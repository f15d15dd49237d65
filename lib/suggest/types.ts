// The public shapes of lib/suggest: what the caller gives (actors, existing claims) and what comes back.

export type ActorRef = { name: string; aliases: string[] };

export type Attribution = "DIRECT_QUOTE" | "PARAPHRASE" | "ANONYMOUS_SOURCE";

export type Suggestion = {
  /** UTF-16 offsets into the text given to suggestClaims. */
  start: number;
  end: number;
  /** One of the given actor names, exactly. */
  actor: string;
  /** 0..1 */
  confidence: number;
  /** A short sentence for the journalist: why this span and this actor. */
  reason: string;
  attribution?: Attribution;
  /** "X, citing Y, said …": the claim is Y's (actor), relayed by X (an actor name). */
  relayedBy?: string;
};

export type ClaimRef = { id: string; start: number; end: number; actor: string };

export type RebuttalSuggestion = { rebuttalId: string; targetId: string; confidence: number; reason: string };
