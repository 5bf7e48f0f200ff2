#!/bin/sh
# Import throughput and memory, the figures of README's "Measured" table:
# storing parsed references, the whole import of 100,000 references in
# generated articles, a BibTeX file of 50,000 entries, and the peak memory
# of the real program importing 1,000,000 references. Run from the
# repository root:
#   sh testdata/bench/import.sh
# The load average is printed before and after: the rates are only worth
# comparing when it is low (below 1 on the project's 2-core machine); the
# CPU time per reference (cpu-µs/ref) varies less with it.
set -eu
uptime
go test ./store -run XXX -bench '^BenchmarkImport$|ImportInto' -benchtime 3x
go test ./cmd/ibid -run XXX -bench ImportArticles -benchtime 3x
go test ./cmd/ibid -run XXX -bench ImportBibTeX -benchtime 2x
go test ./cmd/ibid -run 'TestImportAtScale$' -scale-refs 1000000 -timeout 60m -v
uptime
