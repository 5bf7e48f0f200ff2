package bib

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// An alphabet is the set of runes a match of a pattern anchored at the
// start of the text may consume. Such a match ends before the first rune
// of the text outside the set, so the pattern can be run on the text up
// to there: the backtracker clears a bit per instruction and byte of its
// input on every search, and the parser's anchored patterns of names and
// headings were run on whole entries to read their first few words.
type alphabet struct {
	ascii  [utf8.RuneSelf]bool // the ASCII runes of the set
	ranges []rune              // the set, as sorted lo, hi pairs
}

// newAlphabet derives the alphabet of expr, or nil when cutting the text
// is not exact or cannot help: expr is not anchored at the start of the
// text, may match any rune, or asserts the end of the text or of a line
// (true at the cut, false in the whole text).
func newAlphabet(expr string) *alphabet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return nil
	}
	var rs []rune
	for _, in := range prog.Inst {
		switch in.Op {
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return nil
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&(syntax.EmptyEndText|syntax.EmptyEndLine) != 0 {
				return nil
			}
		case syntax.InstRune1:
			rs = append(rs, in.Rune[0], in.Rune[0])
		case syntax.InstRune:
			if len(in.Rune) != 1 {
				rs = append(rs, in.Rune...)
				continue
			}
			// One rune, folded when the instruction says so, as
			// (*syntax.Inst).MatchRunePos reads it.
			r0 := in.Rune[0]
			rs = append(rs, r0, r0)
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
					rs = append(rs, r, r)
				}
			}
		}
	}
	a := &alphabet{ranges: mergeRanges(rs)}
	for c := range a.ascii {
		a.ascii[c] = inRanges(rune(c), a.ranges)
	}
	return a
}

// cut returns the length of the prefix of s that holds every match of the
// pattern: it ends at the first rune outside the alphabet that is not an
// ASCII word character, so that \b and \B read the same at the cut as in
// s. A rune the regexp reads from an invalid byte (U+FFFD) is tested as
// it reads it.
func (a *alphabet) cut(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !a.ascii[c] && !isWordByte(c) {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !inRanges(r, a.ranges) {
			return i
		}
		i += w
	}
	return len(s)
}
