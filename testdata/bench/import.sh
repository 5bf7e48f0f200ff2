#!/bin/sh
# Import throughput and memory, the figures of README's "Measured" table:
# storing parsed references, the whole import of 100,000 references in
# generated articles, and the peak memory of the real program importing
# 1,000,000 references. Run from the repository root:
#   sh testdata/bench/import.sh
# The load average is printed before and after: the figures are only worth
# comparing when it is low (below 1 on the project's 2-core machine).
set -eu
uptime
go test ./store -run XXX -bench 'Import/|ImportInto' -benchtime 3x
go test ./cmd/ibid -run XXX -bench ImportArticles -benchtime 3x
go test ./cmd/ibid -run 'TestImportAtScale$' -scale-refs 1000000 -timeout 60m -v
uptime
