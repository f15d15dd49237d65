import { z } from "zod";
import { reportFixture } from "@/__tests__/factories/report";
import { buildClaimReview, buildClaimReviewDocument, buildClaimReviews } from "@/lib/export/claim-review";
import { serialiseJsonLd } from "@/lib/export/json-ld";
import type { Report, ReportVerdict } from "@/lib/export/report";

// What fact-check consumers require of a ClaimReview (schema.org, and search engines' ClaimReview guidelines).
const organization = z.looseObject({ "@type": z.literal("Organization"), name: z.string().min(1), url: z.url({ protocol: /^https?$/ }).optional() });
const claimReviewModel = z.looseObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url({ protocol: /^https?$/ }),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.datetime(),
  author: organization,
  reviewRating: z.strictObject({ "@type": z.literal("Rating"), ratingValue: z.number().int().min(1).max(5).optional(), worstRating: z.literal(1), bestRating: z.literal(5), alternateName: z.string().min(1) }),
  itemReviewed: z.looseObject({
    "@type": z.literal("Claim"),
    author: z.looseObject({ "@type": z.enum(["Person", "Organization"]), name: z.string().min(1) }),
    appearance: z.looseObject({ "@type": z.literal("NewsArticle"), headline: z.string().min(1) }),
  }),
});

/** The fixture with its draft (Unverifiable) verdict approved. */
function withUnverifiableApproved(): Report {
  const report = reportFixture({ includesDrafts: true });
  const draft = report.claims[3].verdict as ReportVerdict;
  report.claims[3] = { ...report.claims[3], verdict: { ...draft, status: "approved", approved: true, decidedAt: "2026-11-23T08:00:00.000Z" } };
  return report;
}

describe("buildClaimReviews", () => {
  it("builds one complete ClaimReview for the approved verdict", () => {
    const reviews = buildClaimReviews(reportFixture());
    expect(reviews).toHaveLength(1);
    expect(claimReviewModel.safeParse(reviews[0]).error?.issues ?? []).toEqual([]);
    expect(reviews[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://counterclaim.example.org/articles/art_1?claim=clm_1",
      claimReviewed: "Azerbaijani forces advanced into the Russian peacekeepers' zone",
      datePublished: "2026-11-21T09:00:00.000Z",
      author: { "@type": "Organization", name: "Counterclaim Desk", url: "https://desk.example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 2, worstRating: 1, bestRating: 5, alternateName: "Mostly false" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Russia" },
        appearance: expect.objectContaining({ "@type": "NewsArticle", url: "https://news.example.org/karabakh?id=1&lang=en", headline: "Russia accuses Azerbaijan of violating the ceasefire", datePublished: "2022-03-26T00:00:00.000Z", publisher: { "@type": "Organization", name: "Example Wire" } }),
        firstAppearance: expect.objectContaining({ "@type": "NewsArticle", url: "https://news.example.org/karabakh?id=1&lang=en" }),
        datePublished: "2022-03-26T00:00:00.000Z",
      },
    });
  });

  it("leaves drafts out, even when the export includes them", () => {
    const report = reportFixture({ includesDrafts: true });
    expect(report.claims[3].verdict?.id).toBe("ver_2");
    expect(buildClaimReviews(report).map((review) => review.url)).toEqual(["https://counterclaim.example.org/articles/art_1?claim=clm_1"]);
    expect(buildClaimReview(report, "ver_2")).toBeNull();
    expect(buildClaimReview(report, "ver_1")?.claimReviewed).toContain("Azerbaijani forces");
    expect(buildClaimReview(report, "ver_unknown")).toBeNull();
  });

  it("gives an Unverifiable rating no ratingValue, only its label", () => {
    const review = buildClaimReview(withUnverifiableApproved(), "ver_2");
    expect(review?.reviewRating).toEqual({ "@type": "Rating", worstRating: 1, bestRating: 5, alternateName: "Unverifiable" });
    expect(claimReviewModel.safeParse(review).success).toBe(true);
  });

  it("names the precise speaker as the claim's author, with the state it speaks for nested", () => {
    const report = withUnverifiableApproved();
    const ministry = reportFixture().claims[1];
    report.claims[3] = { ...report.claims[3], actor: ministry.actor, rollUpActor: ministry.rollUpActor };
    expect(buildClaimReview(report, "ver_2")?.itemReviewed.author).toEqual({ "@type": "Organization", name: "Russian Defense Ministry", parentOrganization: { "@type": "Organization", name: "Russia" } });
    report.claims[3] = { ...report.claims[3], actor: { ...ministry.actor, name: "Sergei Shoigu", kind: "person" } };
    expect(buildClaimReview(report, "ver_2")?.itemReviewed.author).toEqual({ "@type": "Person", name: "Sergei Shoigu", affiliation: { "@type": "Organization", name: "Russia" } });
  });

  it("falls back to the quote when the verdict has no summary", () => {
    const report = reportFixture();
    report.claims[0] = { ...report.claims[0], verdict: { ...(report.claims[0].verdict as ReportVerdict), claimSummary: "  " } };
    expect(buildClaimReviews(report)[0].claimReviewed).toBe("units of the Azerbaijani armed forces advanced into the zone of the Russian peacekeepers");
  });

  it("emits no javascript: URL and no raw markup for a hostile report", () => {
    const review = buildClaimReviews(reportFixture({ hostile: true }))[0];
    expect(review.author).toEqual({ "@type": "Organization", name: `Desk "'><b>bold</b>` });
    expect(review.itemReviewed.appearance).not.toHaveProperty("url");
    const json = serialiseJsonLd(buildClaimReviewDocument(reportFixture({ hostile: true })));
    expect(json).not.toContain("javascript:");
    expect(json).not.toMatch(/[<>]/);
  });
});

describe("buildClaimReviewDocument", () => {
  it("puts every review in one @graph under one @context", () => {
    const document = buildClaimReviewDocument(withUnverifiableApproved());
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"].map((review) => review.reviewRating.alternateName)).toEqual(["Mostly false", "Unverifiable"]);
    expect(document["@graph"].every((review) => !("@context" in review))).toBe(true);
  });
});
