// The link and grouping helpers every export formats from (lib/export/claim-references,
// lib/export/claims-by-actor), over the report fixture.
import { reportFixture } from "@/__tests__/factories/report";
import { createClaimReferenceResolver } from "@/lib/export/claim-references";
import { groupClaimsByRollUpActor } from "@/lib/export/claims-by-actor";
import type { ReportLink } from "@/lib/export/report";

describe("createClaimReferenceResolver", () => {
  const report = reportFixture();
  const referenceOf = createClaimReferenceResolver(report);
  const [first, , third] = report.claims;
  const rebuttal = first.links.find((link) => link.id === "lnk_1")!;

  it("reads a link from either end, with the other claim's number, speaker and quote", () => {
    expect(referenceOf(first, rebuttal)).toEqual({ label: "Rebutted by", direction: "to", other: { number: 3, actorName: "Azerbaijan", exact: third.exact, externalArticleTitle: null } });
    expect(referenceOf(third, rebuttal)).toEqual({ label: "Rebuts", direction: "from", other: { number: 1, actorName: "Russia", exact: first.exact, externalArticleTitle: null } });
  });

  it("names the other article, and no number, for a claim that lives there", () => {
    const crossArticle = first.links.find((link) => link.id === "lnk_2")!;
    expect(referenceOf(first, crossArticle)).toEqual({ label: "Same claim as", direction: "from", other: { number: null, actorName: "Russia", exact: "Azerbaijani troops crossed the line", externalArticleTitle: "Earlier report" } });
  });

  it("has no other claim when its end is in neither this report nor another article", () => {
    const dangling: ReportLink = { id: "lnk_x", kind: "supports", fromClaimId: "clm_gone", toClaimId: first.id, note: "", external: null };
    expect(referenceOf(first, dangling)).toEqual({ label: "Supported by", direction: "to", other: null });
  });
});

describe("groupClaimsByRollUpActor", () => {
  it("groups claims under the actor they speak for, in the report's actor order and document order", () => {
    const groups = groupClaimsByRollUpActor(reportFixture());
    expect(groups.map(({ actor, claims }) => [actor.name, claims.map((claim) => claim.number)])).toEqual([
      ["Russia", [1, 2]],
      ["Azerbaijan", [3]],
      ["Armenia", [4]],
    ]);
  });
});
