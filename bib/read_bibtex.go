package bib

import (
	"fmt"
	"sort"
	"strings"
)

// ReadError is a part of a bibliography file that could not be read: the
// line it starts on and what is wrong. The rest of the file is still read.
type ReadError struct {
	Line    int
	Message string
}

func (e ReadError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Message) }

// ReadBibTeX reads BibTeX and BibLaTeX: @string macros (names matched
// without regard to case, the month macros predefined), "#"
// concatenation, entries delimited by braces or parentheses, @comment,
// @preamble, keys in any script, "@" inside values, LaTeX accents and
// escapes. An entry that cannot be read (an undefined macro, an unclosed
// brace) is reported with its line and skipped; the next entry is read.
// Braces are counted, never recursed into, so any depth of nesting is safe.
func ReadBibTeX(src string) ([]Item, []ReadError) {
	p := &bibParser{src: NFC(src), macros: map[string]string{}, fields: make(map[string]string, 16)}
	for _, m := range monthNames {
		p.macros[strings.ToLower(m[:3])] = m
	}
	items := make([]Item, 0, strings.Count(p.src, "@"))
	var errs []ReadError
	for {
		at := strings.IndexByte(p.src[p.pos:], '@')
		if at < 0 {
			break
		}
		start := p.pos + at
		p.pos = start + 1
		if commentedOut(p.src, start) {
			continue
		}
		it, ok, err := p.block()
		if err != nil {
			errs = append(errs, ReadError{Line: p.lineOf(start), Message: err.Error()})
			p.pos = nextEntryStart(p.src, start+1)
			continue
		}
		if ok {
			items = append(items, it)
		}
	}
	return items, errs
}

var monthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// bibParser holds the state of one ReadBibTeX call (nothing is shared
// between calls).
type bibParser struct {
	src      string
	pos      int
	newlines []int             // offsets of "\n", found when a line is first asked for
	macros   map[string]string // @string macros by lower-cased name
	fields   map[string]string // the entry being read; emptied for each
}

func newlineIndex(s string) []int {
	nl := make([]int, 0, strings.Count(s, "\n"))
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			nl = append(nl, i)
		}
	}
	return nl
}

// lineOf is the 1-based line of a byte offset.
func (p *bibParser) lineOf(pos int) int {
	if p.newlines == nil {
		p.newlines = newlineIndex(p.src)
	}
	return sort.SearchInts(p.newlines, pos) + 1
}

// commentedOut tells an "@" on a line that begins with "%" (outside an
// entry), a commented-out entry for BibLaTeX tools and Better BibTeX.
func commentedOut(s string, at int) bool {
	ls := strings.LastIndexByte(s[:at], '\n') + 1
	return strings.HasPrefix(strings.TrimLeft(s[ls:at], " \t"), "%")
}

// nextEntryStart is the offset of the next "@" that begins a line (after
// spaces), where reading resumes after a broken entry; "@" inside a value
// rarely begins a line.
func nextEntryStart(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if j < len(s) && s[j] == '@' {
			return j
		}
	}
	return len(s)
}

// block reads what follows an "@": an entry (ok), or a @string, @preamble
// or @comment (not ok, no error), or an "@" that starts nothing.
func (p *bibParser) block() (Item, bool, error) {
	typ := strings.ToLower(p.ident())
	p.space()
	if typ == "" || p.pos >= len(p.src) || (p.src[p.pos] != '{' && p.src[p.pos] != '(') {
		return Item{}, false, nil // an "@" in text between entries
	}
	closer := byte('}')
	if p.src[p.pos] == '(' {
		closer = ')'
	}
	p.pos++
	switch typ {
	case "comment":
		if closer == '}' {
			end, err := p.braced()
			p.pos = end
			return Item{}, false, err
		}
		if i := strings.IndexByte(p.src[p.pos:], ')'); i >= 0 {
			p.pos += i + 1
		}
		return Item{}, false, nil
	case "preamble":
		if _, err := p.value(); err != nil {
			return Item{}, false, fmt.Errorf("@preamble: %w", err)
		}
		return Item{}, false, p.expect(closer)
	case "string":
		name := p.ident()
		if name == "" {
			return Item{}, false, fmt.Errorf("@string: no macro name")
		}
		p.space()
		if err := p.expect('='); err != nil {
			return Item{}, false, fmt.Errorf("@string %s: %w", name, err)
		}
		v, err := p.value()
		if err != nil {
			return Item{}, false, fmt.Errorf("@string %s: %w", name, err)
		}
		p.macros[strings.ToLower(name)] = v
		return Item{}, false, p.expect(closer)
	}
	e, err := p.entry(typ, closer)
	if err != nil {
		return Item{}, false, err
	}
	return e.item(), true, nil
}

// rawEntry is an entry as written: type, key and raw field values (macros
// expanded, concatenations joined, TeX not yet decoded).
type rawEntry struct {
	typ, key string
	fields   map[string]string
}

func (p *bibParser) entry(typ string, closer byte) (rawEntry, error) {
	p.space()
	start := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == ',' || c == closer || isSpace(c) {
			break
		}
		p.pos++
	}
	clear(p.fields)
	e := rawEntry{typ: typ, key: p.src[start:p.pos], fields: p.fields}
	where := "@" + typ + "{" + e.key
	p.space()
	for {
		if p.pos >= len(p.src) {
			return e, fmt.Errorf("%s: unexpected end of file (unclosed entry)", where)
		}
		switch c := p.src[p.pos]; {
		case c == closer:
			p.pos++
			return e, nil
		case c == ',':
			p.pos++
			p.space()
			continue
		}
		name := strings.ToLower(p.ident())
		if name == "" {
			return e, fmt.Errorf("%s: expected a field name at line %d", where, p.lineOf(p.pos))
		}
		p.space()
		if err := p.expect('='); err != nil {
			return e, fmt.Errorf("%s: field %s: %w", where, name, err)
		}
		v, err := p.value()
		if err != nil {
			return e, fmt.Errorf("%s: field %s: %w", where, name, err)
		}
		if _, dup := e.fields[name]; !dup {
			e.fields[name] = v
		}
		p.space()
		if p.pos < len(p.src) && p.src[p.pos] != ',' && p.src[p.pos] != closer {
			return e, fmt.Errorf("%s: field %s: expected \",\" or %q at line %d", where, name, closer, p.lineOf(p.pos))
		}
	}
}

// value reads parts joined by "#": {braced}, "quoted", numbers and macros.
func (p *bibParser) value() (string, error) {
	var b strings.Builder
	first, parts := "", 0
	add := func(s string) {
		parts++
		switch parts {
		case 1:
			first = s
			return
		case 2:
			b.WriteString(first)
		}
		b.WriteString(s)
	}
	for {
		p.space()
		if p.pos >= len(p.src) {
			return "", fmt.Errorf("unexpected end of file")
		}
		switch c := p.src[p.pos]; {
		case c == '{':
			p.pos++
			end, err := p.braced()
			if err != nil {
				return "", err
			}
			add(p.src[p.pos : end-1])
			p.pos = end
		case c == '"':
			p.pos++
			end, err := p.quoted()
			if err != nil {
				return "", err
			}
			add(p.src[p.pos : end-1])
			p.pos = end
		default:
			tok := p.ident()
			if tok == "" {
				return "", fmt.Errorf("expected a value at line %d", p.lineOf(p.pos))
			}
			if allDigits(tok) {
				add(tok)
				break
			}
			m, ok := p.macros[strings.ToLower(tok)]
			if !ok {
				return "", fmt.Errorf("undefined @string macro %q", tok)
			}
			add(m)
		}
		p.space()
		if p.pos < len(p.src) && p.src[p.pos] == '#' {
			p.pos++
			continue
		}
		if parts == 1 {
			return first, nil // one part: no copy
		}
		return b.String(), nil
	}
}

// braced returns the offset just past the brace closing the group whose
// opening brace is before p.pos. Escaped braces (\{) are not counted.
func (p *bibParser) braced() (int, error) {
	depth := 1
	for i := p.pos; i < len(p.src); i++ {
		switch p.src[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, fmt.Errorf("unclosed \"{\" at line %d", p.lineOf(p.pos-1))
}

// quoted returns the offset just past the closing quote of a "..." value;
// a quote inside braces does not close it.
func (p *bibParser) quoted() (int, error) {
	depth := 0
	for i := p.pos; i < len(p.src); i++ {
		switch p.src[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
		case '"':
			if depth <= 0 {
				return i + 1, nil
			}
		}
	}
	return 0, fmt.Errorf("unclosed quote at line %d", p.lineOf(p.pos-1))
}

func (p *bibParser) expect(c byte) error {
	p.space()
	if p.pos >= len(p.src) {
		return fmt.Errorf("expected %q, found end of file", c)
	}
	if p.src[p.pos] != c {
		return fmt.Errorf("expected %q at line %d", c, p.lineOf(p.pos))
	}
	p.pos++
	return nil
}

// ident reads a BibTeX name: anything but space and the characters that
// delimit names and values.
func (p *bibParser) ident() string {
	start := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if isSpace(c) || strings.IndexByte(`{}(),=#"%'@`, c) >= 0 {
			break
		}
		p.pos++
	}
	return p.src[start:p.pos]
}

// space skips white space and %-comments between tokens.
func (p *bibParser) space() {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case isSpace(c):
			p.pos++
		case c == '%':
			for p.pos < len(p.src) && p.src[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
