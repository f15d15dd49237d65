// Article previews from pages, text and documents: main text in order, furniture flagged (not
// deleted) and restorable, metadata from the best source, every block inside the article schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DocNode } from "@/lib/editor/canonical-text";
import { sanitiseDoc } from "@/lib/editor/sanitise-doc";
import { buildTextIndex } from "@/lib/editor/text-index";
import { AppError } from "@/lib/errors/app-error";
import { previewFromDocx, previewFromHtml, previewFromText } from "@/lib/import/extract-article";
import { docFromBlocks, type ArticlePreview } from "@/lib/import/import-blocks";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const page = (name: string) => readFileSync(path.join(FIXTURES, "pages", `${name}.html`), "utf8");
const canonical = (doc: DocNode) => buildTextIndex(doc).text;
const keptTexts = (preview: ArticlePreview) => preview.blocks.filter((block) => !block.removed).map((block) => block.text);
const removed = (preview: ArticlePreview) => preview.blocks.filter((block) => block.removed).map((block) => [block.text, block.removed?.reason]);

function linksOf(node: DocNode): { text: string; href: unknown }[] {
  const own = (node.marks ?? []).filter((mark) => mark.type === "link").map((mark) => ({ text: node.text ?? "", href: mark.attrs?.href }));
  return [...own, ...(node.content ?? []).flatMap(linksOf)];
}

function expectSchemaBlocks(preview: ArticlePreview) {
  for (const block of preview.blocks) {
    expect(["paragraph", "heading", "blockquote", "bulletList", "orderedList"]).toContain(block.node.type);
    expect(sanitiseDoc({ type: "doc", content: [block.node] }).content).toEqual([block.node]);
    expect(canonical({ type: "doc", content: [block.node] })).toBe(block.text);
  }
  expect(preview.blocks.map((block) => block.id)).toEqual(preview.blocks.map((_, index) => index));
}

describe("previewFromHtml on a news page with furniture", () => {
  const preview = previewFromHtml(page("news-with-furniture"), { url: "https://news.example.com/world/2024/03/12/border-talks" });
  const keptText = canonical(docFromBlocks(preview.blocks));

  it("keeps the article's text, in order, with its heading and quote", () => {
    expect(keptTexts(preview)).toEqual([
      "Armenia and Azerbaijan resume border talks in Tbilisi",
      "By Nino Beridze and Tom Hale",
      "TBILISI — Delegations from Armenia and Azerbaijan met in the Georgian capital on Monday for the first round of border talks since October, officials from both sides said, after months in which the two countries traded accusations of shelling along their shared frontier.",
      "The meeting, hosted by the Georgian foreign ministry, followed a timeline agreed in the autumn and was accompanied by an interactive map of the disputed sections. Both delegations described the atmosphere as businesslike, and one diplomat called it cautiously hopeful.",
      "Officials said the delegations spent most of the day on the northern section of the border, where villages on both sides have been cut off from farmland since the 2020 war and where surveyors have not worked for three decades.",
      "A fragile ceasefire",
      "The talks come as the ceasefire signed in November 2020 remains under strain. Armenia's defence ministry reported two incidents of gunfire on Saturday, which Baku denied, saying its troops had only answered provocations from the other side of the line.",
      "“We came here to talk about borders, not about war,” said the head of the Armenian delegation before the session began.",
      "Azerbaijan's defence ministry urged citizens to subscribe to its official Telegram channel rather than trust anonymous accounts with hundreds of thousands of subscribers, which it said had spread false casualty figures over the weekend.",
      "A second round is planned for April in Almaty, according to a joint statement released after the session, which gave no details of the sections of the border that had been discussed or of any agreement reached.",
      "With AFP",
    ]);
    const types = preview.blocks.filter((block) => !block.removed).map((block) => block.node.type);
    expect(types.filter((type) => type !== "paragraph")).toEqual(["heading", "heading", "blockquote"]);
    expect(preview.blocks.find((block) => block.text === "A fragile ceasefire")?.node.attrs?.level).toBe(2);
  });

  it("flags the share row, the caption and its credit with reasons instead of deleting them", () => {
    expect(removed(preview)).toEqual([
      ["Facebook | X | WhatsApp | Copy link", "share buttons"],
      ["Delegates arrive at the talks in Tbilisi on Monday.", "photo caption"],
      ["Photo: Irakli Gedenidze / Reuters", "photo credit"],
    ]);
  });

  it("leaves out navigation, the cookie banner, forms, the sidebar, the footer, scripts and styles", () => {
    for (const text of ["We use cookies", "Accept all", "Politics", "Economy", "Sign up", "Caucasus Morning", "Most read", "Tbilisi derby", "All rights reserved", "Privacy policy", "Injected by a script", "tracker", "Read more", "snap presidential election"]) {
      expect(keptText).not.toContain(text);
    }
  });

  it("keeps web links, resolved against the page, drops javascript: links and keeps bold and italic", () => {
    const meeting = preview.blocks.find((block) => block.text.startsWith("The meeting"))!;
    expect(linksOf(meeting.node)).toEqual([{ text: "a timeline", href: "https://news.example.com/world/2023/10/timeline" }]);
    expect(meeting.text).toContain("an interactive map");
    const share = preview.blocks.find((block) => block.removed?.reason === "share buttons")!;
    expect(linksOf(share.node).map((link) => link.text)).toEqual(["Facebook", "X", "WhatsApp"]);
    const marked = (meeting.node.content ?? []).filter((node) => node.marks?.some((mark) => mark.type !== "link")).map((node) => [node.text, node.marks?.map((mark) => mark.type)]);
    expect(marked).toEqual([
      ["businesslike", ["bold"]],
      ["cautiously hopeful", ["italic"]],
    ]);
  });

  it("makes every block fit the article schema", () => {
    expectSchemaBlocks(preview);
  });

  it("reads metadata from JSON-LD ahead of OpenGraph, meta tags and the title", () => {
    expect(preview.metadata).toEqual({
      title: "Armenia and Azerbaijan resume border talks in Tbilisi",
      siteName: "The Caucasus Desk",
      author: "Nino Beridze, Tom Hale",
      publishedAt: "2024-03-12",
      language: "en",
      canonicalUrl: "https://news.example.com/world/border-talks-resume",
      description: "Delegations met for the first time since October.",
    });
  });

  it("saves the kept blocks, and a restored line in its place", () => {
    const credit = preview.blocks.find((block) => block.removed?.reason === "photo credit")!;
    const restored = canonical(docFromBlocks(preview.blocks, new Set([credit.id])));
    expect(keptText.startsWith("Armenia and Azerbaijan resume border talks in Tbilisi\n\nBy Nino Beridze and Tom Hale\n\nTBILISI — ")).toBe(true);
    expect(restored.startsWith("Armenia and Azerbaijan resume border talks in Tbilisi\n\nBy Nino Beridze and Tom Hale\n\nPhoto: Irakli Gedenidze / Reuters\n\nTBILISI — ")).toBe(true);
    expect(restored.length).toBe(keptText.length + "Photo: Irakli Gedenidze / Reuters\n\n".length);
    expect(keptText.endsWith("agreement reached.\n\nWith AFP")).toBe(true);
    expect(sanitiseDoc(docFromBlocks(preview.blocks, new Set([credit.id])))).toBeDefined();
  });
});

describe("readPageMetadata through previewFromHtml", () => {
  it("reads JSON-LD inside @graph, following @id references, and skips a broken block", () => {
    const preview = previewFromHtml(page("jsonld-graph"), { url: "https://www.eastnews.example/2023/09/19/karabakh-operation?utm_source=x" });
    expect(preview.metadata).toEqual({
      title: "Azerbaijan launches operation in Karabakh",
      siteName: "East News Wire Ltd",
      author: "Aida Mammadova",
      publishedAt: "2023-09-19",
      language: "en-US",
      canonicalUrl: "https://www.eastnews.example/2023/09/19/karabakh-operation",
      description: "Baku calls it an anti-terrorist operation.",
    });
    expect(keptTexts(preview).map((text) => text.slice(0, 30))).toEqual(["Azerbaijan said on Tuesday it ", "The Armenian government said i", "Local authorities in Stepanake"]);
  });

  it("reads OpenGraph and meta tags: the page's own date, a name rather than a profile URL, a resolved canonical link", () => {
    const preview = previewFromHtml(page("opengraph-meta"), { url: "https://www.journaldusud.example/monde/article?id=1" });
    expect(preview.metadata).toEqual({
      title: "Ce que l'on sait des combats à la frontière",
      siteName: "Journal du Sud",
      author: "Claire Martin",
      publishedAt: "2024-02-29",
      language: "fr-FR",
      canonicalUrl: "https://www.journaldusud.example/monde/2024/02/29/combats-frontiere",
      description: "Les points clés des affrontements de jeudi.",
    });
    expect(removed(preview)).toEqual([
      ["Lire aussi", "read-more list"],
      ["Je m'abonne", "subscribe prompt"],
    ]);
    expect(keptTexts(preview).at(-1)).toBe("Avec AFP");
  });

  it("reads a Russian page: lang, meta tags, the title without the site's suffix, Russian furniture flagged", () => {
    const preview = previewFromHtml(page("russian"), { url: "https://vestnik.example/2024/03/12/granitsa" });
    expect(preview.metadata).toEqual({
      title: "Переговоры о границе возобновились",
      siteName: "Кавказский вестник",
      author: "Иван Петров",
      publishedAt: "2024-03-12",
      language: "ru",
      canonicalUrl: null,
      description: null,
    });
    expect(keptTexts(preview).map((text) => text.split(" ").slice(0, 3).join(" "))).toEqual(["Переговоры о границе", "Делегации Армении и", "По словам дипломатов,", "Следующий раунд запланирован"]);
    expect(removed(preview)).toEqual([
      ["Фото: РИА Новости", "photo credit"],
      ["Подпишитесь на наш канал в Telegram", "subscribe prompt"],
      ["Читайте также", "read-more list"],
      ["Досрочные выборы в Азербайджане\n\nЧто осталось от армянского населения Карабаха", "read-more list"],
    ]);
    expect(preview.blocks.at(-1)?.node.type).toBe("bulletList");
    expect(canonical(docFromBlocks(preview.blocks))).not.toMatch(/Главная|Политика|©/);
    expectSchemaBlocks(preview);
  });

  it("uses the body of a short page, without its header and footer", () => {
    const preview = previewFromHtml(
      '<html><body><header><a href="/">Logo</a></header><p>Short note with <a href="javascript:void(0)">a bad link</a> and <a href="mailto:desk@example.com">a mail</a>.<br>Second line.</p><footer>Footer text</footer></body></html>',
    );
    expect(preview.blocks.map((block) => block.text)).toEqual(["Short note with a bad link and a mail. Second line."]);
    expect(preview.blocks[0].node).toEqual({ type: "paragraph", content: [{ type: "text", text: "Short note with a bad link and a mail." }, { type: "hardBreak" }, { type: "text", text: "Second line." }] });
    expect(preview.metadata.title).toBeNull();
  });

  it("refuses a page address that is not a URL", () => {
    expect(() => previewFromHtml("<p>x</p>", { url: "not a url" })).toThrow(AppError);
  });
});

describe("previewFromText", () => {
  const sample = readFileSync("/work/shared/sample/karabakh-ceasefire-2022-03-26.txt", "utf8");
  const preview = previewFromText(sample);

  it("flags exactly the sample's six trailing lines", () => {
    expect(preview.blocks).toHaveLength(30);
    expect(preview.blocks.filter((block) => block.removed).map((block) => block.id)).toEqual([24, 25, 26, 27, 28, 29]);
    expect(preview.blocks.at(-1)).toEqual({ id: 29, node: { type: "paragraph", content: [{ type: "text", text: "google-play-badge_EN" }] }, text: "google-play-badge_EN", removed: { reason: "app-store badge" } });
    expect(preview.metadata).toEqual({ title: null, siteName: null, author: null, publishedAt: null, language: null, canonicalUrl: null, description: null });
  });

  it("saves the article up to 'With AFP', and a restored line after it", () => {
    const kept = canonical(docFromBlocks(preview.blocks));
    expect(kept.startsWith("Moscow on Saturday (March 26) accused Azerbaijan")).toBe(true);
    expect(kept.endsWith("three regions forming a glacis around Nagorny-Karabakh.\n\nWith AFP")).toBe(true);
    expect(canonical(docFromBlocks(preview.blocks, new Set([26])))).toBe(`${kept}\n\nI subscribe`);
    expectSchemaBlocks(preview);
  });
});

describe("previewFromDocx", () => {
  it("converts a Word document without Readability: heading as title, bold, link, furniture flagged", async () => {
    const preview = await previewFromDocx(readFileSync(path.join(FIXTURES, "documents", "ministry-statement.docx")));
    expect(preview.metadata.title).toBe("Ministry denies shelling claims");
    expect(preview.blocks.map((block) => [block.node.type, block.text, block.removed?.reason ?? null])).toEqual([
      ["heading", "Ministry denies shelling claims", null],
      ["paragraph", "The defence ministry on Tuesday denied reports that its artillery had shelled the village of Sotk.", null],
      ["paragraph", "Its statement, published at 9 a.m., linked to the full text.", null],
      ["paragraph", "Download the Desk app", "app download prompt"],
    ]);
    expect(linksOf(preview.blocks[2].node)).toEqual([{ text: "the full text", href: "https://mil.am/statement" }]);
    expect(canonical(docFromBlocks(preview.blocks))).toBe(
      "Ministry denies shelling claims\n\nThe defence ministry on Tuesday denied reports that its artillery had shelled the village of Sotk.\n\nIts statement, published at 9 a.m., linked to the full text.",
    );
    expectSchemaBlocks(preview);
  });

  it("refuses bytes that are not a .docx", async () => {
    await expect(previewFromDocx(Buffer.from("plain text, not a zip"))).rejects.toMatchObject({ code: "UNPROCESSABLE" });
  });
});

describe("docFromBlocks", () => {
  it("gives a valid empty document when every block is furniture", () => {
    const doc = docFromBlocks([{ id: 0, node: { type: "paragraph", content: [{ type: "text", text: "I subscribe" }] }, text: "I subscribe", removed: { reason: "subscribe prompt" } }]);
    expect(canonical(doc)).toBe("");
    expect(() => sanitiseDoc(doc)).not.toThrow();
  });
});
