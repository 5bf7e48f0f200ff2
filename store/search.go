package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// ftsColumns are a work's full-text columns: each holds the folded text and
// its transliteration, and the authors also their phonetic name keys, so
// that "syroezhkin", "syroyezhkin" and "сыроежкин" find one another.
func ftsColumns(it bib.Item) [3]string {
	both := func(s string) string {
		f := bib.FoldKey(s)
		if t := bib.Translit(s); t != "" && t != f {
			return f + " " + t
		}
		return f
	}
	var names []string
	for _, ns := range [][]bib.Name{it.Author, it.Editor, it.Translator} {
		for _, n := range ns {
			family := n.Family + n.Literal
			names = append(names, both(family+" "+n.Given))
			for _, w := range strings.Fields(bib.Translit(family)) {
				names = append(names, bib.NameKey(w))
			}
		}
	}
	return [3]string{both(it.Title), strings.Join(names, " "), both(it.ContainerTitle + " " + it.CollectionTitle)}
}

// Search finds works by words in their titles, authors and containers, in
// either script and any case. Terms may be filtered by field:
// "author:nye", "title:power", "year:2004", "type:book". All terms must
// match; a word matches as a prefix.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Work, error) {
	var match []string
	var where []string
	var args []any
	for _, term := range strings.Fields(query) {
		field, word, ok := strings.Cut(term, ":")
		if !ok {
			field, word = "", term
		}
		switch strings.ToLower(field) {
		case "year":
			y, err := strconv.Atoi(word)
			if err != nil {
				return nil, fmt.Errorf("year:%s is not a year", word)
			}
			where, args = append(where, "w.year = ?"), append(args, y)
		case "type":
			where, args = append(where, "w.type = ?"), append(args, word)
		case "", "author", "title", "container":
			col := map[string]string{"author": "authors", "title": "title", "container": "container"}[strings.ToLower(field)]
			if m := matchTerm(col, word); m != "" {
				match = append(match, m)
			}
		default:
			return nil, fmt.Errorf("unknown field %q: use author:, title:, container:, year: or type:", field)
		}
	}
	if len(match) == 0 && len(where) == 0 {
		return nil, fmt.Errorf("nothing to search for")
	}
	q := `SELECT w.id, w.key, w.item FROM works w`
	var cond []string
	if len(match) > 0 {
		q += ` JOIN works_fts f ON f.rowid = w.id`
		cond = append(cond, `works_fts MATCH ?`)
		args = append([]any{strings.Join(match, " AND ")}, args...)
	}
	cond = append(cond, where...)
	q += ` WHERE ` + strings.Join(cond, " AND ")
	if len(match) > 0 {
		q += ` ORDER BY f.rank`
	} else {
		q += ` ORDER BY w.id`
	}
	if limit > 0 {
		q += ` LIMIT ` + strconv.Itoa(limit)
	}
	return s.queryWorks(ctx, q, args...)
}

// matchTerm is one FTS5 expression for a word: its folded form or its
// transliteration (or, for a name, its phonetic key) as prefixes, within
// one column when col is set.
func matchTerm(col, word string) string {
	var alts []string
	seen := map[string]bool{}
	add := func(t string) {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !isWordRune(r) }) {
			if w != "" && !seen[w] {
				seen[w] = true
				alts = append(alts, `"`+w+`"*`)
			}
		}
	}
	add(bib.FoldKey(word))
	add(bib.Translit(word))
	if col == "" || col == "authors" {
		add(bib.NameKey(word))
	}
	if len(alts) == 0 {
		return ""
	}
	expr := "(" + strings.Join(alts, " OR ") + ")"
	if col != "" {
		expr = col + " : " + expr
	}
	return expr
}

func isWordRune(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127 && !strings.ContainsRune("«»“”„‘’–—…", r)
}
