// The workspace as a journalist uses it: paste the sample article, tag Moscow's accusation by mouse
// and Baku's denial by keyboard, link the denial as a rebuttal, add evidence, reload, find it all.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { dragSelect, keyboardSelect } from "./helpers/text-selection";
import { paste } from "./helpers/clipboard";

// The sample is a real news article, kept outside the repository (it is not ours to redistribute).
// Looked for in COUNTERCLAIM_SAMPLE_DIR, then beside the repository, then at the shared folder of our
// development and CI machines, so that a fresh clone anywhere on such a machine finds it.
const SAMPLE_FILE = "karabakh-ceasefire-2022-03-26.txt";
const SAMPLE_DIRS = [process.env.COUNTERCLAIM_SAMPLE_DIR, resolve(__dirname, "../../shared/sample"), "/work/shared/sample"].filter(
  (dir): dir is string => Boolean(dir),
);

/** The sample's article text, without the page furniture after "With AFP" that a journalist leaves out. */
function sampleText(): string {
  const sample = SAMPLE_DIRS.map((dir) => join(dir, SAMPLE_FILE)).find((path) => existsSync(path));
  if (!sample) throw new Error(`The sample article ${SAMPLE_FILE} is missing: looked in ${SAMPLE_DIRS.join(", ")}. Set COUNTERCLAIM_SAMPLE_DIR to its folder.`);
  const raw = readFileSync(sample, "utf8");
  return raw.slice(0, raw.indexOf("With AFP")).trim();
}

const ACCUSATION = "the armed forces of Azerbaijan violated the trilateral agreement";
const DENIAL = "which does not reflect the truth and adopts only one point of view";

test("a journalist tags, links and sources claims on the sample article, and finds them after a reload", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Paste the text" }).click();
  await page.getByLabel("Title").fill("Moscow accuses Azerbaijan of violating the Nagorno-Karabakh ceasefire");
  await page.getByLabel("Source").fill("France 24 (with AFP)");
  await page.getByLabel("Published").fill("2022-03-26");
  await paste(page.getByRole("textbox", { name: "Article text" }), { text: sampleText() });
  await page.getByRole("button", { name: "Save and open" }).click();
  await expect(page.getByRole("heading", { name: "Claims (0)" })).toBeVisible();
  await expect(page.getByText("No claims yet")).toBeVisible();
  await workspaceReady(page);

  // Moscow's accusation, by mouse: drag over the words, click Russia in the floating toolbar.
  await dragSelect(page, ACCUSATION);
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Tagged a claim by Russia.");

  // Baku's denial, by keyboard: select, then press Azerbaijan's number key.
  const toolbar = page.getByRole("toolbar", { name: "Tag the selection as a claim by" });
  await keyboardSelect(page, DENIAL);
  const azerbaijanKey = (await toolbar.getByRole("button", { name: /Azerbaijan/ }).locator("kbd").textContent())!.trim();
  await page.keyboard.press(azerbaijanKey);
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();

  // The denial is selected after tagging: link it as a rebuttal of the accusation.
  const denialCard = page.locator(".claim-card.is-selected");
  await expect(denialCard).toContainText(DENIAL);
  await expect(denialCard).toContainText("Direct quote");
  await denialCard.getByRole("button", { name: "Rebut…" }).click();
  await denialCard.getByLabel("Claim", { exact: true }).selectOption({ label: (await denialCard.getByLabel("Claim", { exact: true }).locator("option").filter({ hasText: "armed forces of Azerbaijan" }).textContent())! });
  await denialCard.getByRole("button", { name: "Link" }).click();
  await expect(denialCard).toContainText("Rebuts Russia 1");

  await denialCard.getByRole("button", { name: "Add evidence" }).click();
  await denialCard.getByLabel("Source URL").fill("https://example.org/ministry-statement");
  await denialCard.getByLabel("Title").fill("Azerbaijani Defense Ministry statement");
  await denialCard.getByLabel("Publisher").fill("Ministry of Defense of Azerbaijan");
  await denialCard.getByLabel("Stance").selectOption("context");
  await denialCard.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("status")).toHaveText("Evidence added.");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Claims (2)" })).toBeVisible();
  await workspaceReady(page);
  const cards = page.locator(".claim-card");
  await expect(cards.nth(0)).toContainText("Rebutted by Azerbaijan 2");
  await expect(cards.nth(0)).toContainText(ACCUSATION.slice(4));
  await expect(cards.nth(0)).toContainText("Direct quote");
  await expect(cards.nth(1)).toContainText("Rebuts Russia 1");
  await expect(cards.nth(1).getByRole("link", { name: "Azerbaijani Defense Ministry statement" })).toHaveAttribute("href", "https://example.org/ministry-statement");
  await expect(page.locator(".article-text mark.claim-highlight")).toHaveCount(2);

  // j/k move between claims.
  await page.keyboard.press("j");
  await expect(cards.nth(0)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("j");
  await expect(cards.nth(1)).toHaveAttribute("aria-current", "true");
  await screenshot(page, "workspace");
});

test("deleting a claim can be undone", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (4)" })).toBeVisible();
  await workspaceReady(page);
  await page.keyboard.press("j");
  await page.locator(".claim-card.is-selected").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Claims (3)" })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: "Claims (4)" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Claim restored.");
});

test("editing a claim someone else just changed is refused with their version shown", async ({ page, request }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await workspaceReady(page);
  await page.keyboard.press("j");
  const card = page.locator(".claim-card.is-selected");
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Note").fill("My note");

  // Meanwhile a colleague edits the same claim through the API.
  const claimId = (await card.getAttribute("id"))!.replace("claim-", "");
  const articleId = new URL(page.url()).pathname.split("/")[2];
  const article = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
  const current = article.claims.find((claim: { id: string }) => claim.id === claimId);
  const colleague = await request.patch(`/api/v1/claims/${claimId}`, { data: { version: current.version, note: "Colleague's note" }, headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ") } });
  expect(colleague.status()).toBe(200);

  await card.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone changed this claim" })).toBeVisible();
  await expect(card.getByLabel("Note")).toHaveValue("Colleague's note");
  await card.getByLabel("Note").fill("Colleague's note, and mine");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim saved.");
  await expect(card).toContainText("Colleague's note, and mine");
});

test("the c key opens a type-ahead picker that finds an actor by alias", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("link", { name: /^Demo: Rival accounts/ }).click();
  await expect(page.getByRole("heading", { name: /^Claims \((\d+)\)/ })).toBeVisible();
  const before = Number((await page.getByRole("heading", { name: /^Claims \(/ }).textContent())!.match(/\d+/)![0]);
  await workspaceReady(page);
  await keyboardSelect(page, "asked Baku to pull the units back");
  await page.keyboard.press("c");
  const picker = page.getByRole("dialog", { name: "Choose who makes this claim" });
  await picker.getByRole("combobox").fill("kreml");
  await expect(picker.getByRole("option")).toHaveText([/Russia/]);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Claims (${before + 1})` })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Tagged a claim by Russia.");
});

test("rebut by selecting the rebutting text, name the speaker and relay, filter, link across articles, remove a link", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.goto("/articles/new?mode=paste");
  await page.getByLabel("Title").fill("Rebuttal by selection");
  await paste(page.getByRole("textbox", { name: "Article text" }), {
    text: "Moscow said Baku's units advanced into the zone of responsibility.\n\nBaku called the report a fabrication, according to Turkish media.\n\nYerevan said nothing.",
  });
  await page.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(page);

  await dragSelect(page, "Baku's units advanced into the zone of responsibility");
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
  await expect(page.getByRole("heading", { name: "Claims (1)" })).toBeVisible();

  // "Rebut…" then select the answer in the text: one step makes the claim and the REBUTS link.
  const panel = page.getByRole("complementary", { name: "Claims" });
  await panel.getByRole("button", { name: "Rebut…" }).click();
  await panel.getByRole("button", { name: "Select the rebutting text in the article" }).click();
  await expect(page.getByText("Select the text that rebuts Russia 1, then choose who says it.")).toBeVisible();
  await dragSelect(page, "a fabrication");
  await page.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Azerbaijan/ }).click();
  await expect(page.getByText("Tagged a claim by Azerbaijan that rebuts Russia 1.")).toBeVisible();
  /** A claim's card, found by its own quote (link lines quote the other claim). */
  const card = (quote: string) => panel.getByRole("listitem").filter({ has: page.locator("blockquote", { hasText: quote }) });
  const answer = card("a fabrication");
  await expect(answer).toContainText("Rebuts Russia 1");
  await expect(card("Baku's units advanced")).toContainText("Rebutted by Azerbaijan 2");

  // The relay: Azerbaijan's answer as reported by someone else.
  await answer.getByRole("button", { name: "Edit" }).click();
  await answer.getByLabel("Relayed by").selectOption({ label: "Armenia" });
  await answer.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim saved.");
  await expect(answer).toContainText("via Armenia");

  // The panel filtered to one actor.
  await panel.getByLabel("Show").selectOption({ label: "Azerbaijan (1)" });
  await expect(panel.getByRole("listitem").filter({ has: page.locator("blockquote") })).toHaveCount(1);
  await panel.getByLabel("Show").selectOption({ label: "all actors" });

  // Same claim as one in another article (the demo article), found by search.
  const accusation = card("Baku's units advanced");
  await accusation.getByRole("button", { name: /^RUS 1 Russia/ }).click();
  await accusation.getByRole("button", { name: "Rebut…" }).click();
  await accusation.getByLabel("in another article").check();
  await accusation.getByLabel("Words of the claim").fill("zone of responsibility");
  await accusation.getByLabel("Said by").selectOption({ label: "Russia" });
  await accusation.getByRole("button", { name: "Search" }).click();
  await expect(accusation.getByText("1 found")).toBeVisible();
  await accusation.getByLabel("This claim").selectOption({ label: "is the same claim as" });
  await accusation.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Linked.");
  await expect(accusation).toContainText("Same claim as a claim in another article");
  await screenshot(page, "workspace-rebut-and-links");

  // Removing the rebuttal link, from the selected claim.
  await accusation.getByRole("button", { name: /^Remove link: Rebutted by Azerbaijan 2/ }).click();
  await expect(page.getByRole("status")).toHaveText("Link removed.");
  await expect(accusation).not.toContainText("Rebutted by");
  await expect(answer).not.toContainText("Rebuts Russia 1");
});
