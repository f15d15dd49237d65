// The live pieces that need no server: the notice sentences, presence initials, the seen-seq set
// the feed and the streams de-duplicate with, the Last-Event-ID parser and the feed's mode choice.
import { describeChange, initialsOf, type LiveChange } from "@/lib/domain/live-notice";
import { SeenSeqs } from "@/lib/live/seen-seqs";
import { parseLastEventId } from "@/lib/validation/live";
import { chooseFeedMode } from "@/lib/live/change-feed";

const change = (entity: string, action: string, userName: string | null = "Ana"): LiveChange => ({ seq: 1, entity, entityId: "x", articleId: "a", action, userId: "u", userName });

describe("describeChange", () => {
  it("says who did what, and whose claim it was when the page knows", () => {
    expect(describeChange(change("Claim", "create"), "Russia")).toBe("Ana added a claim by Russia.");
    expect(describeChange(change("Claim", "delete"))).toBe("Ana deleted a claim.");
    expect(describeChange(change("Evidence", "create"), "Azerbaijan")).toBe("Ana added evidence to a claim by Azerbaijan.");
    expect(describeChange(change("ClaimLink", "delete"))).toBe("Ana removed a link from a claim.");
    expect(describeChange(change("Verdict", "approve"), "Russia")).toBe("Ana approved a verdict on a claim by Russia.");
    expect(describeChange(change("Article", "edit-text"))).toBe("Ana edited the text.");
    expect(describeChange(change("Claim", "update", null))).toBe("Someone edited a claim.");
    expect(describeChange(change("Verdict", "something-new"))).toBe("Ana changed a verdict.");
  });
});

describe("initialsOf", () => {
  it("takes the first and last word's first letters", () => {
    expect(initialsOf("Ana Petrosyan")).toBe("AP");
    expect(initialsOf("ben")).toBe("B");
    expect(initialsOf("Jean Claude van Damme")).toBe("JD");
    expect(initialsOf("   ")).toBe("?");
  });
});

describe("SeenSeqs", () => {
  it("reports each seq once, keeps the highest as cursor, and forgets the oldest past its capacity", () => {
    const seen = new SeenSeqs(3);
    expect([seen.add(5), seen.add(3), seen.add(5)]).toEqual([true, true, false]);
    expect(seen.cursor).toBe(5);
    seen.add(7);
    seen.add(8);
    expect(seen.has(5)).toBe(false);
    expect(seen.since(6)).toEqual([7, 8]);
    seen.advanceTo(4);
    expect(seen.cursor).toBe(8);
  });
});

describe("parseLastEventId", () => {
  it("takes a sequence number and ignores anything else", () => {
    expect(parseLastEventId("42")).toBe(42);
    expect(parseLastEventId(" 42 ")).toBe(42);
    expect(parseLastEventId(null)).toBeNull();
    for (const bad of ["", "-1", "1e3", "abc", "9".repeat(30), "12; DROP"]) expect(parseLastEventId(bad)).toBeNull();
  });
});

describe("chooseFeedMode", () => {
  it("polls on the one-connection embedded database, listens elsewhere, and obeys the override", () => {
    expect(chooseFeedMode({ DATABASE_POOL_MAX: "1" })).toBe("poll");
    expect(chooseFeedMode({})).toBe("listen");
    expect(chooseFeedMode({ DATABASE_POOL_MAX: "1", COUNTERCLAIM_LIVE_FEED: "listen" })).toBe("listen");
  });
});
