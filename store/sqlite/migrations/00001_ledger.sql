-- The ledger: documents with a full-text index over their text, claims with a
-- side table of their actors, reviews, and the decisive review of each claim
-- root. See the Store doc comment in the root package for the review rules.

-- +goose Up

-- seq is the rowid the FTS5 index refers to. It is declared so that VACUUM
-- cannot renumber it; id, the content hash, is the document's identity.
CREATE TABLE documents (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE CHECK (id <> ''),
	url       TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT NOT NULL, -- YYYY-MM-DD or ''
	fetched   TEXT NOT NULL, -- UTC, 2006-01-02T15:04:05.000000Z, sorts as text
	text      TEXT NOT NULL,
	extractor TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);
-- Covers DocumentsByExtractor, which scans it instead of the texts.
CREATE INDEX documents_extractor ON documents (extractor, id);

-- An external-content FTS5 index: the text is stored once, in documents.
-- porter stems English words as PostgreSQL's 'english' configuration does.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	text,
	content = 'documents',
	content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, text) VALUES (new.seq, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.seq, old.text);
	INSERT INTO documents_fts (rowid, text) VALUES (new.seq, new.text);
END;
-- +goose StatementEnd

-- AUTOINCREMENT: an ID is never reused after re-extraction deletes its claim,
-- so a cursor and a review's claim_id never point at another claim.
CREATE TABLE claims (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	document_id   TEXT NOT NULL REFERENCES documents (id),
	claim_key     TEXT NOT NULL,
	corrected     INTEGER NOT NULL CHECK (corrected IN (0, 1)),
	suppliers     TEXT NOT NULL, -- JSON array (null for a nil slice)
	recipients    TEXT NOT NULL, -- JSON array
	category      TEXT NOT NULL CHECK (category <> ''),
	item          TEXT NOT NULL,
	qty_min       REAL,          -- NULL: open bound
	qty_max       REAL,
	qty_unit      TEXT,          -- NULL exactly when the claim has no quantity
	qty_qualifier TEXT,
	status        TEXT NOT NULL CHECK (status <> ''),
	speaker       TEXT NOT NULL,
	via           TEXT NOT NULL, -- JSON array
	time_text     TEXT,          -- NULL exactly when the claim has no time
	time_start    TEXT NOT NULL,
	time_end      TEXT NOT NULL,
	evidence      TEXT NOT NULL,
	span_start    INTEGER NOT NULL CHECK (span_start >= 0),
	span_end      INTEGER NOT NULL CHECK (span_end >= span_start),
	confidence    REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
	rule          TEXT NOT NULL
);
-- A root has at most one machine claim; corrections share their root's key.
CREATE UNIQUE INDEX claims_machine_key ON claims (document_id, claim_key) WHERE corrected = 0;
CREATE INDEX claims_document ON claims (document_id, corrected);
CREATE INDEX claims_category ON claims (category);
CREATE INDEX claims_status ON claims (status);

-- One row per (claim, role, actor). Filtering a million claims by supplier
-- through json_each would parse every claim's JSON; this clustered index
-- yields the matching claim IDs in order, which also serves the ID cursor.
CREATE TABLE claim_actors (
	role     TEXT NOT NULL CHECK (role IN ('supplier', 'recipient')),
	code     TEXT NOT NULL,
	claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	PRIMARY KEY (role, code, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_actors_claim ON claim_actors (claim_id);

-- Claims are never updated; a trigger fills claim_actors from the JSON
-- arrays in the same statement, sparing a round trip per actor. (A nil
-- slice is stored as JSON null, which json_each yields as one null row.)
-- +goose StatementBegin
CREATE TRIGGER claims_actors_insert AFTER INSERT ON claims BEGIN
	INSERT OR IGNORE INTO claim_actors (role, code, claim_id)
		SELECT 'supplier', value, new.id FROM json_each(new.suppliers) WHERE type = 'text'
		UNION ALL
		SELECT 'recipient', value, new.id FROM json_each(new.recipients) WHERE type = 'text';
END;
-- +goose StatementEnd

CREATE TABLE reviews (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	document_id TEXT NOT NULL REFERENCES documents (id),
	claim_key   TEXT NOT NULL,
	claim_id    INTEGER NOT NULL, -- as judged; re-extraction may delete it
	judged      TEXT NOT NULL,    -- JSON snapshot of the judged claim
	verdict     TEXT NOT NULL CHECK (verdict IN ('accept', 'reject', 'correct')),
	decided     INTEGER REFERENCES claims (id),
	corrected   TEXT,             -- JSON of the corrected claim
	reviewer    TEXT NOT NULL,
	note        TEXT NOT NULL,
	created     TEXT NOT NULL
);
CREATE INDEX reviews_root ON reviews (document_id, claim_key);

-- The decisive (latest) review of each root, kept by AddReview so that
-- listing effective claims is one indexed look-up per claim.
CREATE TABLE claim_verdicts (
	document_id TEXT NOT NULL,
	claim_key   TEXT NOT NULL,
	review_id   INTEGER NOT NULL REFERENCES reviews (id),
	created     TEXT NOT NULL,
	verdict     TEXT NOT NULL,
	decided     INTEGER, -- the corrected claim shown instead of the machine claim
	PRIMARY KEY (document_id, claim_key)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE claim_verdicts;
DROP TABLE reviews;
DROP TABLE claim_actors;
DROP TABLE claims;
DROP TABLE documents_fts;
DROP TABLE documents;
