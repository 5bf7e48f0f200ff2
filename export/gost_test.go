package export

import (
	"bytes"
	"testing"
)

func TestGOSTGolden(t *testing.T) {
	items := append(corpus(t), goldWorks(t)...)
	for _, style := range []string{"7.0.100-2018", "7.0.5-2008", "7.1-2003"} {
		t.Run(style, func(t *testing.T) {
			var b bytes.Buffer
			if err := GOST(&b, items, Options{Style: style}); err != nil {
				t.Fatal(err)
			}
			golden(t, "gost-"+style+".golden", b.Bytes())
		})
	}
}
