package bib

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadCSLJSON reads a CSL-JSON array (Zotero's, pandoc's or ibid's), a
// single CSL-JSON object, or JSON Lines of objects. Numbers are accepted
// where CSL allows them for string variables ("volume": 6), and the
// "variable: value" lines ibid's writer puts in note for what a Zotero
// item type cannot hold are moved back into their variables.
func ReadCSLJSON(src string) ([]Item, error) {
	src = NFC(src)
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	var raws []map[string]any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, fmt.Errorf("csl-json: %w", err)
		}
		switch v := v.(type) {
		case []any:
			for i, e := range v {
				m, ok := e.(map[string]any)
				if !ok {
					return nil, fmt.Errorf("csl-json: item %d is not an object", i+1)
				}
				raws = append(raws, m)
			}
		case map[string]any:
			raws = append(raws, v)
		default:
			return nil, fmt.Errorf("csl-json: expected an array or objects")
		}
	}
	items := make([]Item, 0, len(raws))
	for i, m := range raws {
		it, err := cslItem(m)
		if err != nil {
			return nil, fmt.Errorf("csl-json: item %d: %w", i+1, err)
		}
		items = append(items, it)
	}
	return items, nil
}

// cslItem turns one decoded object into an Item: numbers become strings
// (only dates keep their numbers), then encoding/json fills the struct.
func cslItem(m map[string]any) (Item, error) {
	for k, v := range m {
		switch v := v.(type) {
		case json.Number:
			m[k] = v.String()
		case string:
			// A value is one line ("0\n" is "0"); only note and abstract
			// keep their line breaks, which note's "variable: value"
			// lines depend on.
			if k != "note" && k != "abstract" {
				m[k] = strings.Join(strings.Fields(v), " ")
			}
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return Item{}, err
	}
	var it Item
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&it); err != nil {
		return Item{}, err
	}
	restoreNoteVariables(&it)
	return it, nil
}

// restoreNoteVariables moves leading "variable: value" lines of note back
// into the variables they name: the form in which Zotero's Extra field, and
// ibid's CSL-JSON writer, keep what an item type has no field for.
func restoreNoteVariables(it *Item) {
	if it.Note == "" {
		return
	}
	lines := strings.Split(it.Note, "\n")
	n := 0
	for _, line := range lines {
		name, val, ok := strings.Cut(line, ": ")
		if !ok || val == "" || !setNoteVariable(it, name, val) {
			break
		}
		n++
	}
	it.Note = strings.Join(lines[n:], "\n")
}

// setNoteVariable sets one variable named in a note line; false when the
// name is not one the writer moves there (or the variable is already set).
func setNoteVariable(it *Item, name, val string) bool {
	switch name {
	case "editor":
		it.Editor = append(it.Editor, extraName(val))
		return true
	case "translator":
		it.Translator = append(it.Translator, extraName(val))
		return true
	}
	p := stringVariable(it, name)
	if p == nil || *p != "" {
		return false
	}
	*p = val
	return true
}

// extraName reads a creator of Zotero's Extra form: "Family || Given", or a
// single name (an organisation).
func extraName(s string) Name {
	fam, giv, ok := strings.Cut(s, " || ")
	if !ok {
		return Name{Literal: s}
	}
	n := Name{Family: fam, Given: giv}
	if g, suf, ok := strings.Cut(giv, ", "); ok {
		n.Given, n.Suffix = g, suf
	}
	return n
}

// stringVariable points to the string variable of it with the CSL name, or
// is nil for a name that is not one.
func stringVariable(it *Item, name string) *string {
	switch name {
	case "container-title":
		return &it.ContainerTitle
	case "collection-title":
		return &it.CollectionTitle
	case "collection-number":
		return &it.CollectionNumber
	case "edition":
		return &it.Edition
	case "volume":
		return &it.Volume
	case "number-of-volumes":
		return &it.NumberOfVolumes
	case "issue":
		return &it.Issue
	case "number":
		return &it.Number
	case "page":
		return &it.Page
	case "number-of-pages":
		return &it.NumberOfPages
	case "publisher-place":
		return &it.PublisherPlace
	case "publisher":
		return &it.Publisher
	case "genre":
		return &it.Genre
	case "medium":
		return &it.Medium
	case "archive":
		return &it.Archive
	case "archive_location":
		return &it.ArchiveLocation
	case "ISBN":
		return &it.ISBN
	case "ISSN":
		return &it.ISSN
	case "section":
		return &it.Section
	}
	return nil
}
