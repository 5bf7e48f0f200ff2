-- A work is filed under a 64-bit hash of each of its keys instead of the
-- key's text (keyHash: the first 8 bytes of its SHA-256). The text, some
-- 60 to 120 bytes, was held twice, in the key's index and in the work's,
-- and an import inserts several keys a work at random places. Only a merge
-- asks for the keys of one work: it reads the whole table (a few
-- milliseconds for 100,000 works) instead of an index by work every
-- import writes, and deletes them itself instead of a cascade, which
-- would read it whole for every deleted work too. migrate fills the table
-- from work_keys, hashing in Go, and drops work_keys.
CREATE TABLE work_hashes (
	hash    INTEGER NOT NULL,
	work_id INTEGER NOT NULL,
	PRIMARY KEY (hash, work_id)
) WITHOUT ROWID;
