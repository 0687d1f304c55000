-- One row counting the committed write transactions: every write bumps it
-- in its own transaction, so Version is one row read and a reader that sees
-- a write's rows also sees its version (see Store.Version). Not a sequence:
-- nextval is not transactional, so a reader could see the new version
-- before the write's rows and cache the old ledger under it. The row lock
-- is taken last in each write, just before the commit.

-- +goose Up
CREATE TABLE ledger_version (
	id      integer PRIMARY KEY CHECK (id = 1),
	version bigint NOT NULL
);
INSERT INTO ledger_version (id, version) VALUES (1, 0);

-- +goose Down
DROP TABLE ledger_version;
