// Command ibid reads reference lists from articles into a SQLite library,
// repairs and resolves them, and writes BibTeX, CSL-JSON, RIS and GOST lists.
package main

import "os"

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }
