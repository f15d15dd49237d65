// The furniture filter: the sample article's trailing prompts are flagged and its own paragraphs
// are not; real reporting that mentions subscribing, cookies or apps stays; bylines stay.
import { readFileSync } from "node:fs";
import { plainTextToParagraphs } from "@/lib/editor/canonical-text";
import { furnitureReason, furnitureReasons } from "@/lib/import/page-furniture";

const SAMPLE = plainTextToParagraphs(readFileSync("/work/shared/sample/karabakh-ceasefire-2022-03-26.txt", "utf8"));
const SAMPLE_FURNITURE = [
  "The summary of the",
  "France 24 week invites you to come back to the news that marked the week",
  "I subscribe",
  "Take international news everywhere with you!",
  "Download the France 24 app",
  "google-play-badge_EN",
];

/** The reason for a line placed as the last-but-one block of a 30-block page (where furniture collects). */
const atEnd = (text: string, blockType = "paragraph", linkDensity?: number) => furnitureReason(text, { index: 28, total: 30, blockType, linkDensity });
const inMiddle = (text: string) => furnitureReason(text, { index: 10, total: 30, blockType: "paragraph" });

describe("furnitureReason on the sample article", () => {
  it("flags each of the six trailing lines, with a reason", () => {
    const total = SAMPLE.length;
    expect(SAMPLE.slice(-6)).toEqual(SAMPLE_FURNITURE);
    const reasons = SAMPLE.map((text, index) => furnitureReason(text, { index, total, blockType: "paragraph" }));
    expect(reasons.slice(-6)).toEqual(["newsletter prompt", "newsletter prompt", "subscribe prompt", "app download prompt", "app download prompt", "app-store badge"]);
  });

  it("flags none of the article's own paragraphs, the closing 'With AFP' included", () => {
    const total = SAMPLE.length;
    const flagged = SAMPLE.slice(0, -6).filter((text, index) => furnitureReason(text, { index, total, blockType: "paragraph" }) !== null);
    expect(flagged).toEqual([]);
    expect(SAMPLE[total - 7]).toBe("With AFP");
  });

  it("flags the same lines when the whole page is judged together", () => {
    const reasons = furnitureReasons(SAMPLE.map((text) => ({ text, blockType: "paragraph" })));
    expect(SAMPLE.filter((_, index) => reasons[index] !== null)).toEqual(SAMPLE_FURNITURE);
  });
});

describe("furnitureReason on page lines", () => {
  it.each([
    ["Get it on Google Play", "app-store badge"],
    ["download-on-the-app-store.svg", "app-store badge"],
    ["Téléchargez l'application France 24", "app download prompt"],
    ["Facebook Twitter WhatsApp Email", "share buttons"],
    ["Share this article", "share buttons"],
    ["Поделиться", "share buttons"],
    ["We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.", "cookie notice"],
    ["Nous utilisons des cookies pour vous offrir la meilleure expérience.", "cookie notice"],
    ["Read more", "read-more list"],
    ["Lire aussi", "read-more list"],
    ["Читайте также", "read-more list"],
    ["Photo: Karen Minasyan / AFP", "photo credit"],
    ["Фото: РИА Новости", "photo credit"],
    ["Advertisement", "advertisement"],
    ["Sign up for our Caucasus Morning newsletter", "newsletter prompt"],
    ["Get the day's essential stories in your inbox every morning.", "newsletter prompt"],
    ["Subscribe now for unlimited access", "subscribe prompt"],
    ["Je m'abonne", "subscribe prompt"],
    ["Подпишитесь на наш канал в Telegram", "subscribe prompt"],
  ])("flags %j as %s", (text, reason) => {
    expect(atEnd(text)).toBe(reason);
  });

  it.each([
    "Azerbaijan's defence ministry urged citizens to subscribe to its official Telegram channel rather than trust anonymous accounts with hundreds of thousands of subscribers.",
    "The regulator said the site had set advertising cookies without consent, and fined the publisher 50,000 euros.",
    "Officials said they would download the data from the app once investigators had a warrant.",
    "Why Russians subscribe to VPNs",
    "\"Subscribe to our channel!\" the spokesman shouted at the end of the briefing.",
    "Readers shared the video more than 40,000 times on Facebook before it was removed.",
    "The ministry's weekly summary of the fighting was not published on Saturday.",
    "Armenia awaiting Russian action",
  ])("keeps the reporting line %j", (text) => {
    expect(atEnd(text)).toBeNull();
    expect(inMiddle(text)).toBeNull();
  });

  it.each(["With AFP", "With AFP\u00a0", "(With Reuters)", "Avec AFP", "With AFP and Reuters", "By Nino Beridze"])("keeps the credit line %j", (text) => {
    expect(atEnd(text)).toBeNull();
  });

  it("needs links to call a titled 'See also' line a teaser: plain text cannot tell", () => {
    const line = ">> See also: Armenia: the Azerbaijani threat to the borders";
    expect(atEnd(line, "paragraph", 0)).toBeNull();
    expect(atEnd(line, "paragraph", 0.8)).toBe("read-more list");
  });

  it("calls a figure caption a caption and its credit a credit", () => {
    expect(atEnd("Delegates arrive at the talks in Tbilisi on Monday.", "caption")).toBe("photo caption");
    expect(atEnd("Photo: Irakli Gedenidze / Reuters", "caption")).toBe("photo credit");
    expect(atEnd("Delegates arrive at the talks in Tbilisi on Monday.")).toBeNull();
  });

  it("flags a closing list of links but not a list of facts", () => {
    expect(atEnd("Azerbaijan holds snap election\n\nKarabakh's exodus", "bulletList", 1)).toBe("read-more list");
    expect(atEnd("Four soldiers were killed\n\nTwo were wounded", "bulletList", 0)).toBeNull();
  });

  it("only leans on the end of the page for lines that need it", () => {
    expect(inMiddle("Take international news everywhere with you!")).toBeNull();
    expect(atEnd("Take international news everywhere with you!")).toBe("app download prompt");
    expect(inMiddle("google-play-badge_EN")).toBe("app-store badge");
  });
});

describe("furnitureReasons", () => {
  const paragraph = (text: string, linkDensity = 0) => ({ text, blockType: "paragraph", linkDensity });
  const REPORT = "The ministry said the talks would continue in April, according to a statement released after the session.";

  it("gives the links after a 'Read more' label to the label", () => {
    const reasons = furnitureReasons([paragraph(REPORT), paragraph("Read more"), paragraph("Azerbaijan holds snap election", 1), paragraph("What is left of Karabakh", 1), paragraph(REPORT)]);
    expect(reasons).toEqual([null, "read-more list", "read-more list", "read-more list", null]);
  });

  it("flags a short line between two pieces of furniture at the end, but not a byline there", () => {
    const reasons = furnitureReasons([paragraph(REPORT), paragraph("I subscribe"), paragraph("Your week in the Caucasus"), paragraph("Download the Desk app")]);
    expect(reasons).toEqual([null, "subscribe prompt", "among page furniture", "app download prompt"]);
    const withByline = furnitureReasons([paragraph(REPORT), paragraph("I subscribe"), paragraph("With AFP"), paragraph("Download the Desk app")]);
    expect(withByline[2]).toBeNull();
  });
});
