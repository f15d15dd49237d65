// Recognises page furniture among an imported article's blocks: newsletter and subscription
// prompts, app-store badges, share buttons, cookie notices, read-more lists, photo captions and
// credits, advertisement labels. It only names a reason; the block is kept and shown struck
// through so a wrong guess costs the journalist one click, never a lost line. Pure.
//
// Precision matters more than recall: a reporting sentence that happens to say "subscribe" or
// "cookies" must stay. So every rule wants more than a word: a short line, an imperative or
// first-person form, a position near the end of the page, a high share of link text, or a badge
// file name. Quoted speech is never furniture. English first, with common French and Russian forms.

export type FurnitureContext = {
  /** The block's position among the article's blocks (0-based) and their number. */
  index: number;
  total: number;
  /** The schema type (paragraph, heading, bulletList, ...), or "caption" for a figure caption. */
  blockType: string;
  /** Share of the block's text that is link text, 0..1; unknown for plain text. */
  linkDensity?: number;
};

// JavaScript's \b only knows ASCII letters, so "подпишитесь\b" never matches; these patterns are
// written with \b and rebuilt with a boundary that knows every script.
const BOUNDARY = "(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))";
function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll("\\b", BOUNDARY), pattern.flags.includes("u") ? pattern.flags : `${pattern.flags}u`);
}

const QUOTE_MARKS = /["“”„«»‹›「」]/;

/** Agency credits that close a dispatch ("With AFP") are a byline, not furniture. */
const AGENCY_CREDIT =
  unicodeWords(/^\(?\s*(with|avec|mit|con|с|по материалам)\s+(the\s+)?(afp|ap|reuters|dpa|efe|ansa|tass|тасс|ria novosti|риа новости|interfax|интерфакс|agencies|agences|wires|[A-Z]{2,6})(\s*(,|and|et|и|&)\s*[\p{L}.]{2,20}){0,3}\s*\)?\.?$/iu);
const BYLINE = unicodeWords(/^(by|par|von|автор:?|текст:?)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}\.?$/u);

const BADGE_FILE = /^[\w.-]*(google[-_]?play|app[-_]?store|play[-_]?store|apple[-_]?store|appgallery)[\w.-]*$/i;
const BADGE_LABEL = unicodeWords(/\b(get it on google play|download on the app store|available on the app store|disponible sur (google play|l'app store)|доступно в (google play|app store))\b/i);
// Line-initial: "download the data from the app" in a sentence is reporting, "Download the app" is not.
const APP_PROMPT = unicodeWords(/^(download|get|install)\s+(the|our)\b[^.]{0,40}\bapp(lication)?\b|\bt[ée]l[ée]charge[zr]\s+l'appli(cation)?\b|\b(скачайте|установите)\s+(наше\s+)?приложение\b/i);
const NEWS_WITH_YOU = unicodeWords(/\b(everywhere|anywhere|wherever you (are|go)|on the go|partout avec vous|всегда с вами|где бы вы ни)\b/i);

const COOKIE_NOTICE =
  unicodeWords(/\b(we|this (web)?site|our (web)?site|site)\s+uses?\s+cookies\b|\baccept (all )?cookies\b|\bcookie (settings|preferences|policy|consent)\b.*\b(you|your)\b|\bby (continuing|using) (to (browse|use)|this (web)?site)\b|\bnous utilisons des cookies\b|\ben poursuivant votre navigation\b|\b(мы )?использ\p{L}+ (файлы )?cookie\b|\bфайлы cookie\b/iu);
const CONSENT_BUTTON = /^(accept|reject|agree|i agree|ok|got it|accept all|reject all|manage (preferences|settings|cookies)|tout accepter|tout refuser|accepter|refuser|принять|отклонить|согласен)[.!]?$/i;

const SUBSCRIBE_START = unicodeWords(/^(i\s+)?(subscribe|sign up|sign in|log in|join|become a (subscriber|member)|support (us|our journalism)|je m'abonne|abonnez-vous|s'abonner|je m'inscris|inscrivez-vous|подписаться|подпишитесь|оформите подписку|оформить подписку)\b/i);
const SUBSCRIBE_PHRASE = unicodeWords(/\b(subscribe (now|today|here)|already a subscriber|become a subscriber|start your free trial|unlimited (digital )?access|subscribers? only|réservé aux abonnés|только для подписчиков)\b/i);
const NEWSLETTER_WORDS = unicodeWords(/\b(newsletters?|inbox|digest|briefing|round-?up|summary|weekly|lettre d'information|l'essentiel|résumé|рассылк\p{L}*|дайджест)/iu);
const NEWSLETTER = unicodeWords(/\b(newsletters?|lettre d'information|рассылк\p{L}*)\b/iu);
const NEWSLETTER_ACTION = unicodeWords(/\b(sign up|subscribe|receive|get|our|your|inscri\p{L}*|подпиш\p{L}*|получайте)\b/iu);
const IN_YOUR_INBOX = unicodeWords(/\b(in|to|into) your inbox\b|\bdans votre boîte\b|\bна (вашу )?почту\b/i);
const NEWS_WORDS = unicodeWords(/\b(with you|avec vous|с вами|news|infos?|новост\p{L}*)\b/iu);
const WEEK = unicodeWords(/\b(week|weekly|semaine|недел\p{L}*)\b/iu);
const INVITATION = unicodeWords(/\b(invites? you|we invite you|don't miss|ne manquez pas|vous invite|приглашает вас|не пропустите)\b/i);

const SHARE_WORDS = new Set(
  "share shares sharing partager partagez поделиться tweet facebook twitter x whatsapp telegram linkedin reddit pinterest vk vkontakte ok messenger viber email e-mail mail print imprimer copy link copied copier le lien this article on sur in ссылку скопировать".split(" "),
);
const SHARE_LABEL = unicodeWords(/^(share|partager|поделиться)\b.{0,30}$/i);

const READ_MORE =
  unicodeWords(/^(>>\s*)?(read (more|also|next)|see also|related( (articles?|stories|content|coverage|topics))?|more on this( story| topic)?|more from|you may also like|recommended( for you)?|most (read|popular)|trending|lire aussi|à lire aussi|voir aussi|sur le même sujet|читайте также|по теме|смотрите также|еще по теме)\b/iu);

const CREDIT =
  unicodeWords(/^(photos?|photograph|image|picture|illustration|video|credits?|crédits?( photo)?|фото(графия)?|иллюстрация)\s*(:|©|by\b|credit\b|—|-)|©|\(c\)\s|\s\/\s*(afp|reuters|ap|epa|getty images|anadolu|sputnik|tass|тасс|риа новости)(\s+(photo|via getty images))?\.?$|\bvia getty images\b/iu);

const ADVERTISEMENT = /^(advertisement|advertising|sponsored( content)?|paid content|publicité|реклама|ad|ads|(story|article) continues (below|after (the )?advertisement))$/i;
const NAVIGATION = /^(back to top|skip to (main )?content|menu|home|retour en haut|наверх|(comments?|commentaires|комментарии)\s*\(?\d*\)?|leave a comment)$/i;

/** Words a broken layout fragment ends on ("The summary of the"): a sentence never does. */
const DANGLING_WORD = unicodeWords(/\b(the|of|a|an|to|and|for|with|in|on|at|by|from|le|la|les|de|du|des|et|à|и|в|на|с|по)$/i);

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The last quarter of the page, and at least its last eight blocks: where furniture collects. */
function isNearEnd({ index, total }: FurnitureContext): boolean {
  return total - index <= Math.max(8, Math.ceil(total * 0.25));
}

function isShareRow(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|•·,/:]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((word) => SHARE_WORDS.has(word));
}

/**
 * Why a block looks like page furniture, in a few words for the preview, or null for article text.
 * The rules that need no position (badges, cookie notices, share rows) come first; the ones that
 * lean on the end of the page come last.
 */
export function furnitureReason(text: string, context: FurnitureContext): string | null {
  const line = text.replace(/\s+/g, " ").trim();
  if (!line) return null;
  if (AGENCY_CREDIT.test(line) || BYLINE.test(line)) return null;
  const words = wordCount(line);
  const quoted = QUOTE_MARKS.test(line);
  const nearEnd = isNearEnd(context);
  const linkDensity = context.linkDensity ?? 0;

  if (BADGE_FILE.test(line) || BADGE_LABEL.test(line)) return "app-store badge";
  if (!quoted && words <= 60 && COOKIE_NOTICE.test(line)) return "cookie notice";
  if (words <= 3 && CONSENT_BUTTON.test(line)) return "cookie notice";
  if (ADVERTISEMENT.test(line)) return "advertisement";
  if (isShareRow(line) || (words <= 6 && SHARE_LABEL.test(line))) return "share buttons";
  if (NAVIGATION.test(line)) return "navigation";

  if (context.blockType === "caption") return CREDIT.test(line) ? "photo credit" : "photo caption";
  if (words <= 15 && CREDIT.test(line)) return "photo credit";

  // A bare "Read more" label, or one followed by links. In plain text there are no links to tell
  // a teaser from the reporter's own "see also", so a titled line without them stays.
  if (READ_MORE.test(line) && (words <= 4 || linkDensity >= 0.5)) return "read-more list";
  if ((context.blockType === "bulletList" || context.blockType === "orderedList") && nearEnd && linkDensity >= 0.8) return "read-more list";

  if (quoted) return null;
  if (words <= 25 && (SUBSCRIBE_START.test(line) || SUBSCRIBE_PHRASE.test(line))) {
    return NEWSLETTER_WORDS.test(line) ? "newsletter prompt" : "subscribe prompt";
  }
  if (words <= 25 && ((NEWSLETTER.test(line) && NEWSLETTER_ACTION.test(line)) || IN_YOUR_INBOX.test(line))) return "newsletter prompt";
  if (words <= 15 && APP_PROMPT.test(line)) return "app download prompt";

  if (!nearEnd) return null;
  if (words <= 12 && NEWS_WITH_YOU.test(line) && NEWS_WORDS.test(line)) return "app download prompt";
  if (words <= 30 && INVITATION.test(line)) return NEWSLETTER_WORDS.test(line) || WEEK.test(line) ? "newsletter prompt" : "promotional line";
  if (words <= 8 && !/[.!?…:;]$/.test(line)) {
    if (NEWSLETTER_WORDS.test(line)) return "newsletter prompt";
    if (DANGLING_WORD.test(line)) return "layout fragment";
  }
  if (words <= 10 && /!$/.test(line) && context.blockType === "paragraph") return "promotional line";
  if (words <= 12 && linkDensity >= 0.9 && context.blockType === "paragraph") return "link list";
  return null;
}

export type FurnitureCandidate = { text: string; blockType: string; linkDensity?: number };

/**
 * furnitureReason over a page's blocks, plus what one line cannot see: the links that follow a
 * "Read more" label belong to it, and a short line between two pieces of furniture at the end
 * of the page (a promo's second line) is furniture too. Bylines like "With AFP" stay either way.
 */
export function furnitureReasons(candidates: FurnitureCandidate[]): (string | null)[] {
  const total = candidates.length;
  const reasons = candidates.map((candidate, index) => furnitureReason(candidate.text, { index, total, blockType: candidate.blockType, linkDensity: candidate.linkDensity }));
  for (let index = 1; index < total; index++) {
    const previous = reasons[index - 1];
    const candidate = candidates[index];
    if ((reasons[index] === null || reasons[index] === "link list") && previous === "read-more list" && (candidate.linkDensity ?? 0) >= 0.6) reasons[index] = "read-more list";
  }
  for (let index = 0; index < total; index++) {
    const candidate = candidates[index];
    const line = candidate.text.trim();
    if (reasons[index] !== null || !isNearEnd({ index, total, blockType: candidate.blockType }) || candidate.blockType === "heading") continue;
    if (wordCount(line) > 12 || QUOTE_MARKS.test(line) || AGENCY_CREDIT.test(line) || BYLINE.test(line)) continue;
    const before = index > 0 && reasons[index - 1] !== null;
    const after = index === total - 1 || reasons[index + 1] !== null;
    if (before && after) reasons[index] = "among page furniture";
  }
  return reasons;
}
