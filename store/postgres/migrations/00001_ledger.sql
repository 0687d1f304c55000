-- The ledger: documents with a full-text index over their text, claims,
-- reviews, and the decisive review of each claim root. See the Store doc
-- comment in the root package for the review rules.

-- +goose Up

CREATE TABLE documents (
	id        text PRIMARY KEY CHECK (id <> ''),
	url       text NOT NULL,
	outlet    text NOT NULL,
	title     text NOT NULL,
	published text NOT NULL, -- YYYY-MM-DD or ''
	fetched   timestamptz NOT NULL,
	text      text NOT NULL,
	extractor text NOT NULL,
	tsv       tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_extractor ON documents (extractor, id);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

-- Identity IDs are never reused after re-extraction deletes their claims,
-- so a cursor and a review's claim_id never point at another claim.
CREATE TABLE claims (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id   text NOT NULL REFERENCES documents (id),
	claim_key     text NOT NULL,
	corrected     boolean NOT NULL,
	suppliers     text[],           -- NULL for a nil slice
	recipients    text[],
	category      text NOT NULL CHECK (category <> ''),
	item          text NOT NULL,
	qty_min       double precision, -- NULL: open bound
	qty_max       double precision,
	qty_unit      text,             -- NULL exactly when the claim has no quantity
	qty_qualifier text,
	status        text NOT NULL CHECK (status <> ''),
	speaker       text NOT NULL,
	via           text[],
	time_text     text,             -- NULL exactly when the claim has no time
	time_start    text NOT NULL,
	time_end      text NOT NULL,
	evidence      text NOT NULL,
	span_start    bigint NOT NULL CHECK (span_start >= 0),
	span_end      bigint NOT NULL CHECK (span_end >= span_start),
	confidence    double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
	rule          text NOT NULL
);
-- A root has at most one machine claim; corrections share their root's key.
CREATE UNIQUE INDEX claims_machine_key ON claims (document_id, claim_key) WHERE NOT corrected;
CREATE INDEX claims_document ON claims (document_id, corrected);
-- Actor filters are array containment (suppliers @> ARRAY['KP']) on GIN
-- indexes: no side table to write at ingest.
CREATE INDEX claims_suppliers ON claims USING gin (suppliers);
CREATE INDEX claims_recipients ON claims USING gin (recipients);
CREATE INDEX claims_category ON claims (category);
CREATE INDEX claims_status ON claims (status);

CREATE TABLE reviews (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id text NOT NULL REFERENCES documents (id),
	claim_key   text NOT NULL,
	claim_id    bigint NOT NULL, -- as judged; re-extraction may delete it
	judged      jsonb NOT NULL,  -- snapshot of the judged claim
	verdict     text NOT NULL CHECK (verdict IN ('accept', 'reject', 'correct')),
	decided     bigint REFERENCES claims (id),
	corrected   jsonb,
	reviewer    text NOT NULL,
	note        text NOT NULL,
	created     timestamptz NOT NULL
);
CREATE INDEX reviews_root ON reviews (document_id, claim_key);

-- The decisive (latest) review of each root, kept by AddReview.
CREATE TABLE claim_verdicts (
	document_id text NOT NULL,
	claim_key   text NOT NULL,
	review_id   bigint NOT NULL REFERENCES reviews (id),
	created     timestamptz NOT NULL,
	verdict     text NOT NULL,
	decided     bigint, -- the corrected claim shown instead of the machine claim
	PRIMARY KEY (document_id, claim_key)
);

-- +goose Down
DROP TABLE claim_verdicts;
DROP TABLE reviews;
DROP TABLE claims;
DROP TABLE documents;
