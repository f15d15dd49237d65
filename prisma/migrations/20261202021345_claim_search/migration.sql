-- Claim search (lib/db/claim-search.ts) and "the same claim" (lib/db/claim-similarity.ts).
-- Two columns of "Claim" are kept by triggers, not by the app: the quote, the note and a verdict's
-- rationale are written by many paths (the API and workspace, imports, re-anchoring on a new
-- revision, restores, bulk SQL in scripts and benchmarks), and a trigger cannot be forgotten by the
-- next one. Prisma does not diff functions or triggers, so they are written here by hand; the columns
-- and indexes are in schema.prisma.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "quoteKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- The plain text of a Tiptap (ProseMirror) JSON document: its text nodes joined by spaces. The same
-- words as lib/editor's doc -> text; block boundaries do not matter to a search.
CREATE FUNCTION "tiptap_plain_text"(doc jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(node #>> '{}', ' '), '')
  FROM jsonb_path_query(coalesce(doc, 'null'::jsonb), 'strict $.** ? (@.type == "text").text') AS node
$$;

-- The quote as lower-case words: quotation marks, dashes and other punctuation (ASCII and
-- typographic) and runs of spaces do not make two reports of one statement differ.
CREATE FUNCTION "claim_quote_key"(exact text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(btrim(regexp_replace(exact, '[[:space:][:punct:]“”‘’«»„‚‹›–—…]+', ' ', 'g')))
$$;

-- What full-text search matches: quote (A), note (B), the verdict's rationale (C), in English.
CREATE FUNCTION "claim_search_vector"(exact text, note text, rationale jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(exact, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(note, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, "tiptap_plain_text"(rationale)), 'C')
$$;

CREATE FUNCTION "claim_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."quoteKey" := "claim_quote_key"(NEW."exact");
  NEW."searchVector" := "claim_search_vector"(NEW."exact", NEW."note", (SELECT v."rationale" FROM "Verdict" v WHERE v."claimId" = NEW."id"));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_search_refresh"
BEFORE INSERT OR UPDATE OF "exact", "note" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "claim_search_refresh"();

-- A verdict's rationale is part of its claim's search vector.
CREATE FUNCTION "verdict_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target text := CASE WHEN TG_OP = 'DELETE' THEN OLD."claimId" ELSE NEW."claimId" END;
  rationale jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."rationale" END;
BEGIN
  UPDATE "Claim" c SET "searchVector" = "claim_search_vector"(c."exact", c."note", rationale) WHERE c."id" = target;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Verdict_search_refresh"
AFTER INSERT OR DELETE OR UPDATE OF "rationale" ON "Verdict"
FOR EACH ROW EXECUTE FUNCTION "verdict_search_refresh"();

-- Back-fill the claims that exist (before the indexes: one build instead of many updates).
UPDATE "Claim" SET "exact" = "exact";

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
