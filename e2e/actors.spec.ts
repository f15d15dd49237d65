// The actors page manages actors: a new one is one form away (colours that would make labels
// unreadable are refused), each row edits in place, and reviewers merge duplicates.
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "./helpers/session";

/** Setup through the JSON API with the page's session: actors and articles of the test's own, so seeded data stays as other specs expect. */
async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const response = await page.request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** The table row of an actor, found by its Edit button (its name may also be another actor's alias). */
const rowOf = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("button", { name: `Edit ${name}`, exact: true }) });

test("a journalist adds the Nagorno-Karabakh authorities as an actor", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Moscow, Kremlin" })).toHaveCount(1);

  await page.getByLabel("Name").fill("Too pale");
  await page.getByLabel("Colour").fill("#fde047");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "too light for white labels" })).toBeVisible();

  await page.getByLabel("Name").fill("Nagorno-Karabakh authorities");
  await page.getByLabel("Colour").fill("#0f766e");
  await page.getByLabel("Aliases").fill("Stepanakert, Karabakh authorities");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Added/ })).toHaveText("Added Nagorno-Karabakh authorities.");
  await expect(page.getByRole("row").filter({ hasText: "Stepanakert, Karabakh authorities" })).toContainText("NAG");
  await screenshot(page, "actors");
});

test("a journalist renames, recolours and adds an alias in the row; a pale colour and a colleague's edit are caught", async ({ page }) => {
  await signIn(page, "journalist@example.org");
  const actor = await post<{ id: string }>(page, "/api/v1/actors", { name: "Stepanakert officials", color: "#1f5fa8", aliases: ["Karabakh officials"] });
  await page.goto("/actors");
  // Merging is for reviewers and admins.
  await expect(page.getByRole("button", { name: /^Merge / })).toHaveCount(0);

  await rowOf(page, "Stepanakert officials").getByRole("button", { name: "Edit Stepanakert officials" }).click();
  const form = page.getByRole("form", { name: "Edit Stepanakert officials" });
  await expect(form.getByLabel("Name")).toBeFocused();
  await form.getByLabel("Name").fill("Artsakh officials");
  await form.getByLabel("Colour").fill("#fde047");
  await expect(form.getByText(/^Too light: white labels on this colour have only 1\.\d:1 contrast/)).toBeVisible();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toContainText("too light for white labels");
  await screenshot(page, "actors-edit-pale-colour");

  await form.getByLabel("Colour").fill("#9a3412");
  await expect(form.getByText(/contrast \(at least 4\.5:1 is needed\): readable\.$/)).toBeVisible();
  await form.getByLabel("Aliases").fill("Karabakh officials, Khankendi officials");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toHaveText("Saved Artsakh officials.");
  const row = rowOf(page, "Artsakh officials");
  await expect(row).toContainText("Karabakh officials, Khankendi officials");
  await expect(row.locator(".claim-label")).toHaveText("ART");
  await expect(row.locator(".claim-label")).toHaveCSS("background-color", "rgb(154, 52, 18)");
  await expect(row.getByRole("button", { name: "Edit Artsakh officials" })).toBeFocused();
  await screenshot(page, "actors-edited");

  // A colleague changes the actor while the form is open: the save is refused and their version shown.
  await row.getByRole("button", { name: "Edit Artsakh officials" }).click();
  const again = page.getByRole("form", { name: "Edit Artsakh officials" });
  const current = (await (await page.request.get(`/api/v1/actors/${actor.id}`)).json()) as { version: number; aliases: string[] };
  expect((await page.request.patch(`/api/v1/actors/${actor.id}`, { data: { version: current.version, aliases: [...current.aliases, "Colleague's alias"] } })).status()).toBe(200);
  await again.getByLabel("Name").fill("Artsakh officials (mine)");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(again.getByRole("alert")).toContainText("changed by someone else");
  await expect(again.getByLabel("Name")).toHaveValue("Artsakh officials");
  await expect(again.getByLabel("Aliases")).toHaveValue("Karabakh officials, Khankendi officials, Colleague's alias");
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(again).toHaveCount(0);
});

test("a reviewer merges a duplicate actor holding a claim into another: the claim count moves", async ({ page }) => {
  await signIn(page, "reviewer@example.org");
  await post(page, "/api/v1/actors", { name: "Karabakh defence army", color: "#166534", aliases: ["Defence Army"] });
  const duplicate = await post<{ id: string }>(page, "/api/v1/actors", { name: "NK defence forces", color: "#9a3412", aliases: ["defence army", "NKR army"] });
  const article = await post<{ id: string }>(page, "/api/v1/articles", { title: "Merge check", text: "The defence forces said they repelled an attack." });
  await post(page, `/api/v1/articles/${article.id}/claims`, { actor: duplicate.id, exact: "they repelled an attack" });

  await page.goto("/actors");
  const source = rowOf(page, "NK defence forces");
  const target = rowOf(page, "Karabakh defence army");
  await expect(source.getByRole("cell").nth(3)).toHaveText("1");
  await expect(target.getByRole("cell").nth(3)).toHaveText("0");

  await source.getByRole("button", { name: "Merge NK defence forces into…" }).click();
  const form = page.getByRole("form", { name: "Merge NK defence forces into another actor" });
  await expect(form.getByLabel("Merge NK defence forces into")).toBeFocused();
  await form.getByLabel("Merge NK defence forces into").selectOption({ label: "Karabakh defence army" });
  await expect(form.getByText("1 claim will move to Karabakh defence army; Karabakh defence army gets the aliases NK defence forces, NKR army.", { exact: false })).toBeVisible();
  await screenshot(page, "actors-merge-confirm");
  await form.getByRole("button", { name: "Merge into Karabakh defence army" }).click();

  await expect(page.getByRole("status").filter({ hasText: /^Merged/ })).toHaveText("Merged NK defence forces into Karabakh defence army.");
  await expect(source).toHaveCount(0);
  await expect(target.getByRole("cell").nth(3)).toHaveText("1");
  await expect(target).toContainText("Defence Army, NK defence forces, NKR army");
  await screenshot(page, "actors-merged");
});
