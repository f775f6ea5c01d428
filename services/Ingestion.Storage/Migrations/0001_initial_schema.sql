-- Documents are keyed by the SHA-256 of their raw bytes: the same content dropped twice is one document.
CREATE TABLE documents (
    id             text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
    content        bytea NOT NULL,
    content_type   text,
    size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
    first_seen_at  timestamptz NOT NULL,
    -- The parser version whose article and comments are stored; only a higher one replaces them.
    parser_version integer NOT NULL CHECK (parser_version >= 0),
    parsed_at      timestamptz NOT NULL,
    warnings       text[] NOT NULL DEFAULT '{}'
);

-- Reparse selects by version ("--below-version N"); "most recently stored" sorts by first_seen_at.
CREATE INDEX documents_parser_version_idx ON documents (parser_version);
CREATE INDEX documents_first_seen_at_idx ON documents (first_seen_at DESC);

-- Every drop that carried a document's content: the same content under two names is two rows, a redelivered
-- message is still one (same name, same fetch time).
CREATE TABLE document_sources (
    document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    file_name   text NOT NULL,
    fetched_at  timestamptz NOT NULL,
    PRIMARY KEY (document_id, file_name, fetched_at)
);

CREATE INDEX document_sources_file_name_idx ON document_sources (file_name);

CREATE TABLE articles (
    document_id            text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    title                  text,
    authors                text[] NOT NULL DEFAULT '{}',
    -- published_at is the instant, known only where the page names a time zone;
    -- published_local is the wall-clock time as the page prints it.
    published_at           timestamptz,
    published_local        timestamp,
    site                   text,
    tags                   text[] NOT NULL DEFAULT '{}',
    declared_comment_count integer,
    body                   text NOT NULL,
    captions               text[] NOT NULL DEFAULT '{}',
    search                 tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED
);

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_tags_idx ON articles USING gin (tags);
CREATE INDEX articles_published_local_idx ON articles (published_local DESC NULLS LAST);
CREATE INDEX articles_published_at_idx ON articles (published_at DESC NULLS LAST);

CREATE TABLE comments (
    document_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    -- Position in page order, from 1.
    ordinal         integer NOT NULL CHECK (ordinal >= 1),
    parent_ordinal  integer CHECK (parent_ordinal < ordinal),
    depth           integer NOT NULL CHECK (depth >= 0),
    -- Position in reply order (each comment followed by its replies, depth first), from 1. Stored rather
    -- than a path array: a path grows with depth, so a long reply chain would cost quadratic space.
    thread_position integer NOT NULL CHECK (thread_position >= 1),
    author          text,
    posted_at       timestamptz,
    posted_local    timestamp,
    body            text NOT NULL,
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
    PRIMARY KEY (document_id, ordinal),
    UNIQUE (document_id, thread_position),
    FOREIGN KEY (document_id, parent_ordinal) REFERENCES comments (document_id, ordinal) ON DELETE CASCADE
);

CREATE INDEX comments_search_idx ON comments USING gin (search);
CREATE INDEX comments_author_idx ON comments (author);

-- Documents that could not be stored, with the reason. One row per document, file and stage: a redelivered
-- reject updates its row instead of adding another.
CREATE TABLE rejects (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id text,
    file_name   text,
    stage       text NOT NULL,
    reason      text NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (stage, document_id, file_name)
);

CREATE INDEX rejects_rejected_at_idx ON rejects (rejected_at DESC);

-- One row per article with what a reader lists: where it came from and how many comments were stored.
CREATE VIEW article_overview AS
SELECT a.document_id,
       a.title,
       a.site,
       a.authors,
       a.tags,
       a.published_at,
       a.published_local,
       a.declared_comment_count,
       (SELECT count(*) FROM comments c WHERE c.document_id = a.document_id) AS stored_comment_count,
       (SELECT s.file_name FROM document_sources s WHERE s.document_id = a.document_id
         ORDER BY s.fetched_at, s.file_name LIMIT 1) AS first_file_name,
       d.first_seen_at,
       d.parser_version,
       d.size_bytes,
       left(a.body, 280) AS excerpt
  FROM articles a
  JOIN documents d ON d.id = a.document_id;

-- Comments in reply order; `indented_body` is ready to print as a thread.
CREATE VIEW comment_threads AS
SELECT c.document_id,
       c.thread_position,
       c.ordinal,
       c.parent_ordinal,
       c.depth,
       c.author,
       c.posted_at,
       c.posted_local,
       c.body,
       repeat('    ', c.depth) || replace(c.body, E'\n', E'\n' || repeat('    ', c.depth)) AS indented_body
  FROM comments c;

-- Titles, bodies and comments in one searchable relation. A UNION ALL view keeps each table's GIN index
-- usable: PostgreSQL pushes the @@ condition into both branches.
CREATE VIEW searchable_text AS
SELECT a.document_id, 'article'::text AS kind, NULL::integer AS comment_ordinal, a.title AS heading, a.body AS text, a.search
  FROM articles a
UNION ALL
SELECT c.document_id, 'comment'::text, c.ordinal, c.author, c.body, c.search
  FROM comments c;
