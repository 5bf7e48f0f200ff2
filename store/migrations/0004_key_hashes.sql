-- A work is filed under a 64-bit hash of each of its keys instead of the
-- key's text (keyHash: the first 8 bytes of its SHA-256). The text, some
-- 60 to 120 bytes, was held twice, in the key's index and in the work's,
-- and an import inserts several keys a work at random places: hashes make
-- both indexes a fifth of their size and their look-ups cheaper. migrate
-- fills the table from work_keys, hashing in Go, and drops work_keys.
CREATE TABLE work_hashes (
	hash    INTEGER NOT NULL,
	work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
	PRIMARY KEY (hash, work_id)
) WITHOUT ROWID;
CREATE INDEX work_hashes_work ON work_hashes(work_id);
