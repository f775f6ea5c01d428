-- Documents are keyed by the SHA-256 of their raw bytes: the same content dropped twice is one document.
CREATE TABLE documents (
    id             text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
    content        bytea NOT NULL,
    content_type   text,
    size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
    first_seen_at  timestamptz NOT NULL,
    parser_version integer NOT NULL,
    parsed_at      timestamptz NOT NULL,
    warnings       text[] NOT NULL DEFAULT '{}'
);

-- Every file that carried a document's content: a duplicate drop is recorded here, never lost.
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
CREATE INDEX articles_published_at_idx ON articles (published_at DESC NULLS LAST);
CREATE INDEX articles_published_local_idx ON articles (published_local DESC NULLS LAST);

CREATE TABLE comments (
    document_id    text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal        integer NOT NULL CHECK (ordinal >= 1),
    parent_ordinal integer CHECK (parent_ordinal < ordinal),
    depth          integer NOT NULL CHECK (depth >= 0),
    author         text,
    posted_at      timestamptz,
    posted_local   timestamp,
    body           text NOT NULL,
    search         tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
    PRIMARY KEY (document_id, ordinal),
    FOREIGN KEY (document_id, parent_ordinal) REFERENCES comments (document_id, ordinal) ON DELETE CASCADE
);

CREATE INDEX comments_search_idx ON comments USING gin (search);
CREATE INDEX comments_author_idx ON comments (author);

-- Pages that could not be parsed or stored, with the reason.
CREATE TABLE rejects (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id text,
    file_name   text,
    stage       text NOT NULL,
    reason      text NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX rejects_document_id_idx ON rejects (document_id);
