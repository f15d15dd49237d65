// The vocabulary of attribution: verbs that introduce what an actor states, the adverbials that sit
// between such a verb and the statement ("said on Saturday in a statement that …"), and the words that
// refer back to the last speaker ("he", "the ministry").

// Finite forms only: "claiming" or "a report" introduce nobody's statement.
const VERBS = [
  "is quoted as saying", "was quoted as saying", "were quoted as saying", "pointed out", "points out",
  "said", "says", "say", "told", "tells", "claimed", "claims", "claim", "stated", "announced", "announces", "insisted", "insists",
  "warned", "warns", "reported", "reports", "confirmed", "confirms", "added", "adds", "accused", "accuses", "accuse", "denied", "denies",
  "deny", "called", "calls", "indicated", "assured", "denounced", "denounces", "wrote", "writes", "expressed", "alleged", "alleges",
  "argued", "argues", "noted", "stressed", "declared", "asserted", "maintained", "regretted", "charged", "acknowledged", "admitted",
  "blamed", "blames", "condemned", "condemns", "explained", "emphasised", "emphasized", "underlined", "reiterated", "repeated",
  "replied", "responded", "countered", "tweeted", "posted", "estimated", "suggested", "assessed", "affirmed", "recalled",
  "described", "describes", "dismissed", "dismisses", "complained", "vowed", "conceded", "threatened", "predicted", "pledged",
  "contended", "signalled", "signaled", "hinted", "branded", "refuted", "refutes", "rejected", "rejects", "disputed", "disputes",
  // Present tense, as live blogs, headlines and translated statements write them ("The ministry notes with concern that …").
  "notes", "stresses", "emphasises", "emphasizes", "underlines", "reiterates", "explains", "asserts", "maintains", "acknowledges",
  "admits", "concedes", "recalls", "affirms", "declares", "contends", "predicts", "vows", "complains", "suggests", "replies",
  "responds", "counters", "informed", "informs", "assured", "assures",
];
// Optional quote marks around the verb: the ministry "regretted" the statement. Not inside a
// hyphenated word: "self-declared independence" declares nothing.
export const SPEECH_VERB = new RegExp(`["“‘']?(?<![\\p{L}-])(${VERBS.join("|")})(?![\\p{L}-])["”’']?`, "gu");

/** Verbs whose object, not a that-clause, is the statement: "accused Y of …", "denied …", "called A a B". */
export const OBJECT_VERBS = new Set(["accused", "accuses", "accuse", "denied", "denies", "deny", "called", "calls", "denounced", "denounces", "expressed", "regretted", "blamed", "blames", "condemned", "condemns", "charged", "reported", "reports", "described", "describes", "dismissed", "dismisses", "branded", "refuted", "refutes", "rejected", "rejects", "disputed", "disputes"]);

/** Verbs that deny what they take as object ("rejected the accusations"); a bare claim noun after them is a claim. */
export const DENIAL_VERBS = "denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|disputed|disputes";

/** What a denial can have for its object: "the accusations", "that account", "the findings". */
export const CLAIM_NOUNS = "reports?|claims?|accounts?|allegations?|accusations?|charges?|statements?|description|version|assertions?|suggestions?|criticism|findings|conclusions?|figures|characteri[sz]ation";
const DETERMINER = "the|these|those|this|that|such|all|any|its|their|his|her";

/** "rejected the accusations", "rejected the charge that …", "rejected them as …": a rejection is a claim only of a claim. */
export const REJECTED_CLAIM = new RegExp(`^\\s+(?:(?:${DETERMINER}|[A-Z][\\p{L}’'-]+['’]s)\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}(?:${CLAIM_NOUNS})\\b|^\\s+(?:it|them|this|that)\\s+as\\b`, "u");
/** A statement that is nothing but such an object, and the same followed by when or where. */
export const CLAIM_NOUN_ONLY = new RegExp(`^(?:${DETERMINER})?\\s*(?:[\\p{L}’'-]+\\s+){0,2}(?:${CLAIM_NOUNS})$`, "iu");
export const CLAIM_NOUN_THEN_CIRCUMSTANCE = new RegExp(`^((?:${DETERMINER})?\\s*(?:[\\p{L}’'-]+\\s+){0,2}(?:${CLAIM_NOUNS}))(\\s+(?:on|in|at|during|via|through|late|early)\\b.*)$`, "iu");

/** "called on both sides to …", "called for restraint": an appeal, not a statement. */
export const APPEAL_AFTER_VERB = /^\s+(?:on|for|upon)\b/;

const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Words that may stand between a speech verb and "that": when, where, through what, and to whom.
const BETWEEN_VERB_AND_THAT = new Set(
  `on in at to a an the its his her their for part later also again earlier late early then separately publicly repeatedly further
  statement post website briefing news conference press release interview reporters journalists social media television state day
  week evening morning night meeting speech parade military agency channel him them us during visit after talks this last official
  account page parliament lawmakers deputies cabinet crowd audience supporters nation diplomats officials students session
  only simply merely briefly same next previous following`.split(/\s+/),
);

/** "on Saturday in a statement", "the RIA Novosti agency", "reporters": nothing but when, where and to whom. */
export function onlyCircumstances(words: string): boolean {
  // A short prepositional phrase is a circumstance whatever its words: "in his nightly address".
  if (/^\s*(?:(?:on|in|at|to|during|after|before|from|via|through|while|within|with|later|earlier|late|early)\b[^,;:]{0,70})$/.test(words)) return true;
  return words
    .split(/[\s,()]+/)
    .filter(Boolean)
    .every((word) => BETWEEN_VERB_AND_THAT.has(word) || /^\d+$/.test(word) || /^[A-Z]/.test(word));
}

// Adverbials after the verb when no "that" follows: "accused on Saturday …", "said in a statement: …".
const LEADING_ADVERBIAL = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:late |early )?on (?:${WEEKDAYS})(?: (?:morning|afternoon|evening|night))?|on (?:${MONTHS}) \\d+|\\((?:${MONTHS}) \\d+\\)|(?:in|on|at) (?:a |an |the |its |state )?(?:statement|post|briefing|news conference|press conference|interview|television|social media|Telegram|X|parade)(?: on (?:its website|Telegram|X))?|later|also|again|earlier|today|yesterday|overnight|for its part|this week|to reporters)\\b\\s*,?`,
  "u",
);

const THAT_CLAIM_NOUN = new RegExp(`^\\s+(?:that|this)\\s+(?:[\\p{L}’'-]+\\s+)?(?:${CLAIM_NOUNS})\\s*[.!?]?$`, "u");

/** Verbs with a hearer before the statement: "told reporters that", "informed journalists", "assured residents that". */
export const TELLING = /^(?:told|tells|informed|informs|assured|assures)$/;

/** Where the statement starts after a speech verb ending at `from`, or -1 when it does not start there. */
export function statementStart(sentence: string, from: number, verb: string): number {
  let at = from;
  const rest = sentence.slice(at);
  // "rejected that description": "that" is the object's determiner, not a conjunction.
  if (OBJECT_VERBS.has(verb) && THAT_CLAIM_NOUN.test(rest)) return at + (rest.length - rest.trimStart().length);
  const beforeThat = rest.match(/^(.{0,80}?)\bthat\b\s*/su);
  // "told <anyone> that": whoever heard it, the statement starts after "that".
  const toldAnyone = TELLING.test(verb) && beforeThat && beforeThat[1].trim().split(/\s+/).length <= 6;
  if (beforeThat && !/["“”«»]/.test(beforeThat[1]) && (toldAnyone || onlyCircumstances(beforeThat[1]))) {
    return at + beforeThat[0].length;
  }
  if (TELLING.test(verb)) {
    // "told reporters: …", "told the agency the units …": skip the hearer.
    const hearer = rest.match(/^\s+(?:reporters|journalists|residents|the press|us|me|him|her|them|(?:our|the|a) (?:[a-z]+ )?correspondents?|(?:state|national|public) (?:television|TV|radio|media)|(?:a|an|the) [\p{L} -]{1,40}?(?:conference|agency|channel|newspaper|briefing|television)|[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)\s*[,:]?\s*/u);
    if (!hearer) return -1;
    at += hearer[0].length;
  }
  for (let guard = 0; guard < 4; guard++) {
    const adverbial = sentence.slice(at).match(LEADING_ADVERBIAL);
    if (!adverbial || adverbial[0].length === 0) break;
    at += adverbial[0].length;
  }
  const colon = sentence.slice(at).match(/^\s*:\s*/);
  if (colon) at += colon[0].length;
  return at + (sentence.slice(at).length - sentence.slice(at).trimStart().length);
}

/** A subject that points back to the last speaker rather than naming anyone. */
export const BACK_REFERENCE = /^(?:he|she|it|they|him|her|them|one of them|(?:the|both|two|three) sources|(?:the|its|their) (?:(?:border|foreign|defen[cs]e|interior|security|emergencies|press|navy|state|Foreign|Defen[cs]e|Interior)\s+)?(?:ministry|Ministry|spokes(?:man|woman|person)|official|officials|source|agency|(?:deputy |vice )?minister|akim|governor|mayor|committee|department|president|government|command|army|office|diplomat|ambassador|department|service|military|side|statement|leader|presidency|headquarters|embassy|(?:diplomatic )?mission|press service|Ministry of (?:Defen[cs]e|Foreign Affairs)|Defen[cs]e Ministry|Foreign Ministry)|the (?:ministry|embassy|government)['’]s (?:spokes(?:man|woman|person)|press service|representative))$/i;
export const ANONYMOUS = /\b(?:sources?|who (?:asked|spoke|declined|requested|did not want)\b[^,]*|speaking on condition of anonymity|on condition of anonymity|not authori[sz]ed to speak|unnamed|anonymous)\b/i;
/** A subject naming a body or office, which a place ("In Baku, the president's office said") may resolve. */
export const OFFICE_NOUN = /\b(?:office|ministry|government|president|presidency|spokes(?:man|woman|person)|officials?|minister|diplomacy|army|command|leadership|administration|governor|mayor)\b/i;

// "the Russian claim", "such reports": a verb form that is a noun here.
const NOUN_FORMS = new Set(["claim", "claims", "reports", "calls"]);
const BEFORE_A_NOUN = /\b(?:the|a|an|this|that|these|those|such|its|their|his|her|our|any|no)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The first speech verb in `sentence` from `from`, skipping verb forms that are nouns here. */
export function firstSpeechVerb(sentence: string, from: number): { word: string; start: number; end: number } | undefined {
  SPEECH_VERB.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = SPEECH_VERB.exec(sentence))) {
    if (NOUN_FORMS.has(match[1]) && BEFORE_A_NOUN.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    break;
  }
  SPEECH_VERB.lastIndex = 0;
  if (!match) return undefined;
  return { word: match[1], start: match.index, end: match.index + match[0].length };
}
