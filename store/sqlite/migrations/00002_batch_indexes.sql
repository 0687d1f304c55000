-- Writes fill the full-text index and claim_actors once per transaction
-- instead of by a trigger per row (see indexNew in documents.go). A trigger
-- on a row insert makes SQLite open a statement savepoint for every row,
-- and FTS5 flushes its pending terms to a new segment at every savepoint:
-- a small segment per document, merged again and again. One INSERT ...
-- SELECT per batch writes one segment per batch.

-- +goose Up
DROP TRIGGER documents_fts_insert;
DROP TRIGGER claims_actors_insert;

-- +goose Down
-- +goose StatementBegin
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, text) VALUES (new.seq, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER claims_actors_insert AFTER INSERT ON claims BEGIN
	INSERT OR IGNORE INTO claim_actors (role, code, claim_id)
		SELECT 'supplier', value, new.id FROM json_each(new.suppliers) WHERE type = 'text'
		UNION ALL
		SELECT 'recipient', value, new.id FROM json_each(new.recipients) WHERE type = 'text';
END;
-- +goose StatementEnd
