// The vocabulary of subjects: what can be a speaker, what names a state's official without naming the
// state, and who speaks for themselves. Used by resolveSpeaker (./speaker.ts), which holds the logic.

// A subject holds no clause of its own: "this is the first time that Moscow has accused" is narration.
// Auxiliaries are allowed only right before the verb ("Russia has accused"), where they are trimmed first.
export const NOT_A_SUBJECT = /\b(?:that|which|what|when|but|because|if|since|while|where|is|are|was|were|be|been|being|not|never|did|does|do|had|has|have|would|will|could|should|might|must|can|didn't|doesn't)\b|n't\b/i;
export const TRAILING_CIRCUMSTANCE = /\s+(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|for its part|later|also|again|has|have|had|would|will|then|earlier|previously|now|today|yesterday|repeatedly|once again|in (?:a|its) statement|overnight|long|often|always|in the past)$/;
export const CLAIM_NOUN_FIRST = /^\s*(?:a|an|the|this|that|which)\s+(?:[\p{L}-]+\s+)?(?:charge|claim|accusation|allegation|assertion|version|account|report)s?\b/iu;
// "governor Oleh Kravets says", "with host Iran warning": a lower-case role word before a name.
export const ROLE_BEFORE_NAME = /^(?:governor|mayor|spokes(?:man|woman|person)|minister|president|commander|ombuds(?:man|woman)|host|neighbouring|neighboring|fellow)\s+[A-Z]/;
export const DETERMINER_OR_PRONOUN = /^(?:the|a|an|its|his|her|their|he|she|it|they|one|two|three|several|some)$/;
// "ministry spokesman Kamran Huseynli", "navy spokesman Captain Andriy Tkachuk": a spokesperson named
// without a country, of the body named in front (group 1), with a name (group 2).
export const SPOKESPERSON_WITHOUT_COUNTRY = /^(?:(?:[Tt]he|[Aa]|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|[Ee]mergencies|[Ee]mbassy|[Pp]residential)\s+)?((?:[Mm]inistry|[Nn]avy|[Aa]rmy|[Mm]ilitary|[Pp]olice|[Bb]order (?:[Gg]uard|[Ss]ervice)|[Ss]ervice)\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress secretary)(?:,?\s+((?:[A-Z][\p{Ll}’'-]+\s*){2,3}))?,?$/u;
// An official of a state the words do not name. News writing names the country just before ("Iran's army
// began exercises, with a senior commander warning …"), or the official speaks for the side last heard
// ("Georgia's Foreign Ministry …. Prime Minister Giorgi Beridze went further"). Groups 1 and 2 hold names.
const NAME = "((?:[A-Z][\\p{Ll}’'-]+\\s*){2,3})";
export const OFFICIAL_WITHOUT_COUNTRY = new RegExp(
  `^(?:${[
    // "a senior commander"
    "(?:a|the)\\s+senior\\s+(?:commander|military official|officer)",
    // "the deputy governor of Gilan province, Mehdi Rastegar"
    `(?:the\\s+)?(?:deputy\\s+)?governor\\s+of\\s+[A-Z][\\p{L}-]+(?:\\s+(?:province|region|oblast))?(?:,\\s+${NAME})?`,
    // "Deputy Energy Minister Hakob Vardanyan", "Brigadier General Masoud Rezaei, commander of …"
    `(?:(?:Deputy|First Deputy|Vice)\\s+)?(?:Prime Minister|President|(?:[A-Z][\\p{Ll}]+\\s+){0,2}Minister|Minister of [A-Z][\\p{L} ]{2,30}|(?:Brigadier |Major |Lieutenant )?General|Colonel|(?:Rear |Vice )?Admiral)\\s+${NAME}(?:,\\s*[^,]{3,80})?`,
    // "Foreign Minister Aydınlı": a title and a surname alone
    "(?:(?:Deputy|First Deputy|Vice)\\s+)?(?:Prime Minister|President|(?:[A-Z][\\p{Ll}]+\\s+){0,2}Minister)\\s+([A-Z][\\p{Ll}’'-]{2,})",
    // "the prime minister"
    "[Tt]he\\s+(?:prime minister|president|foreign minister|defen[cs]e minister|interior minister)",
    // "An official in the prime minister's office"
    "(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:senior\\s+)?(?:official|aide|adviser|source)\\s+(?:in|at|from)\\s+the\\s+(?:prime minister['’]s|president['’]s|presidential|foreign minister['’]s)\\s+(?:office|administration|staff)",
    // "The State Security Service", "the Border Guard Service"
    "(?:[Tt]he\\s+)?(?:(?:State|National|Federal|Foreign|Border|Security|Intelligence|Investigative|Customs|Migration|Emergency|Emergencies|Road|Air|Transport)\\s+){1,3}(?:Service|Committee|Guard|Agency)",
    // "National Defence Ministry sources"
    "(?:[A-Z][\\p{Ll}]+\\s+){1,3}Ministry\\s+(?:sources?|officials?)",
    // "The Coordination Headquarters", not "the Interstate Aviation Committee"
    "[Tt]he\\s+(?!(?:International|European|United|World|Interstate|Global|Joint)\\b)(?:[A-Z][\\p{Ll}]+\\s+){1,2}(?:Headquarters|Directorate|Inspectorate)",
    // "regional governor Oleh Savchuk", "navy commander Oleksiy Neizhpapa": a lower-case title before a name
    `(?:regional\\s+|deputy\\s+|navy\\s+|army\\s+|military\\s+|presidential\\s+)?(?:governor|mayor|commander|ombuds(?:man|woman))\\s+${NAME}`,
    // "The akim of Kostanay region, Bolat Zhunusov", "the Vice Minister of Energy"
    `(?:[Tt]he\\s+)?(?:akim|[Vv]ice [Mm]inister|[Dd]eputy [Mm]inister)\\s+of\\s+[A-Z][\\p{L}-]+(?:\\s+(?:region|province|oblast))?(?:,\\s+${NAME})?`,
  ].join("|")}),?$`,
  "u",
);
// "Nobody in Moscow has said this to me": a negated subject names no speaker.
// "A Western diplomat in Yerevan", "a European official": a third party's person, wherever they are.
export const THIRD_PARTY_PERSON = /\b(?:Western|European|foreign|U\.?N\.?|international|American|U\.?S\.?|EU)\s+(?:diplomats?|officials?|observers?|sources?|envoys?|monitors?)\b/;
// The second word of an institution's name, never a surname: "Foreign Ministry", "Border Service", "Russian Federation".
export const INSTITUTION_WORD = "(?:Ministry|Service|Office|Council|Committee|Agency|Forces|Guard|Army|Navy|Fleet|Command|Government|Embassy|Headquarters|Administration|Presidency|Staff|Minister|Federation|Republic|Union)";
export const NOBODY = /^(?:Nobody|No one|None|Neither|Nothing)\b/;
// Speakers for themselves: parliaments' members, the opposition, companies, trade bodies, citizens.
export const NON_STATE_SPEAKER = /\b(?:lawmakers?|MPs?|parliamentarians|commentators?|opposition|bloc|alliance|part(?:y|ies)|drivers?|engineers?|compan(?:y|ies)|firms?|operators?|associations?|Association|unions?|Union|farmers?|residents?|citizens?|villagers?|workers?|doctors?|shipowners?|carriers?|traders?|bloggers?|activists?|students?|veterans?|clergy|economists?|historians?|scholars?|scientists?|analysts?|experts?|colleagues?|think tanks?|academics?|professors?|lawyers?|campaigners?|pollsters?|correspondents?|reporters?|journalists?|presenters?|church|Church|diocese|patriarch(?:ate)?|archbishop|bishop|priests?|monaster(?:y|ies)|press|papers|newspapers?|dailies|daily|weekly|outlets?|media|columnists?|editorials?|broadcasters?|Railways|Airlines|Bank|Corporation|Consortium)\b/;
// Moscow-installed or separatist authorities: neither the state whose territory they hold nor (by the gold's convention) the one that installed them.
export const DE_FACTO = /(?:\p{L}+-(?:appointed|installed|backed|controlled)|\boccupied\b|\bde facto\b|\bself-(?:proclaimed|declared)\b|\bseparatists?\b)/u;
// "A ministry official, who asked not to be named, said": the ministry last heard.
export const UNNAMED_OFFICIAL = /^(?:a|an|one)\s+(?:senior\s+)?(ministry|government|army|military|presidency)\s+(?:official|source|spokes(?:man|woman|person)|aide)$/i;
export const INSTITUTION = /\b(?:Institute|University|Centre|Center|Foundation|School|Academy|think tank|Fund|Observatory|Programme|Program)\b/;
export const OFFICIAL_BEFORE_NAME = /\b(?:President|Prime Minister|Minister|[Ss]pokes(?:man|woman|person)|[Aa]ide|[Aa]dviser)\s+([A-Z]\p{Ll}+\s+[A-Z][\p{Ll}-]+)/u;
