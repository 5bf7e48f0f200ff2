package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ibid-project/ibid/bib"
	"golang.org/x/text/encoding/charmap"
	unicodeenc "golang.org/x/text/encoding/unicode"
)

// Limits on what ibid reads: larger input is refused with a reason, never
// half-read.
const (
	maxFileSize = 256 << 20
	maxLineSize = 4 << 20
)

// readInput reads a file, or standard input for "-" or "", and decodes it.
func readInput(e *env, path string) (string, string, error) {
	var b []byte
	var err error
	name := path
	if path == "" || path == "-" {
		name = "<stdin>"
		b, err = readLimited(e.stdin, 0)
	} else {
		b, err = readFileLimited(path)
	}
	if err != nil {
		return name, "", &exitError{code: 2, err: fmt.Errorf("read %s: %w", name, err)}
	}
	text, err := decodeText(b)
	if err != nil {
		return name, "", &exitError{code: 2, err: fmt.Errorf("read %s: %w", name, err)}
	}
	return name, text, nil
}

func readFileLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("is a folder")
	}
	if st.Mode().IsRegular() && st.Size() > maxFileSize {
		return nil, fmt.Errorf("larger than %d MiB", maxFileSize>>20)
	}
	// The file's size sizes the buffer: no copies are left behind as it
	// grows.
	return readLimited(f, int(st.Size()))
}

// readLimited reads input up to maxFileSize, refusing it as soon as it
// grows past that or a line runs past what any encoding of a line of
// maxLineSize can take: a 100 MB line is refused after reading a few MiB,
// never held whole.
func readLimited(r io.Reader, size int) ([]byte, error) {
	// A line of maxLineSize bytes of UTF-8 takes at most twice as many
	// bytes in UTF-16 (ASCII), and fewer in the single-byte encodings.
	const maxRawLine = 2 * maxLineSize
	// Without a size (standard input), room for the longest line: a
	// refused line is then read without growing the buffer. Pages never
	// written cost no memory.
	if size <= 0 {
		size = maxRawLine + 64<<10
	}
	b := make([]byte, 0, min(size, maxFileSize)+1)
	buf := make([]byte, 64<<10)
	run := 0 // bytes since the last line end
	for {
		n, err := r.Read(buf)
		chunk := buf[:n]
		if len(b)+n > maxFileSize {
			return nil, fmt.Errorf("larger than %d MiB", maxFileSize>>20)
		}
		if i := bytes.IndexAny(chunk, "\n\r"); i < 0 {
			run += len(chunk)
		} else {
			if run+i > maxRawLine {
				run += i
			} else {
				run = len(chunk) - bytes.LastIndexAny(chunk, "\n\r") - 1
			}
		}
		if run > maxRawLine {
			return nil, fmt.Errorf("a line longer than the %d MiB ibid reads", maxLineSize>>20)
		}
		b = append(b, buf[:n]...)
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// decodeText turns file bytes into NFC text with "\n" line ends: UTF-8
// (with or without BOM), UTF-16 (with BOM, or without one when its NUL
// bytes tell the byte order), the Cyrillic single-byte encodings
// Windows-1251 and KOI8-R, told apart by which reads as Russian, and
// Windows-1252.
// Empty, binary and oversized input is refused with the reason.
func decodeText(b []byte) (string, error) {
	switch {
	case len(b) > maxFileSize:
		return "", fmt.Errorf("larger than %d MiB", maxFileSize>>20)
	case len(bytes.TrimSpace(b)) == 0:
		return "", errors.New("empty file")
	}
	var s string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", errors.New("invalid UTF-8 after a UTF-8 byte order mark")
		}
		s = string(b)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		var err error
		if s, err = decodeUTF16(b[2:], b[0] == 0xFF); err != nil {
			return "", err
		}
	case bytes.IndexByte(b, 0) >= 0:
		le, ok := utf16Order(b)
		if !ok {
			return "", errors.New("binary file (contains NUL bytes)")
		}
		var err error
		if s, err = decodeUTF16(b, le); err != nil {
			return "", err
		}
	case utf8.Valid(b):
		s = string(b)
	default:
		// UTF-8 with a few damaged bytes is not a single-byte file: read
		// as KOI8-R its Russian would pass for Russian ("п≤п╡п╟п╫п╬п╡"
		// for "Иванов"), read as Windows-1252 "–" becomes "â€“", and
		// either would be stored as mojibake. In real single-byte text a
		// valid UTF-8 sequence is a rare accident (KOI8-R "её" is one):
		// far fewer than one for fifty bytes that are not UTF-8.
		line, valid, invalid := utf8Damage(b)
		if valid*50 >= invalid {
			return "", fmt.Errorf("invalid UTF-8 at line %d (the rest of the file is UTF-8): fix or remove the damaged bytes", line)
		}
		var err error
		if s, err = decodeSingleByte(b); err != nil {
			return "", fmt.Errorf("invalid UTF-8 at line %d, and %w", line, err)
		}
	}
	// Whitespace in UTF-16 or after a byte order mark is empty too.
	if strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")) == "" {
		return "", errors.New("empty file")
	}
	if binaryText(s) {
		return "", errors.New("binary file (mostly control characters)")
	}
	s = bib.NFC(s)
	// Windows (CRLF) and classic Mac (CR) line ends become "\n": every
	// reader splits lines at "\n" alone, and the same text saved on
	// another system is the same source.
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if n := longestLine(s); n > maxLineSize {
		return "", fmt.Errorf("a line of %d MiB: longer than the %d MiB ibid reads", n>>20, maxLineSize>>20)
	}
	return s, nil
}

// utf8Damage counts the valid multi-byte UTF-8 sequences and the bytes
// that are not UTF-8, and gives the line of the first such byte.
func utf8Damage(b []byte) (line, valid, invalid int) {
	line = 1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\n' && invalid == 0 {
				line++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return line, valid, invalid
}

// utf16Order tells UTF-16 saved without a byte order mark by where its
// NUL bytes fall: the high byte of every ASCII character is NUL, so in text
// one byte of each pair is often NUL and the other almost never. It
// reports whether the text is UTF-16, and whether little-endian.
func utf16Order(b []byte) (le, ok bool) {
	n := min(len(b), 1<<16) &^ 1
	pairs, evenNUL, oddNUL := n/2, 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	switch {
	case len(b)%2 != 0 || pairs == 0:
		return false, false
	case oddNUL*10 >= pairs && evenNUL*100 <= pairs:
		return true, true
	case evenNUL*10 >= pairs && oddNUL*100 <= pairs:
		return false, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 without its byte order mark straight into
// UTF-8, with no intermediate copies.
func decodeUTF16(b []byte, le bool) (string, error) {
	order := unicodeenc.BigEndian
	if le {
		order = unicodeenc.LittleEndian
	}
	out, err := unicodeenc.UTF16(order, unicodeenc.IgnoreBOM).NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("UTF-16: %w", err)
	}
	return string(out), nil
}

// decodeSingleByte decodes text that is not UTF-8 as Windows-1251 or
// KOI8-R, whichever gives more lower-case Cyrillic letters (Russian prose
// is mostly lower case; the wrong table swaps the cases), else as
// Windows-1252 when the text is mostly ASCII with a few accented letters,
// quotes and dashes (an English or French article saved on Windows).
// The tables are tried on the first 256 KiB; the winner decodes the whole.
func decodeSingleByte(b []byte) (string, error) {
	sample := b[:min(len(b), 256<<10)]
	var best *charmap.Charmap
	bestScore := 0
	for _, cm := range []*charmap.Charmap{charmap.Windows1251, charmap.KOI8R} {
		s, err := cm.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		lower, upper, letters := 0, 0, 0
		for _, r := range string(s) {
			if unicode.IsLetter(r) {
				letters++
			}
			if unicode.Is(unicode.Cyrillic, r) {
				if unicode.IsLower(r) {
					lower++
				} else {
					upper++
				}
			}
		}
		// Cyrillic text read with the right table is mostly Cyrillic
		// letters, mostly lower case; Latin-1 or binary read as Cyrillic is not.
		if lower > upper && (lower+upper)*3 > letters && lower > bestScore {
			best, bestScore = cm, lower
		}
	}
	if best == nil && western(sample) {
		best = charmap.Windows1252
	}
	if best == nil {
		return "", errors.New("not Windows-1251, KOI8-R or Windows-1252 text")
	}
	out, err := best.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// western reports text that reads as Windows-1252: every byte defined in
// that table, and at most one in ten outside ASCII (binary is about half).
func western(b []byte) bool {
	high := 0
	for _, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*10 <= len(b)
}

// binaryText reports text whose share of control characters no document has.
func binaryText(s string) bool {
	ctrl, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			ctrl++
		}
		if n >= 65536 {
			break
		}
	}
	return n > 0 && ctrl*10 > n
}

func longestLine(s string) int {
	longest, cur := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			cur = 0
			continue
		}
		cur++
		if cur > longest {
			longest = cur
		}
	}
	return longest
}
