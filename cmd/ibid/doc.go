// cmd/ibid wires flags to calls: it owns files, the library path, the clock
// and all printing. Each command is one file, cmd_NAME.go, whose Action fills
// an options struct and calls runNAME, which is what tests call.
package main
