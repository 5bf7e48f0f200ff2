package bib

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Item is a CSL-JSON item, the record every format is a view of.
// Field order follows the order ibid prints them in (and the gold key).
// Fields hold what was printed, after repair.
type Item struct {
	ID               string `json:"id,omitempty"`
	Type             string `json:"type,omitempty"`
	CitationKey      string `json:"citation-key,omitempty"`
	Author           []Name `json:"author,omitempty"`
	Editor           []Name `json:"editor,omitempty"`
	Translator       []Name `json:"translator,omitempty"`
	Title            string `json:"title,omitempty"`
	ContainerTitle   string `json:"container-title,omitempty"`
	CollectionTitle  string `json:"collection-title,omitempty"`
	CollectionNumber string `json:"collection-number,omitempty"`
	Edition          string `json:"edition,omitempty"`
	Volume           string `json:"volume,omitempty"`
	NumberOfVolumes  string `json:"number-of-volumes,omitempty"`
	Issue            string `json:"issue,omitempty"`
	Number           string `json:"number,omitempty"`
	Page             string `json:"page,omitempty"`
	NumberOfPages    string `json:"number-of-pages,omitempty"`
	PublisherPlace   string `json:"publisher-place,omitempty"`
	Publisher        string `json:"publisher,omitempty"`
	Issued           *Date  `json:"issued,omitempty"`
	Genre            string `json:"genre,omitempty"`
	Medium           string `json:"medium,omitempty"`
	Archive          string `json:"archive,omitempty"`
	ArchiveLocation  string `json:"archive_location,omitempty"`
	URL              string `json:"URL,omitempty"`
	DOI              string `json:"DOI,omitempty"`
	ISBN             string `json:"ISBN,omitempty"`
	ISSN             string `json:"ISSN,omitempty"`
	Accessed         *Date  `json:"accessed,omitempty"`
	Language         string `json:"language,omitempty"`
	Section          string `json:"section,omitempty"`
	Keyword          string `json:"keyword,omitempty"`
	Note             string `json:"note,omitempty"`
}

// Name is a CSL name: a person (family, given as printed) or an
// organisation (literal).
type Name struct {
	Family           string `json:"family,omitempty"`
	Given            string `json:"given,omitempty"`
	DroppingParticle string `json:"dropping-particle,omitempty"`
	NonDropping      string `json:"non-dropping-particle,omitempty"`
	Suffix           string `json:"suffix,omitempty"`
	Literal          string `json:"literal,omitempty"`
}

// String renders a name the way a GOST heading prints it: "Family G.".
func (n Name) String() string {
	if n.Literal != "" {
		return n.Literal
	}
	s := n.Family
	if n.NonDropping != "" {
		s = n.NonDropping + " " + s
	}
	if n.Given != "" {
		s += " " + n.Given
	}
	return s
}

// Date is a CSL date: date-parts when the date was read, the printed text in
// Literal when it was not ("typed or raw": a date is never dropped).
type Date struct {
	Parts   [][]int `json:"date-parts,omitempty"`
	Literal string  `json:"literal,omitempty"`
}

// NewDate returns a date of one point: year, and optionally month and day.
func NewDate(parts ...int) *Date {
	return &Date{Parts: [][]int{parts}}
}

// Year is the first year of the date, or 0.
func (d *Date) Year() int {
	if d == nil || len(d.Parts) == 0 || len(d.Parts[0]) == 0 {
		return 0
	}
	return d.Parts[0][0]
}

// String renders the date as ISO 8601 (a range as "1993/1994"), or the literal.
func (d *Date) String() string {
	if d == nil {
		return ""
	}
	if len(d.Parts) == 0 {
		return d.Literal
	}
	var pts []string
	for _, p := range d.Parts {
		var b strings.Builder
		for i, v := range p {
			if i > 0 {
				b.WriteByte('-')
			}
			if i == 0 {
				fmt.Fprintf(&b, "%04d", v)
			} else {
				fmt.Fprintf(&b, "%02d", v)
			}
		}
		pts = append(pts, b.String())
	}
	return strings.Join(pts, "/")
}

// UnmarshalJSON accepts the forms CSL-JSON writers produce: date-parts with
// numbers or numeric strings, "raw", "literal", and a bare string.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*d = Date{Literal: s}
		if p, ok := ParseISODate(s); ok {
			*d = *p
		}
		return nil
	}
	var raw struct {
		Parts   [][]json.RawMessage `json:"date-parts"`
		Literal string              `json:"literal"`
		Raw     string              `json:"raw"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*d = Date{Literal: raw.Literal}
	for _, p := range raw.Parts {
		var ints []int
		for _, v := range p {
			var n int
			if json.Unmarshal(v, &n) != nil {
				var s string
				if json.Unmarshal(v, &s) != nil {
					return fmt.Errorf("date-parts: %s is not a number", v)
				}
				var err error
				if n, err = strconv.Atoi(strings.TrimSpace(s)); err != nil {
					return fmt.Errorf("date-parts: %q is not a number", s)
				}
			}
			ints = append(ints, n)
		}
		if len(ints) > 0 {
			d.Parts = append(d.Parts, ints)
		}
	}
	if len(d.Parts) == 0 && raw.Raw != "" {
		if p, ok := ParseISODate(raw.Raw); ok {
			*d = *p
		} else if d.Literal == "" {
			d.Literal = raw.Raw
		}
	}
	return nil
}

// ParseISODate reads "2008", "2008-05", "2008-05-03" and ranges "1993/1994".
func ParseISODate(s string) (*Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	d := &Date{}
	for rest, more := s, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, "/")
		if len(d.Parts) == 2 {
			return nil, false
		}
		p := make([]int, 0, 3)
		for fields, next := part, true; next; {
			var f string
			f, fields, next = strings.Cut(fields, "-")
			n, err := strconv.Atoi(f)
			i := len(p)
			if err != nil || i > 2 || (i == 0 && (n < 1 || n > 9999)) || (i == 1 && (n < 1 || n > 12)) || (i == 2 && (n < 1 || n > 31)) {
				return nil, false
			}
			p = append(p, n)
		}
		d.Parts = append(d.Parts, p)
	}
	return d, true
}

// Ref is one printed entry of a reference list and what ibid made of it.
type Ref struct {
	N         int      // 1-based position in its list
	Label     string   // the printed list label ("12"), if any
	Line      int      // 1-based line of the entry in its document (0 when unknown)
	Raw       string   // the entry exactly as printed, without its label; never altered
	Item      Item     // the work it cites (for an Ibid., the resolved work)
	Locator   string   // the page this entry cites, distinct from the work's own page range
	IbidOf    int      // N of the entry an Ibid./op. cit. points back to, 0 if none
	AsCitedIn bool     // a secondary citation ("As cited in", "Цит. по")
	Repairs   []Repair // every change made on the way from Raw to Item
	Warnings  []string // what could not be read or looks wrong; the entry is kept
}

// Repair is one logged change: which field, what was printed, what it
// became, and the rule that made the change.
type Repair struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
	Rule   string `json:"rule"`
}
