/** @jest-environment jsdom */
// The HTML report, its claim map SVG and the rich-text renderer, checked on the parsed output:
// self-contained and inert (even with hostile input), the article text intact under its
// highlights, every footnote resolving, verdicts marked by approval, the map matching the claims.
import { XSS, reportFixture } from "@/__tests__/factories/report";
import type { DocNode } from "@/lib/editor/canonical-text";
import { buildTextIndex } from "@/lib/editor/text-index";
import { buildClaimMapSvg, wrapSnippet } from "@/lib/export/claim-map-svg";
import { cssHexColor, escapeAttribute, escapeHtml } from "@/lib/export/html-escape";
import { buildHtmlReport } from "@/lib/export/html-report";
import type { Report, ReportClaim, ReportLink } from "@/lib/export/report";
import { formatReportDate, formatReportDateTime, linkLabelFor } from "@/lib/export/report-labels";
import { buildRichTextHtml } from "@/lib/export/rich-text-html";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The article's text as a reader sees it, without the footnote markers. */
function articleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll("sup.claim-ref").forEach((marker) => marker.remove());
  copy.querySelectorAll("br").forEach((lineBreak) => lineBreak.replaceWith(" "));
  return copy.textContent ?? "";
}

function claimNumbered(report: Report, number: number): ReportClaim {
  return report.claims.find((claim) => claim.number === number)!;
}

const variants: [string, Report][] = [
  ["plain", reportFixture()],
  ["with drafts", reportFixture({ includesDrafts: true })],
  ["hostile", reportFixture({ hostile: true })],
  ["hostile with drafts", reportFixture({ hostile: true, includesDrafts: true })],
];

describe("buildHtmlReport: one self-contained, inert document", () => {
  test("is an HTML5 document in the article's language with its CSS inline", () => {
    const html = buildHtmlReport(reportFixture());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(doc.title).toBe("Russia accuses Azerbaijan of violating the ceasefire — fact-check report");
    expect(doc.querySelectorAll("style")).toHaveLength(1);
    expect(doc.querySelector("h1")?.textContent).toBe("Russia accuses Azerbaijan of violating the ceasefire");
  });

  test("an implausible language tag is not written into the lang attribute", () => {
    const report = reportFixture();
    report.article.language = `en" onload="alert(1)`;
    expect(parse(buildHtmlReport(report)).documentElement.getAttribute("lang")).toBe("und");
  });

  test.each(variants)("%s: no script, no handlers, no loaded resources, only web or same-document links", (_name, report) => {
    const html = buildHtmlReport(report);
    const doc = parse(html);
    expect(doc.querySelectorAll("script, link, img, iframe, object, embed, foreignObject, base, form, video, audio, source")).toHaveLength(0);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    for (const element of Array.from(doc.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        if (/^(href|src|xlink:href|action|formaction|srcset|poster)$/i.test(attribute.name)) expect(attribute.value).toMatch(/^(https?:\/\/|#)/);
      }
    }
    // The claim map is the only SVG: nothing typed by a user became one.
    expect(Array.from(doc.querySelectorAll("svg")).map((svg) => svg.getAttribute("class"))).toEqual(["claim-map"]);
  });

  test.each(variants)("%s: every claim has its #claim-N target and every #fragment link resolves", (_name, report) => {
    const doc = parse(buildHtmlReport(report));
    for (const claim of report.claims) expect(doc.getElementById(`claim-${claim.number}`)?.tagName).toBe("ARTICLE");
    const fragments = Array.from(doc.querySelectorAll("a[href^='#']")).map((link) => link.getAttribute("href")!.slice(1));
    expect(fragments).toEqual(expect.arrayContaining(report.claims.map((claim) => `claim-${claim.number}`)));
    for (const id of fragments) expect(doc.getElementById(id)).not.toBeNull();
  });
});

describe("buildHtmlReport: the annotated article", () => {
  test.each(variants)("%s: each text block shows exactly its canonical text, and the article all of it", (_name, report) => {
    const doc = parse(buildHtmlReport(report));
    const index = buildTextIndex(report.article.body);
    const blocks = Array.from(doc.querySelectorAll(".article-body [data-block]"));
    expect(blocks.map((block) => articleText(block))).toEqual(index.blocks.map((block) => block.text));
    expect(words(articleText(doc.querySelector(".article-body")!))).toEqual(words(report.article.text));
  });

  test("keeps the document's structure: heading, paragraph, quote, list", () => {
    const doc = parse(buildHtmlReport(reportFixture()));
    const body = doc.querySelector(".article-body")!;
    expect(body.querySelector("h3")?.textContent).toBe("Ceasefire accusations");
    expect(body.querySelector("blockquote > p")?.textContent).toContain("Baku called the claim");
    expect(body.querySelector("ul > li > p")?.textContent).toContain("Yerevan described it");
  });

  test("the nested claim 2 sits inside claim 1's mark, each underlined at its own depth", () => {
    const doc = parse(buildHtmlReport(reportFixture()));
    const inner = doc.querySelector(".article-body mark[data-claim='2']") as HTMLElement;
    expect(inner.textContent).toBe("the zone of the Russian peacekeepers");
    const outer = inner.parentElement!.closest("mark") as HTMLElement;
    expect(outer.getAttribute("data-claim")).toBe("1");
    expect(outer.style.paddingBottom).toBe("3px");
    expect(inner.style.paddingBottom).toBe("0px");
    // Claim 1 is highlighted over all of its words, across the two runs.
    const claimOneText = Array.from(doc.querySelectorAll(".article-body mark[data-claim='1']"))
      .map((mark) => mark.textContent)
      .join("");
    expect(claimOneText).toBe(claimNumbered(reportFixture(), 1).exact);
  });

  test("the highlight takes the claim's actor colour as tint and underline", () => {
    const doc = parse(buildHtmlReport(reportFixture()));
    const mark = doc.querySelector(".article-body mark[data-claim='3']") as HTMLElement;
    expect(mark.getAttribute("style")).toContain("background-color:#b4530929");
    expect(mark.getAttribute("style")).toContain("border-bottom-color:#b45309");
  });

  test("a marker with label and number follows each claim's last character; the inner claim's first", () => {
    const doc = parse(buildHtmlReport(reportFixture()));
    const markers = Array.from(doc.querySelectorAll(".article-body sup.claim-ref a")).map((link) => [link.textContent, link.getAttribute("href")]);
    expect(markers).toEqual([
      ["RUS\u00a02", "#claim-2"],
      ["RUS\u00a01", "#claim-1"],
      ["AZE\u00a03", "#claim-3"],
      ["ARM\u00a04", "#claim-4"],
    ]);
    const afterClaimThree = doc.querySelector(".article-body mark[data-claim='3']")!.nextElementSibling;
    expect(afterClaimThree?.textContent).toBe("AZE\u00a03");
  });

  test("an orphaned claim is not highlighted but listed as one that could not be placed", () => {
    const report = reportFixture();
    claimNumbered(report, 4).anchorStatus = "orphaned";
    const doc = parse(buildHtmlReport(report));
    expect(doc.querySelector(".article-body mark[data-claim='4']")).toBeNull();
    expect(doc.getElementById("ref-claim-4")).toBeNull();
    const listed = doc.querySelector(".unplaced li")!;
    expect(listed.textContent).toContain("described it as an invasion");
    expect(listed.textContent).toContain("could not be placed in the current text");
    expect(listed.querySelector("a")?.getAttribute("href")).toBe("#claim-4");
    expect(doc.getElementById("claim-4")?.textContent).toContain("could not be placed in the current text");
  });

  test("walks a document the way the text index does: empty blocks, line breaks, marks, direct list text", () => {
    const body: DocNode = {
      type: "doc",
      content: [
        { type: "paragraph" },
        { type: "paragraph", content: [{ type: "text", text: "   " }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "  First   line" },
            { type: "hardBreak" },
            { type: "text", text: "second ", marks: [{ type: "bold" }] },
            { type: "text", text: "linked", marks: [{ type: "link", attrs: { href: "https://example.org/a" } }] },
            { type: "text", text: " and ", marks: [] },
            { type: "text", text: "unsafe", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "text", text: "Direct item text" }] }, { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Wrapped item" }] }, { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Nested" }] }] }] }] }] },
        { type: "heading", attrs: { level: 4 }, content: [{ type: "text", text: "Last" }] },
      ],
    };
    const index = buildTextIndex(body);
    const report = reportFixture();
    const text = index.text;
    const start = text.indexOf("line second");
    report.article = { ...report.article, body, text };
    report.claims = [{ ...report.claims[0], start, end: start + "line second linked".length, exact: "line second linked", links: [], verdict: null, evidence: [] }];
    const doc = parse(buildHtmlReport(report));
    const blocks = Array.from(doc.querySelectorAll(".article-body [data-block]"));
    expect(blocks.map((block) => articleText(block))).toEqual(index.blocks.map((block) => block.text));
    expect(blocks[0].querySelector("br")).not.toBeNull();
    expect(blocks[0].querySelector("strong")?.textContent).toBe("second ");
    expect(blocks[0].querySelector("a[href='https://example.org/a']")?.textContent).toBe("linked");
    expect(Array.from(blocks[0].querySelectorAll("a")).map((link) => link.textContent)).toEqual(["linked", "RUS\u00a01"]);
    expect(doc.querySelector(".article-body ol")?.getAttribute("start")).toBe("3");
    expect(doc.querySelector(".article-body h5")?.textContent).toBe("Last");
    // The claim runs across the line break and ends right after "linked".
    const marked = Array.from(blocks[0].querySelectorAll("mark")).map((mark) => articleText(mark)).join("");
    expect(marked).toBe("line second linked");
  });
});

describe("buildHtmlReport: hostile input stays text", () => {
  const html = buildHtmlReport(reportFixture({ hostile: true, includesDrafts: true }));
  const doc = parse(html);

  test.each(Object.entries(XSS).filter(([name]) => name !== "dataUrl"))("%s appears as text", (_name, payload) => {
    expect(doc.body.textContent).toContain(payload);
  });

  test("no payload became an element or an attribute", () => {
    expect(doc.querySelectorAll("b, img, script, svg a, [onerror], [onload]")).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll("a")).every((link) => /^(https?:\/\/|#)/.test(link.getAttribute("href") ?? ""))).toBe(true);
  });

  test("the evidence with a javascript: URL is shown, but not as a link", () => {
    const item = Array.from(doc.querySelectorAll("#claim-1 .evidence-item")).find((element) => element.textContent?.includes("bad link"))!;
    expect(item.querySelector("a")).toBeNull();
    expect(item.textContent).toContain(XSS.javascriptUrl);
    const header = doc.querySelector(".report-header")!;
    expect(Array.from(header.querySelectorAll("a")).map((link) => link.getAttribute("href"))).not.toContain(XSS.javascriptUrl);
    expect(header.textContent).toContain(XSS.javascriptUrl);
  });

  test("a data: URL is shown as text, never as a link", () => {
    const report = reportFixture();
    report.publisher.url = XSS.dataUrl;
    report.article.url = XSS.dataUrl;
    claimNumbered(report, 1).evidence[0].url = XSS.dataUrl;
    const parsed = parse(buildHtmlReport(report));
    expect(parsed.body.textContent).toContain(XSS.dataUrl);
    expect(parsed.querySelectorAll("a[href^='data:'], script")).toHaveLength(0);
    expect(parsed.querySelector("#claim-1 .evidence-link")).toBeNull();
  });

  test("a colour that is not #RRGGBB never reaches a style attribute", () => {
    const report = reportFixture();
    claimNumbered(report, 3).actor = { ...claimNumbered(report, 3).actor, color: "red;background:url(https://evil.example/x)" };
    claimNumbered(report, 1).verdict!.rating!.color = `#fff" onmouseover="alert(1)`;
    const output = buildHtmlReport(report);
    expect(output).not.toContain("evil.example");
    expect(output).not.toContain("onmouseover");
    expect((parse(output).querySelector(".article-body mark[data-claim='3']") as HTMLElement).getAttribute("style")).toContain("border-bottom-color:#64748b");
  });
});

describe("buildHtmlReport: claims by actor", () => {
  const report = reportFixture();
  const doc = parse(buildHtmlReport(report));

  test("one section per roll-up actor; the ministry's claim sits under Russia and names its speaker", () => {
    const groups = Array.from(doc.querySelectorAll(".actor-group"));
    expect(groups.map((group) => group.querySelector("h3")?.firstChild?.nextSibling?.textContent)).toEqual(["Russia ", "Azerbaijan ", "Armenia "]);
    expect(Array.from(groups[0].querySelectorAll("article.claim")).map((claim) => claim.id)).toEqual(["claim-1", "claim-2"]);
    const ministry = doc.getElementById("claim-2")!;
    expect(ministry.querySelector(".speaker")?.textContent).toBe("Russian Defense Ministry");
    expect(ministry.querySelector(".claim-facts")?.textContent).toBe("Paraphrase · for Russia");
  });

  test("a claim shows its quote, note, relay and attribution", () => {
    const relayed = reportFixture();
    claimNumbered(relayed, 3).relayedBy = claimNumbered(relayed, 1).actor;
    const claim = parse(buildHtmlReport(relayed)).getElementById("claim-3")!;
    expect(claim.querySelector(".badge")?.textContent).toBe("AZE\u00a03");
    expect(claim.querySelector("blockquote")?.textContent).toBe(`called the claim "untrue" and said its forces had not moved`);
    expect(claim.querySelector(".claim-facts")?.textContent).toBe("Direct quote · relayed by Russia");
    expect(doc.querySelector("#claim-1 .claim-note")?.textContent).toBe("Note: Check the map of the zone.");
  });

  test("links read in words from each end, with the other claim's actor and number", () => {
    const rebutted = Array.from(doc.querySelectorAll("#claim-1 .claim-links li")).map((item) => item.textContent);
    expect(rebutted).toEqual([
      "Same claim as Russia in “Earlier report”: “Azerbaijani troops crossed the line”",
      `Rebutted by Azerbaijan 3: “called the claim "untrue" and said its forces had not moved” — Baku denies the verdict relies on this`,
    ]);
    expect(doc.querySelector("#claim-1 .claim-links a")?.getAttribute("href")).toBe("#claim-3");
    expect(doc.querySelector("#claim-3 .claim-links li")?.textContent).toMatch(/^Rebuts Russia 1: “units of the Azerbaijani/);
  });

  test("evidence lists title (linked), publisher, kind, stance, retrieval date and excerpt", () => {
    const item = doc.querySelector("#claim-1 .evidence-item")!;
    expect(item.querySelector("a.evidence-link")?.getAttribute("href")).toBe("https://example.org/satellite?a=1&b=2");
    expect(item.querySelector("a.evidence-link")?.textContent).toBe("Satellite imagery of the Lachin corridor");
    expect(item.textContent).toContain("Example Imagery · Imagery · Refutes the claim · retrieved 20 November 2026");
    expect(item.querySelector("blockquote")?.textContent).toBe("No vehicles visible on 24 March.");
  });

  test("an approved verdict shows rating, definition, summary, rationale, author, reviewer and date", () => {
    const verdict = doc.querySelector("#claim-1 .verdict")!;
    expect(verdict.classList.contains("verdict--unapproved")).toBe(false);
    expect(verdict.querySelector(".rating-label")?.textContent).toBe("Mostly false");
    expect((verdict.querySelector(".rating-label") as HTMLElement).getAttribute("style")).toBe("background-color:#c2410c");
    expect(verdict.textContent).toContain("Contains an element of truth");
    expect(verdict.querySelector(".claim-summary")?.textContent).toBe("Claim reviewed: Azerbaijani forces advanced into the Russian peacekeepers' zone");
    expect(verdict.querySelector(".rationale p")?.textContent).toBe("Satellite images show no movement.");
    expect(verdict.querySelector(".verdict-byline")?.textContent).toBe("By Jo Journalist · reviewed by Rey Reviewer · approved 21 November 2026");
    expect(verdict.textContent).not.toContain("NOT APPROVED");
  });

  test("without drafts: no draft verdict, no NOT APPROVED, no banner", () => {
    expect(doc.body.textContent).not.toContain("NOT APPROVED");
    expect(doc.body.textContent).not.toContain("No independent source yet.");
    expect(doc.body.textContent).not.toContain("Includes verdicts that are not approved");
    expect(doc.querySelector("[data-verdict='ver_2']")).toBeNull();
    expect(doc.querySelector("#claim-4 .verdict")).toBeNull();
  });

  test("with drafts: a banner near the top, and verdict ver_2 marked NOT APPROVED with its status", () => {
    const drafts = parse(buildHtmlReport(reportFixture({ includesDrafts: true })));
    expect(drafts.querySelector(".report-header .drafts-banner")?.textContent).toContain("Includes verdicts that are not approved");
    const verdict = drafts.querySelector("#claim-4 [data-verdict='ver_2']")!;
    expect(verdict.classList.contains("verdict--unapproved")).toBe(true);
    expect(verdict.querySelector(".verdict-flag")?.textContent).toBe("NOT APPROVED — In review");
    expect(verdict.textContent).toContain("No independent source yet.");
    expect(drafts.querySelectorAll(".verdict-flag")).toHaveLength(1);
    expect(drafts.querySelector("[data-verdict='ver_1']")?.textContent).not.toContain("NOT APPROVED");
  });

  test("title block: source, date, original link, revision, exporter, desk", () => {
    const header = doc.querySelector(".report-header")!;
    const facts = Object.fromEntries(Array.from(header.querySelectorAll(".article-meta div")).map((row) => [row.querySelector("dt")?.textContent, row.querySelector("dd")?.textContent]));
    expect(facts).toEqual({ Source: "Example Wire", Published: "26 March 2022", Original: "https://news.example.org/karabakh?id=1&lang=en", Revision: "1" });
    expect(header.querySelector(".article-meta a")?.getAttribute("href")).toBe("https://news.example.org/karabakh?id=1&lang=en");
    expect(header.querySelector(".export-meta")?.textContent).toMatch(/^Exported by Ed Exporter on 1 December 2026 · Published by Counterclaim Desk/);
    expect(doc.querySelector("footer")?.textContent).toBe("Made with Counterclaim · Exported 1 December 2026, 12:00 UTC");
  });

  test("print CSS: A4, claims and verdicts unbroken, highlights printed, map fitted to the page", () => {
    const css = doc.querySelector("style")!.textContent!;
    const print = css.slice(css.indexOf("@media print"));
    expect(css).toContain("@page { size: A4;");
    expect(print).toMatch(/\.claim, \.verdict[^{]*\{ break-inside: avoid;/);
    expect(print).toMatch(/h1, h2, h3, h4, h5 \{ break-after: avoid;/);
    expect(print).toContain('a.evidence-link::after { content: " (" attr(href) ")"');
    expect(print).toContain(".claim-map { max-width: 100%; height: auto; }");
    expect(print).toContain("print-color-adjust: exact");
  });

  test("a report with no claims says so instead of drawing a map", () => {
    const empty = reportFixture();
    empty.claims = [];
    empty.actors = [];
    const parsed = parse(buildHtmlReport(empty));
    expect(parsed.querySelector("svg")).toBeNull();
    expect(parsed.getElementById("claim-map")?.textContent).toContain("nothing to map");
    expect(parsed.getElementById("claims")?.textContent).toContain("No claims have been marked");
  });
});

describe("buildClaimMapSvg", () => {
  const svgOf = (report: Report) => parse(`<!doctype html><body>${buildClaimMapSvg(report)}</body>`).querySelector("svg")!;

  test("one node per claim and one path per in-article link, labelled for assistive technology", () => {
    const report = reportFixture();
    const svg = svgOf(report);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Claim map: 4 claims by 4 speakers, 1 link between them.");
    expect(svg.querySelector(":scope > title")?.textContent).toBe(svg.getAttribute("aria-label"));
    expect(Array.from(svg.querySelectorAll("g.node")).map((node) => node.getAttribute("data-claim"))).toEqual(["1", "2", "3", "4"]);
    // lnk_1 is listed by both claims it joins; lnk_2 leads out of the article and is not drawn.
    expect(svg.querySelectorAll("path.edge")).toHaveLength(1);
    expect(svg.querySelector("path.edge")?.getAttribute("class")).toBe("edge edge-rebuts");
    expect(svg.querySelector("path.edge title")?.textContent).toBe("Azerbaijan 3 rebuts Russia 1");
    expect(svg.querySelector("foreignObject")).toBeNull();
    expect(Array.from(svg.querySelectorAll(".column-title")).map((title) => title.textContent)).toEqual(["Russia", "Russian Defense Ministry", "Azerbaijan", "Armenia"]);
    expect(svg.querySelector("g.node[data-claim='3'] text")?.textContent).toBe("AZE 3");
  });

  test("every in-article link gets a path, styled by kind, and the legend names every kind", () => {
    const report = reportFixture();
    const supports: ReportLink = { id: "lnk_3", kind: "supports", fromClaimId: "clm_4", toClaimId: "clm_2", note: "", external: null };
    claimNumbered(report, 4).links = [supports];
    claimNumbered(report, 2).links = [supports];
    const svg = svgOf(report);
    expect(Array.from(svg.querySelectorAll("path.edge")).map((path) => path.getAttribute("class"))).toEqual(["edge edge-rebuts", "edge edge-supports"]);
    expect(svg.querySelector("path.edge-rebuts")?.getAttribute("stroke-dasharray")).toBe("7 4");
    expect(svg.querySelector("path.edge-supports")?.getAttribute("stroke-dasharray")).toBeNull();
    expect(svg.querySelectorAll("polygon.arrowhead").length).toBeGreaterThanOrEqual(2);
    expect(Array.from(svg.querySelectorAll(".legend text")).map((text) => text.textContent)).toEqual(["A rebuts B", "A supports B", "A qualifies B", "Same claim"]);
  });

  test("snippets are truncated to two lines and every text is escaped", () => {
    const svg = svgOf(reportFixture({ hostile: true }));
    expect(svg.querySelectorAll("script, img, a, foreignObject")).toHaveLength(0);
    expect(svg.textContent).toContain(`Russia ${XSS.script}`);
    for (const node of Array.from(svg.querySelectorAll("g.node"))) expect(node.querySelectorAll("tspan").length).toBeLessThanOrEqual(2);
    expect(wrapSnippet("units of the Azerbaijani armed forces advanced into the zone of the Russian peacekeepers", 20)).toEqual(["units of the", "Azerbaijani armed f…"]);
    expect(wrapSnippet("short")).toEqual(["short"]);
    expect(wrapSnippet("Supercalifragilisticexpialidocious word", 10)).toEqual(["Supercalif", "ragilisti…"]);
  });

  test("with no claims, says so", () => {
    const report = reportFixture();
    report.claims = [];
    expect(svgOf(report).textContent).toContain("No claims to map.");
  });
});

describe("buildRichTextHtml", () => {
  const render = (doc: DocNode) => parse(`<body>${buildRichTextHtml(doc)}</body>`).body;

  test("keeps the schema's blocks and marks", () => {
    const body = render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Why" }] },
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Top" }] },
        { type: "paragraph", content: [{ type: "text", text: "bold", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "both", marks: [{ type: "bold" }, { type: "italic" }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "quoted" }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
        { type: "orderedList", attrs: { start: 2 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "two" }] }] }] },
        { type: "paragraph", content: [{ type: "text", text: "source", marks: [{ type: "link", attrs: { href: "https://example.org/?a=1&b=2" } }] }] },
      ],
    });
    expect(body.querySelector("h3")?.textContent).toBe("Why");
    expect(body.querySelector("h2")?.textContent).toBe("Top");
    expect(body.querySelector("p > strong")?.textContent).toBe("bold");
    expect(body.querySelector("p > br")).not.toBeNull();
    expect(body.querySelector("strong > em")?.textContent).toBe("both");
    expect(body.querySelector("blockquote > p")?.textContent).toBe("quoted");
    expect(body.querySelector("ul > li > p")?.textContent).toBe("one");
    expect(body.querySelector("ol")?.getAttribute("start")).toBe("2");
    const link = body.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example.org/?a=1&b=2");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
  });

  test("a non-web link is plain text and an unknown node is its escaped text", () => {
    const body = render({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: XSS.javascriptUrl } }] }] },
        { type: "codeBlock", content: [{ type: "text", text: XSS.script }] },
        { type: "table", content: [{ type: "paragraph", content: [{ type: "text", text: "cell" }] }, { type: "paragraph", content: [{ type: "text", text: "two" }] }] },
        { type: "paragraph", content: [{ type: "text", text: XSS.handler }] },
      ],
    });
    expect(body.querySelectorAll("a, script, img, pre, code, table")).toHaveLength(0);
    expect(body.textContent).toBe(`click${XSS.script}cell two${XSS.handler}`);
  });

  test("no document renders as nothing", () => {
    expect(buildRichTextHtml(null)).toBe("");
  });
});

describe("escaping, labels and dates", () => {
  test("escapeHtml and escapeAttribute leave nothing that can open markup or leave a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(escapeAttribute("a\nb\"c")).toBe("a&#10;b&quot;c");
    expect(cssHexColor("#1F5FA8")).toBe("#1f5fa8");
    expect(cssHexColor("#fff")).toBe("#64748b");
    expect(cssHexColor("red;x:y")).toBe("#64748b");
  });

  test("links read from either end", () => {
    const link: ReportLink = { id: "l", kind: "rebuts", fromClaimId: "a", toClaimId: "b", note: "", external: null };
    expect(linkLabelFor(link, "a")).toBe("Rebuts");
    expect(linkLabelFor(link, "b")).toBe("Rebutted by");
    expect(linkLabelFor({ ...link, kind: "same_claim" }, "b")).toBe("Same claim as");
  });

  test("dates are written in UTC with English month names, whatever the machine's zone", () => {
    expect(formatReportDate("2022-03-26T00:00:00.000Z")).toBe("26 March 2022");
    expect(formatReportDate("2022-03-26T23:30:00-02:00")).toBe("27 March 2022");
    expect(formatReportDateTime("2026-12-01T09:05:00.000Z")).toBe("1 December 2026, 09:05 UTC");
    expect(formatReportDate(null)).toBe("");
    expect(formatReportDate("not a date")).toBe("not a date");
  });
});
