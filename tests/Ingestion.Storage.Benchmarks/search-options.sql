-- The alternatives to storage's full-text search columns that docs/storage.md weighs, timed side by side on one
-- backend. Run from the repository root in a scratch database (it creates tables), e.g.
--   createdb storage_options && psql -d storage_options -f tests/Ingestion.Storage.Benchmarks/search-options.sql
-- Only comparisons within one run mean anything; repeat it, other work on the machine moves every figure.
\set ON_ERROR_STOP on
\timing on
DROP TABLE IF EXISTS vocab, article_text, comment_text, page_pglz, page_lz4,
    inline_english, inline_simple, inline_no_fastupdate, later_update, later_side, later_side_search, no_search;

-- Real words: the vocabulary of the sample pages.
CREATE TABLE vocab (w text);
\copy vocab from program 'cat samples/*.txt | tr -cs A-Za-z "\n" | sort -u | grep .'

CREATE TABLE article_text AS
WITH v AS (SELECT array_agg(w) AS a, count(*)::int AS n FROM vocab)
SELECT g, convert_to('<!-- ' || md5(g::text) || ' --><html><body><p>' || body || '</p></body></html>', 'UTF8') AS content, body
  FROM (SELECT g, (SELECT string_agg(v.a[1 + floor(random() * v.n + x * 0)::int], ' ') FROM generate_series(1, 720) x) AS body
          FROM generate_series(1, 2000) g, v) AS s;
CREATE TABLE comment_text AS
WITH v AS (SELECT array_agg(w) AS a, count(*)::int AS n FROM vocab)
SELECT md5((g / 10)::text) AS document_id, g % 10 + 1 AS ordinal,
       (SELECT string_agg(v.a[1 + floor(random() * v.n + x * 0)::int], ' ') FROM generate_series(1, 30) x) AS body
  FROM generate_series(1, 20000) g, v;

\echo '== compression of page, body and vector: pglz, then lz4, three times each'
CREATE TABLE page_pglz (content bytea COMPRESSION pglz, body text COMPRESSION pglz, search tsvector COMPRESSION pglz);
CREATE TABLE page_lz4 (content bytea COMPRESSION lz4, body text COMPRESSION lz4, search tsvector COMPRESSION lz4);
CREATE TEMP TABLE vectors AS SELECT g, to_tsvector('english', body) AS search FROM article_text;
INSERT INTO page_pglz SELECT content, body, search FROM article_text JOIN vectors USING (g);
INSERT INTO page_lz4 SELECT content, body, search FROM article_text JOIN vectors USING (g);
INSERT INTO page_pglz SELECT content, body, search FROM article_text JOIN vectors USING (g);
INSERT INTO page_lz4 SELECT content, body, search FROM article_text JOIN vectors USING (g);
INSERT INTO page_pglz SELECT content, body, search FROM article_text JOIN vectors USING (g);
INSERT INTO page_lz4 SELECT content, body, search FROM article_text JOIN vectors USING (g);
SELECT pg_size_pretty(pg_total_relation_size('page_pglz')) AS pglz, pg_size_pretty(pg_total_relation_size('page_lz4')) AS lz4;

\echo '== 20,000 comments without search (what the rest of the row costs)'
CREATE TABLE no_search (document_id text, ordinal int, body text);
INSERT INTO no_search SELECT * FROM comment_text;

\echo '== as deployed: english vector in a generated column, GIN with fastupdate'
CREATE TABLE inline_english (document_id text, ordinal int, body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED);
CREATE INDEX ON inline_english USING gin (search);
INSERT INTO inline_english (document_id, ordinal, body) SELECT * FROM comment_text;

\echo '== the simple configuration (no stemming)'
CREATE TABLE inline_simple (document_id text, ordinal int, body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED);
CREATE INDEX ON inline_simple USING gin (search);
INSERT INTO inline_simple (document_id, ordinal, body) SELECT * FROM comment_text;

\echo '== GIN with fastupdate off'
CREATE TABLE inline_no_fastupdate (document_id text, ordinal int, body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED);
CREATE INDEX ON inline_no_fastupdate USING gin (search) WITH (fastupdate = off);
INSERT INTO inline_no_fastupdate (document_id, ordinal, body) SELECT * FROM comment_text;

\echo '== filled later: insert without a vector, then UPDATE (two timings)'
CREATE TABLE later_update (document_id text, ordinal int, body text, search tsvector, PRIMARY KEY (document_id, ordinal));
CREATE INDEX ON later_update USING gin (search);
INSERT INTO later_update (document_id, ordinal, body) SELECT * FROM comment_text;
UPDATE later_update SET search = to_tsvector('english', body) WHERE search IS NULL;

\echo '== filled later: insert without a vector, then into a side table (two timings)'
CREATE TABLE later_side (document_id text, ordinal int, body text, PRIMARY KEY (document_id, ordinal));
CREATE TABLE later_side_search (document_id text, ordinal int, search tsvector, PRIMARY KEY (document_id, ordinal));
CREATE INDEX ON later_side_search USING gin (search);
INSERT INTO later_side SELECT * FROM comment_text;
INSERT INTO later_side_search SELECT document_id, ordinal, to_tsvector('english', body) FROM later_side;
