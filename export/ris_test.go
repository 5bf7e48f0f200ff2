package export

import (
	"bytes"
	"testing"
)

func TestRISGolden(t *testing.T) {
	var b bytes.Buffer
	if err := RIS(&b, corpus(t), Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "ris.golden", b.Bytes())
}
