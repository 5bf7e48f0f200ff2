package bib

import "encoding/json"

// MergeItems is the record of one work cited by two entries: a's fields,
// with every field a lacks taken from b, and b's name lists where they
// name more people. Neither item is changed.
func MergeItems(a, b Item) Item {
	am, bm := fieldMap(a), fieldMap(b)
	for k, v := range bm {
		switch old, ok := am[k]; {
		case !ok:
			am[k] = v
		case isNameList(k) && len(v.([]any)) > len(old.([]any)):
			am[k] = v
		}
	}
	var out Item
	raw, _ := json.Marshal(am) // a map of JSON values always marshals
	if json.Unmarshal(raw, &out) != nil {
		return a
	}
	// A title printed with its subtitle is richer than the main title alone.
	if main, ok := withSubtitle(b.Title); ok && TitleKey(main) == TitleKey(a.Title) {
		out.Title = b.Title
	}
	return out
}

func isNameList(k string) bool { return k == "author" || k == "editor" || k == "translator" }

// fieldMap is an item as its CSL-JSON fields, empty ones left out.
func fieldMap(it Item) map[string]any {
	raw, _ := json.Marshal(it) // an Item always marshals
	m := map[string]any{}
	_ = json.Unmarshal(raw, &m) // and reads back as an object
	return m
}

// Provenance tells, for each CSL field of a merged work, which of the
// items it was merged from gave it: the index of the first item whose
// value is the work's, or -1 when none has it as it stands.
func Provenance(work Item, from []Item) map[string]int {
	out := map[string]int{}
	wm := fieldMap(work)
	maps := make([]map[string]any, len(from))
	for i, it := range from {
		maps[i] = fieldMap(it)
	}
	for k, v := range wm {
		out[k] = -1
		want, _ := json.Marshal(v)
		for i, m := range maps {
			if got, _ := json.Marshal(m[k]); string(got) == string(want) {
				out[k] = i
				break
			}
		}
	}
	return out
}
