// The verdict workflow as the desk uses it, in the workspace: the journalist drafts and submits,
// one reviewer sends it back with a comment, the journalist edits and resubmits, a second reviewer
// approves, and the journalist sees the approved badge. Three people, three browser sessions.
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn, workspaceReady } from "./helpers/session";
import { paste } from "./helpers/clipboard";
import { dragSelect } from "./helpers/text-selection";

/** The claim's card in the panel, selected, with its verdict section open. */
async function openVerdict(page: Page, quote: string) {
  const card = page.getByRole("complementary", { name: "Claims" }).getByRole("listitem").filter({ has: page.locator("blockquote", { hasText: quote }) });
  if ((await card.getAttribute("aria-current")) !== "true") await card.locator(".claim-card-select").click();
  const toggle = card.getByRole("button", { name: "Verdict…" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return card;
}

test("draft, submit, changes requested, resubmit, approved by a second reviewer", async ({ browser }) => {
  const journalist = await browser.newPage();
  await signIn(journalist, "journalist@example.org");
  await journalist.goto("/articles/new?mode=paste");
  await journalist.getByLabel("Title").fill("Verdict workflow");
  await paste(journalist.getByRole("textbox", { name: "Article text" }), { text: "Moscow said Azerbaijani drones struck Farukh twice on Saturday.\n\nBaku denied any strike." });
  await journalist.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(journalist);
  const articleUrl = journalist.url();
  await dragSelect(journalist, "Azerbaijani drones struck Farukh twice");
  await journalist.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Russia/ }).click();
  await expect(journalist.getByRole("heading", { name: "Claims (1)" })).toBeVisible();

  // Draft, then submit.
  let card = await openVerdict(journalist, "drones struck Farukh");
  await card.getByLabel("What is checked (one line)").fill("Azerbaijani drones struck Farukh twice");
  await card.getByRole("radio", { name: /Unverifiable/ }).check();
  await card.getByRole("textbox", { name: "Rationale" }).click();
  await journalist.keyboard.type("No independent footage yet.");
  await card.getByRole("button", { name: "Save draft" }).click();
  await expect(journalist.getByRole("status")).toHaveText("Verdict saved as a draft.");
  await expect(card.locator(":scope > .verdict-badge .verdict-status")).toHaveText("Draft");
  card = await openVerdict(journalist, "drones struck Farukh");
  await card.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(journalist.getByRole("status")).toHaveText("Verdict submitted for review.");
  await expect(card.locator(":scope > .verdict-badge .verdict-status").first()).toHaveText("In review");

  // The author cannot decide on it.
  card = await openVerdict(journalist, "drones struck Farukh");
  await expect(card.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // The first reviewer sends it back.
  const reviewer = await browser.newPage();
  await signIn(reviewer, "reviewer@example.org");
  await reviewer.goto(articleUrl);
  await workspaceReady(reviewer);
  card = await openVerdict(reviewer, "drones struck Farukh");
  await expect(card.getByRole("button", { name: "Request changes" })).toBeDisabled();
  await card.getByLabel("What needs to change").fill("Cite the ministry's own statement as evidence.");
  await card.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("Sent back with your comment.");

  // The journalist sees the comment, edits and resubmits.
  await journalist.reload();
  await workspaceReady(journalist);
  card = await openVerdict(journalist, "drones struck Farukh");
  await expect(card.locator(".verdict-comment")).toContainText("Cite the ministry's own statement as evidence.");
  await card.getByRole("radio", { name: /Mostly false/ }).check();
  await card.getByRole("button", { name: "Save and resubmit" }).click();
  await expect(journalist.getByRole("status")).toHaveText("Verdict submitted for review.");

  // A second reviewer approves.
  const second = await browser.newPage();
  await signIn(second, "reviewer2@example.org");
  await second.goto(articleUrl);
  await workspaceReady(second);
  card = await openVerdict(second, "drones struck Farukh");
  await expect(card.locator(":scope > .verdict-badge .rating-chip")).toHaveText("Mostly false");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(second.getByRole("status")).toHaveText("Verdict approved.");

  await journalist.reload();
  await workspaceReady(journalist);
  card = journalist.getByRole("complementary", { name: "Claims" }).getByRole("listitem").filter({ has: journalist.locator("blockquote", { hasText: "drones struck Farukh" }) });
  await expect(card.locator(":scope > .verdict-badge .verdict-status")).toHaveText("Approved");
  await expect(card.locator(":scope > .verdict-badge .rating-chip")).toHaveText("Mostly false");
  await journalist.getByLabel("Verdict state").selectOption({ label: "approved" });
  await expect(card).toBeVisible();
  await journalist.getByLabel("Verdict state").selectOption({ label: "in review" });
  await expect(journalist.getByText("No claims match these filters.")).toBeVisible();
  await journalist.getByLabel("Verdict state").selectOption({ label: "any verdict state" });
  await openVerdict(journalist, "drones struck Farukh");
  await screenshot(journalist, "workspace-verdict-approved");
});

test("a stale verdict edit shows both versions and re-applies ours on top", async ({ browser }) => {
  const author = await browser.newPage();
  await signIn(author, "journalist@example.org");
  await author.goto("/articles/new?mode=paste");
  await author.getByLabel("Title").fill("Verdict conflict");
  await paste(author.getByRole("textbox", { name: "Article text" }), { text: "Yerevan said the strike hit a school." });
  await author.getByRole("button", { name: "Save and open" }).click();
  await workspaceReady(author);
  await dragSelect(author, "the strike hit a school");
  await author.getByRole("toolbar", { name: "Tag the selection as a claim by" }).getByRole("button", { name: /Armenia/ }).click();
  let card = await openVerdict(author, "the strike hit a school");
  await card.getByRole("radio", { name: /^True/ }).check();
  await card.getByRole("button", { name: "Save draft" }).click();
  await expect(author.getByRole("status")).toHaveText("Verdict saved as a draft.");

  // An admin (who may edit anyone's verdict) opens the same verdict in a second tab and saves first.
  const admin = await browser.newPage();
  await signIn(admin, "admin@example.org");
  await admin.goto(author.url());
  await workspaceReady(admin);
  const adminCard = await openVerdict(admin, "the strike hit a school");
  card = await openVerdict(author, "the strike hit a school");
  // The author has an unsaved change when the admin's save arrives live: it is kept, and said so.
  await card.getByRole("radio", { name: /^False/ }).check();
  await adminCard.getByRole("radio", { name: /^Mixed/ }).check();
  await adminCard.getByRole("button", { name: "Save draft" }).click();
  await expect(admin.getByRole("status")).toHaveText("Verdict saved as a draft.");
  await expect(card.getByRole("note")).toContainText("Someone changed this verdict while you were editing it");
  await expect(card.getByRole("radio", { name: /^False/ })).toBeChecked();

  await card.getByRole("button", { name: "Save draft" }).click();
  const conflict = card.getByRole("alert");
  await expect(conflict).toContainText("changed while you were editing");
  await expect(conflict.locator(".rating-chip")).toHaveText("Mixed");
  await conflict.getByRole("button", { name: "Re-apply my changes on top of theirs" }).click();
  await expect(author.getByRole("status")).toHaveText("Verdict saved as a draft.");
  await expect(card.locator(".verdict-heading .rating-chip")).toHaveText("False");
});
