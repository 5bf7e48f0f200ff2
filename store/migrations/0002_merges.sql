-- A merge folds works into one; each row keeps what unmerge needs to put
-- one absorbed work back exactly: its id, key, item, keys, entries and
-- collections, and the target as it was before (op groups one merge).
CREATE TABLE merges (
	id            INTEGER PRIMARY KEY,
	op            INTEGER NOT NULL,
	into_id       INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
	into_item     TEXT NOT NULL,
	into_keys     TEXT NOT NULL,
	from_id       INTEGER NOT NULL,
	from_key      TEXT NOT NULL,
	from_item     TEXT NOT NULL,
	from_keys     TEXT NOT NULL,
	entries       TEXT NOT NULL,
	collections   TEXT NOT NULL,
	merged_at     TEXT NOT NULL
);
CREATE INDEX merges_into ON merges(into_id, op);
