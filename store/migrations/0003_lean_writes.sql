-- An import writes less for each work.
--
-- The full-text index keeps no copy of its text (content = ''): search
-- reads only its rowids and ranks, and an import writes each work's
-- columns from the work itself. contentless_delete lets a changed work's
-- row be deleted and written again.
CREATE VIRTUAL TABLE works_fts_lean USING fts5(title, authors, container, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO works_fts_lean(rowid, title, authors, container) SELECT rowid, title, authors, container FROM works_fts;
DROP TABLE works_fts;
ALTER TABLE works_fts_lean RENAME TO works_fts;

-- Folded title and author, DOI and URL columns no query read: the keys in
-- work_keys find a work, and the item holds every field.
DROP INDEX works_doi;
ALTER TABLE works DROP COLUMN title_fold;
ALTER TABLE works DROP COLUMN author_fold;
ALTER TABLE works DROP COLUMN doi;
ALTER TABLE works DROP COLUMN url;
