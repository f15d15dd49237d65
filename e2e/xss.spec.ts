// Hostile text everywhere a user can type: an XSS corpus (script tags, event handlers, javascript: and
// data: URLs, SVG, mismatched quotes, </textarea>, template syntax) is placed through the JSON API in
// an article's title, source and text, claim notes, link notes, an actor's name and aliases, evidence
// titles, publishers, excerpts and URLs, verdict summaries and rationales. Then every page and export
// that shows them is opened: no dialog may open, no payload may set its window flag, and no element
// may carry an event handler, a javascript: link or an iframe. Non-web URLs are refused by the API
// (article and evidence URLs: 400; links inside rich text lose their link mark).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

// Each payload sets window.__xss (and calls alert) if it ever runs; the number says which one.
const CORPUS = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss=2;alert(2)">`,
  `"><img src=x onerror=window.__xss=3>`,
  `'><svg onload=window.__xss=4;alert(4)>`,
  `</textarea><script>window.__xss=5</script>`,
  `<a href="javascript:window.__xss=6;alert(6)">click</a>`,
  `{{constructor.constructor('window.__xss=7;alert(7)')()}}`,
  `<iframe srcdoc="<script>parent.__xss=8</script>"></iframe>`,
  `</style></title><svg><script>window.__xss=9</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=10>`,
  `data:text/html,<script>window.__xss=11</script>`,
  `=HYPERLINK("javascript:window.__xss=12","x")`,
  `\${window.__xss=13} <!-- ]]> -->`,
];
const TEXT = `Hostile article. ${CORPUS.map((payload, index) => `Paragraph ${index + 1} quotes ${payload} as said.`).join("\n\n")}`;
const SHORT = `<img src=x onerror="window.__xss=2">`;
const TAG = `${Date.now()}`;
const ACTOR_NAME = `"><svg onload=window.__xss=4> ${TAG}`;
const rich = (text: string, href?: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text, ...(href ? { marks: [{ type: "link", attrs: { href } }] } : {}) }] }],
});

async function api<T>(page: Page, method: "GET" | "POST" | "PUT" | "PATCH", path: string, data?: unknown, expected = 200): Promise<T> {
  const response = await page.request.fetch(path, { method, ...(data === undefined ? {} : { data }) });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(expected);
  return (await response.json()) as T;
}

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await signIn(page, email);
  return { page, dialogs };
}

/** After a page settled: no dialog, no flag, and nothing in the DOM that could run a script. */
async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss on ${where}`).toBeUndefined();
  const dangerous = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
      if (/^(iframe|object|embed)$/i.test(element.tagName)) found.push(element.tagName);
      // Next's flight data (self.__next_f.push([1,"…"])) carries the page's text as JSON strings; any other script with a payload is one.
      const script = element.textContent ?? "";
      if (element.tagName === "SCRIPT" && /__xss/.test(script) && !/^\s*\(?self\.__next_f\.push\(\[\d+,\s*"/.test(script)) found.push(`a script with a payload: ${script.slice(0, 80)}`);
    }
    return found;
  });
  expect(dangerous, `script-capable markup on ${where}`).toEqual([]);
}

/** Markup outside backslash escapes, and links to non-web targets: what a Markdown renderer would run. */
function unescapedMarkdown(markdown: string): string[] {
  const found = [...markdown.matchAll(/(^|[^\\])(<\/?[a-z!][^\n]{0,30})/gim)].map((match) => match[2]);
  found.push(...[...markdown.matchAll(/\]\(\s*<?\s*(javascript|data|vbscript):[^)]*\)/gi)].map((match) => match[0]));
  return found;
}

test("the XSS corpus stays text in the workspace, the claim map, the review queue, the actors page and every export", async ({ browser }) => {
  test.setTimeout(240_000);
  const { page: journalist, dialogs } = await signedIn(browser, "journalist@example.org");

  // Only web addresses are accepted as links: javascript: and data: URLs are refused with 400.
  for (const url of ["javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", " JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd"]) {
    expect((await journalist.request.post("/api/v1/articles", { data: { title: `Refused ${TAG}`, text: "A text.", url } })).status(), url).toBe(400);
  }

  const actor = await api<{ id: string; name: string }>(journalist, "POST", "/api/v1/actors", { name: ACTOR_NAME, color: "#7a1f5c", aliases: [`${SHORT} ${TAG}`], description: CORPUS[0] }, 201);
  const other = await api<{ id: string }>(journalist, "POST", "/api/v1/actors", { name: `</textarea><script>window.__xss=5</script> ${TAG}`, color: "#1f4e7a" }, 201);
  const article = await api<{ id: string }>(
    journalist,
    "POST",
    "/api/v1/articles",
    { title: `XSS ${CORPUS[0]} ${CORPUS[1]} ${CORPUS[3]}`, source: CORPUS[2], url: `https://example.org/?q="><script>window.__xss=1</script>`, language: "en", text: TEXT },
    201,
  );

  const claims: { id: string }[] = [];
  for (const [index, payload] of CORPUS.entries()) {
    const claim = await api<{ id: string }>(
      journalist,
      "POST",
      `/api/v1/articles/${article.id}/claims`,
      { actor: index % 2 ? other.id : actor.id, exact: payload, note: CORPUS[(index + 1) % CORPUS.length], ...(index % 2 ? { rebuts: claims[0].id } : {}) },
      201,
    );
    claims.push(claim);
  }
  await api(journalist, "POST", `/api/v1/claims/${claims[2].id}/links`, { targetClaimId: claims[1].id, kind: "supports", note: CORPUS[5] }, 201);
  for (const url of ["javascript:window.__xss=6", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "  javascript:alert(1)"]) {
    expect((await journalist.request.post(`/api/v1/claims/${claims[0].id}/evidence`, { data: { url, title: "refused" } })).status(), url).toBe(400);
  }
  for (const [index, claim] of claims.slice(0, 4).entries()) {
    await api(
      journalist,
      "POST",
      `/api/v1/claims/${claim.id}/evidence`,
      { url: `https://example.org/e?x="><img src=x onerror=window.__xss=${index}>`, title: CORPUS[index], publisher: CORPUS[(index + 3) % CORPUS.length], excerpt: CORPUS.join(" "), stance: "refutes" },
      201,
    );
  }

  // Rationales are rich text: a javascript: or data: link loses its link (the words stay), an https one is kept.
  const rationale = rich(CORPUS.join(" "), "https://example.org/\"><script>window.__xss=1</script>");
  rationale.content.push(rich("a javascript link", "javascript:window.__xss=6").content[0], rich("a data link", "data:text/html,<script>window.__xss=11</script>").content[0]);
  const approvedDraft = await api<{ id: string; version: number; rationale: unknown }>(journalist, "PUT", `/api/v1/claims/${claims[0].id}/verdict`, { claimSummary: SHORT, rating: "false", rationale }, 201);
  expect(JSON.stringify(approvedDraft.rationale)).toContain("a javascript link");
  expect(JSON.stringify(approvedDraft.rationale)).not.toMatch(/"href":"(javascript|data):/);
  expect(JSON.stringify(approvedDraft.rationale)).toContain('"href":"https://example.org/');
  const approvedSubmitted = await api<{ version: number }>(journalist, "POST", `/api/v1/verdicts/${approvedDraft.id}/submit`, { version: approvedDraft.version });
  const queuedDraft = await api<{ id: string; version: number }>(journalist, "PUT", `/api/v1/claims/${claims[1].id}/verdict`, { claimSummary: `"><svg onload=window.__xss=4> ${TAG}`.slice(0, 75), rating: "mostly-false", rationale: rich(CORPUS.slice(3).join(" ")) }, 201);
  await api(journalist, "POST", `/api/v1/verdicts/${queuedDraft.id}/submit`, { version: queuedDraft.version });

  const { page: reviewer, dialogs: reviewerDialogs } = await signedIn(browser, "reviewer@example.org");
  await api(reviewer, "POST", `/api/v1/verdicts/${approvedDraft.id}/approve`, { version: approvedSubmitted.version });

  // The workspace: the text with every claim highlighted, the panel, one claim opened with its evidence.
  await journalist.goto(`/articles/${article.id}`);
  await expect(journalist.locator("[data-workspace-ready]")).toHaveCount(1);
  await expect(journalist.getByRole("heading", { name: `Claims (${CORPUS.length})` })).toBeVisible();
  await expect(journalist.getByText(CORPUS[1], { exact: false }).first()).toBeVisible();
  await journalist.locator(".claim-card-select").first().click();
  await expect(journalist.locator(".claim-card.is-selected .evidence-list")).toBeVisible();
  await expectInert(journalist, dialogs, "the workspace");
  await screenshot(journalist, "xss-workspace");
  for (const card of await journalist.locator(".claim-card-select").all()) await card.click();
  await expectInert(journalist, dialogs, "the workspace after opening every claim");

  for (const [path, where] of [
    [`/articles/${article.id}/map`, "the claim map"],
    [`/articles/${article.id}/history`, "the history"],
    ["/actors", "the actors page"],
    ["/", "the article list"],
    [`/verdicts/${approvedDraft.id}`, "a verdict's history"],
    ["/verdicts", "my verdicts"],
  ] as const) {
    await journalist.goto(path);
    await expectInert(journalist, dialogs, where);
  }
  await journalist.goto(`/articles/${article.id}/map`);
  await expect(journalist.getByText(ACTOR_NAME).filter({ visible: true }).first()).toBeVisible();
  await journalist.goto("/actors");
  await expect(journalist.getByText(ACTOR_NAME).filter({ visible: true }).first()).toBeVisible();
  await screenshot(journalist, "xss-actors");

  // The review queue, with the submitted verdict and its rationale.
  await reviewer.goto(`/review?article=${article.id}`);
  await expect(reviewer.locator("[data-review-ready]")).toHaveCount(1);
  await expect(reviewer.getByText(CORPUS[3]).filter({ visible: true }).first()).toBeVisible();
  await expectInert(reviewer, reviewerDialogs, "the review queue");
  await screenshot(reviewer, "xss-review");

  // The HTML report, opened in the browser as a reader would.
  await journalist.goto(`/api/v1/articles/${article.id}/export?format=html&inline=1&drafts=1`);
  await expect(journalist.getByRole("heading", { level: 1 })).toContainText("<script>");
  await expectInert(journalist, dialogs, "the HTML report");
  await screenshot(journalist, "xss-report");

  const download = async (query: string) => {
    const response = await journalist.request.get(`/api/v1/articles/${article.id}/export?${query}`);
    expect(response.status(), query).toBe(200);
    return response.text();
  };
  const markdown = await download("format=md&drafts=1");
  expect(markdown).toContain("onerror");
  expect(unescapedMarkdown(markdown)).toEqual([]);

  // CSV: the payloads are data; the one a spreadsheet would run as a formula is neutralised.
  const csv = await download("format=csv&drafts=1");
  expect(csv).toContain("onerror");
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

  // JSON-LD files end up inside <script type="application/ld+json">: nothing may close that script.
  for (const query of ["format=w3c", `format=claimreview`, `format=claimreview&verdict=${approvedDraft.id}`]) {
    const text = await download(query);
    expect(text, query).not.toMatch(/[<>]/);
    const parsed = JSON.stringify(JSON.parse(text));
    expect(parsed, query).toContain("window.__xss");
    expect(parsed, query).not.toMatch(/"(url|@id|id|source)":"\s*(javascript|data):/i);
  }

  expect(dialogs).toEqual([]);
  expect(reviewerDialogs).toEqual([]);
});
