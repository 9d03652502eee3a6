import Foundation

// libFuzzer entry point for all newsroom fuzz targets. The target is chosen by the
// environment variable NEWSROOM_FUZZ_TARGET (see scripts/fuzz.sh); each target lives in
// Fuzz/Harnesses/<Target>.swift and its seed corpus in Fuzz/corpus/<target>/.

/// Every fuzz target by name.
let fuzzTargets: [String: @Sendable (Data) -> Void] = [
    "txt": { FuzzLoader.run($0, path: "fuzz.txt") },
    "md": { FuzzLoader.run($0, path: "fuzz.md") },
    "json": { FuzzLoader.run($0, path: "fuzz.json") },
    "jsonl": { FuzzLoader.run($0, path: "fuzz.jsonl") },
    "csv": { FuzzLoader.run($0, path: "fuzz.csv") },
    "html": { FuzzLoader.run($0, path: "fuzz.html") },
    "feed": { FuzzLoader.run($0, path: "fuzz.xml") },
    "annotate": { FuzzAnnotate.run($0) },
]

let selectedTarget: @Sendable (Data) -> Void = {
    let name = ProcessInfo.processInfo.environment["NEWSROOM_FUZZ_TARGET"] ?? ""
    guard let target = fuzzTargets[name] else {
        FileHandle.standardError.write(Data("set NEWSROOM_FUZZ_TARGET to one of: \(fuzzTargets.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    selectedTarget(Data(bytes: bytes, count: count))
    return 0
}
