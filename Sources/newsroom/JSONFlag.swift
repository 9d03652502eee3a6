import ArgumentParser

/// `--json` and `--compact` for commands with JSON output.
struct JSONOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (see the JSON contract in README).")
    var json = false

    @Flag(name: .long, help: "With --json: one line instead of indented output.")
    var compact = false
}
