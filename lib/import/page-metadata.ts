// An article page's metadata: title, site, author, publication date, language, canonical URL and
// description, from the sources publishers fill in, best first: JSON-LD (NewsArticle and its kin,
// also inside @graph, with @id references followed), then OpenGraph, then <meta> tags and
// microdata, then the page itself (<title>, <html lang>, <link rel=canonical>). Each field is taken
// from the best source that has it, so a page with a sparse JSON-LD still gets OpenGraph's extras.
// Server-side; reads a DOM, fetches nothing.
import type { ArticleMetadata } from "./import-blocks";

type JsonObject = { [key: string]: unknown };
type Source = Partial<Record<keyof ArticleMetadata, string | null>>;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle)$/;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function clean(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text || null;
}

function typesOf(node: JsonObject): string[] {
  return asList(node["@type"]).filter((type): type is string => typeof type === "string").map((type) => type.replace(/^(https?:\/\/)?schema\.org\//, ""));
}

/** Every object in the JSON-LD blocks, with @graph arrays flattened. Malformed blocks are skipped. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    for (const item of asList(value)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item["@graph"] !== undefined) visit(item["@graph"], depth + 1);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A publisher's broken JSON-LD is their problem, not a reason to refuse the page.
    }
  }
  return nodes;
}

/** A YYYY-MM-DD date: the page's own calendar date when it writes one, so time zones cannot shift it. */
export function toIsoDate(value: string | null): string | null {
  if (!value) return null;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (written) {
    const [, year, month, day] = written;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** A BCP 47 tag ("en_US" -> "en-US"), or null for what is not one. */
export function toLanguageTag(value: string | null): string | null {
  if (!value) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim().replace(/_/g, "-"));
    return tag ?? null;
  } catch {
    return null;
  }
}

function toWebUrl(value: string | null, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function fromJsonLd(document: Document): Source {
  const nodes = jsonLdNodes(document);
  const byId = new Map(nodes.filter((node) => typeof node["@id"] === "string").map((node) => [node["@id"] as string, node]));
  // {"@id": "..."} alone is a reference to a node elsewhere in the graph (Yoast and others write them).
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1 ? (byId.get(value["@id"]) ?? value) : value);
  const nameOf = (value: unknown): string | null => {
    const node = resolve(value);
    return isObject(node) ? clean(node.name) : clean(node);
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  if (!article) return {};
  const authors = asList(article.author).map(nameOf).filter((name): name is string => name !== null);
  const website = nodes.find((node) => typesOf(node).includes("WebSite"));
  const language = resolve(article.inLanguage);
  const page = resolve(article.mainEntityOfPage);
  return {
    title: clean(article.headline) ?? clean(article.name),
    siteName: nameOf(article.publisher) ?? nameOf(resolve(article.isPartOf)) ?? (website ? clean(website.name) : null),
    author: authors.length > 0 ? [...new Set(authors)].join(", ") : null,
    publishedAt: clean(article.datePublished) ?? clean(article.dateCreated),
    language: isObject(language) ? (clean(language.alternateName) ?? clean(language.name)) : clean(language),
    canonicalUrl: clean(article.url) ?? (isObject(page) ? clean(page["@id"]) ?? clean(page.url) : clean(page)),
    description: clean(article.description),
  };
}

function metaContent(document: Document, attribute: "property" | "name" | "itemprop" | "http-equiv", keys: string[]): string | null {
  for (const key of keys) {
    for (const meta of Array.from(document.querySelectorAll(`meta[${attribute}]`))) {
      if (meta.getAttribute(attribute)?.trim().toLowerCase() === key) {
        const value = clean(meta.getAttribute("content"));
        if (value) return value;
      }
    }
  }
  return null;
}

function fromOpenGraph(document: Document): Source {
  // Some sites write OpenGraph with name= instead of property=.
  const og = (...keys: string[]) => metaContent(document, "property", keys) ?? metaContent(document, "name", keys);
  const author = og("article:author");
  return {
    title: og("og:title"),
    siteName: og("og:site_name"),
    // article:author is often a profile URL; only a name is an author.
    author: author && !/^https?:\/\//i.test(author) ? author : null,
    publishedAt: og("article:published_time", "og:published_time"),
    language: og("og:locale"),
    canonicalUrl: og("og:url"),
    description: og("og:description"),
  };
}

function microdata(document: Document, property: string): string | null {
  const element = document.querySelector(`[itemprop~="${property}"]`);
  if (!element) return null;
  const nameElement = element.querySelector('[itemprop~="name"]');
  return clean(element.getAttribute("content")) ?? clean(element.getAttribute("datetime")) ?? clean((nameElement ?? element).textContent);
}

function fromMetaTags(document: Document): Source {
  const named = (...keys: string[]) => metaContent(document, "name", keys);
  return {
    title: named("twitter:title", "title", "dc.title", "sailthru.title", "parsely-title"),
    siteName: named("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"),
    author: named("author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")?.replace(/^(by|par)\s+/i, "") ?? microdata(document, "author"),
    publishedAt:
      named("article:published_time", "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date") ??
      microdata(document, "datePublished"),
    language: named("language", "dc.language", "dcterms.language") ?? metaContent(document, "http-equiv", ["content-language"]),
    canonicalUrl: null,
    description: named("description", "twitter:description", "dc.description"),
  };
}

function fromPage(document: Document): Source {
  return {
    title: clean(document.querySelector("title")?.textContent),
    language: clean(document.documentElement.getAttribute("lang")) ?? clean(document.documentElement.getAttribute("xml:lang")),
    canonicalUrl: clean(document.querySelector('link[rel~="canonical" i]')?.getAttribute("href")),
  };
}

/** "Headline - Site" -> "Headline", when the site's name is known. */
function withoutSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const suffix = new RegExp(`\\s+[-|–—·:]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i");
  const stripped = title.replace(suffix, "").trim();
  return stripped || title;
}

export function readPageMetadata(document: Document, url?: string): ArticleMetadata {
  const sources = [fromJsonLd(document), fromOpenGraph(document), fromMetaTags(document), fromPage(document)];
  const first = (field: keyof ArticleMetadata, accept: (value: string | null) => string | null = (value) => value): string | null => {
    for (const source of sources) {
      const value = accept(source[field] ?? null);
      if (value) return value;
    }
    return null;
  };
  const siteName = first("siteName");
  const base = url ?? (document.URL.startsWith("http") ? document.URL : undefined);
  return {
    title: withoutSiteSuffix(first("title"), siteName),
    siteName,
    author: first("author"),
    publishedAt: first("publishedAt", toIsoDate),
    language: first("language", toLanguageTag),
    canonicalUrl: first("canonicalUrl", (value) => toWebUrl(value, base)),
    description: first("description"),
  };
}
