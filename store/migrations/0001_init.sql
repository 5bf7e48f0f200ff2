-- Sources are the imported files; an import is one transaction, so a
-- source row exists only with all of its entries.
CREATE TABLE sources (
	id          INTEGER PRIMARY KEY,
	path        TEXT NOT NULL,
	sha256      TEXT NOT NULL UNIQUE,
	format      TEXT NOT NULL,
	imported_at TEXT NOT NULL,
	-- the article itself as a citable work (CSL-JSON), where its text
	-- states a title; NULL otherwise
	article     TEXT
);

-- Works are what entries cite: one CSL-JSON item each, with the columns
-- lookups need folded in Go.
CREATE TABLE works (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,
	item        TEXT NOT NULL,
	type        TEXT NOT NULL DEFAULT '',
	title_fold  TEXT NOT NULL DEFAULT '',
	author_fold TEXT NOT NULL DEFAULT '',
	year        INTEGER NOT NULL DEFAULT 0,
	doi         TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX works_doi ON works(doi) WHERE doi <> '';
CREATE INDEX works_year ON works(year);

-- The keys under which a work is certainly the same as another item
-- (bib.WorkKeys): how imports find the work an entry cites.
CREATE TABLE work_keys (
	key     TEXT NOT NULL,
	work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
	PRIMARY KEY (key, work_id)
) WITHOUT ROWID;
CREATE INDEX work_keys_work ON work_keys(work_id);

-- Entries are printed references: raw text verbatim, never altered; item
-- is what this entry alone said (provenance for merges and unmerges).
CREATE TABLE entries (
	id          INTEGER PRIMARY KEY,
	source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	list        INTEGER NOT NULL,
	n           INTEGER NOT NULL,
	label       TEXT NOT NULL DEFAULT '',
	line        INTEGER NOT NULL DEFAULT 0,
	raw         TEXT NOT NULL,
	item        TEXT NOT NULL,
	work_id     INTEGER REFERENCES works(id),
	locator     TEXT NOT NULL DEFAULT '',
	ibid_of     INTEGER NOT NULL DEFAULT 0,
	as_cited_in INTEGER NOT NULL DEFAULT 0,
	warnings    TEXT NOT NULL DEFAULT '[]',
	UNIQUE (source_id, list, n)
);
CREATE INDEX entries_work ON entries(work_id);

CREATE TABLE repairs (
	id       INTEGER PRIMARY KEY,
	entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
	field    TEXT NOT NULL,
	before   TEXT NOT NULL,
	after    TEXT NOT NULL,
	rule     TEXT NOT NULL
);
CREATE INDEX repairs_entry ON repairs(entry_id);

CREATE TABLE collections (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);
CREATE TABLE collection_works (
	collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
	work_id       INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
	PRIMARY KEY (collection_id, work_id)
) WITHOUT ROWID;

-- Full text over titles, authors and containers. Each column holds the
-- folded text and its transliteration (and, for authors, the phonetic name
-- keys), so a query in either script finds both.
CREATE VIRTUAL TABLE works_fts USING fts5(title, authors, container, tokenize = 'unicode61 remove_diacritics 0');
