package bib

import (
	"strconv"
	"strings"
)

// dropHostExtent clears the number of pages of a part printed with its
// host's extent: "Кафля // Беларуская энцыклапедыя … – 572 с. – С. 188–189"
// — 572 pages is the volume's size, not the entry's. A page count smaller
// than the part's first page is the part's own (an article numbered 968 of
// 19 pages) and stays.
func dropHostExtent(it *Item) {
	if it.ContainerTitle == "" || it.NumberOfPages == "" {
		return
	}
	extent, err := strconv.Atoi(strings.TrimSpace(it.NumberOfPages))
	if err != nil {
		return
	}
	if first := leadingNumber(it.Page); it.Page == "" || first > 0 && first <= extent {
		it.NumberOfPages = ""
	}
}

// leadingNumber is the number s starts with, or 0.
func leadingNumber(s string) int {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	n, _ := strconv.Atoi(s[:i])
	return n
}
