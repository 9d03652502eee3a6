import Foundation
import XCTest

/// Runs the built `newsroom` binary (a sibling of the test bundle in the build folder).
enum CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The build products folder holding the test bundle and the executables.
    static var productsFolder: URL {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    }

    /// The package root (where Package.swift is).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// Runs `newsroom args…` in the package root with standard input closed.
    static func newsroom(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        let binary = productsFolder.appendingPathComponent("newsroom")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("newsroom binary not found at \(binary.path); run `swift build` first")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently with the process so large output cannot deadlock.
        let errData = ReadBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.data, as: UTF8.self))
    }

    private final class ReadBox: @unchecked Sendable { var data = Data() }
    private final class BundleMarker {}
}
