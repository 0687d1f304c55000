-- Writes fill the full-text index and claim_actors once per transaction
-- instead of by a trigger per row (see indexNew in documents.go). A trigger
-- on a row insert makes SQLite open a statement savepoint for every row,
-- and FTS5 flushes its pending terms to a new segment at every savepoint:
-- a small segment per document, merged again and again. One INSERT ...
-- SELECT per batch writes one segment per batch. (Migration 00001 already
-- leaves claim_actors to the store; a ledger made before that change may
-- still have its trigger, so both drops are conditional.)

-- +goose Up
DROP TRIGGER IF EXISTS documents_fts_insert;
DROP TRIGGER IF EXISTS claims_actors_insert;

-- +goose Down
-- +goose StatementBegin
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, text) VALUES (new.seq, new.text);
END;
-- +goose StatementEnd
