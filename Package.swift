// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "newsroom",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsroom", targets: ["newsroom"]),
        .library(name: "NewsroomKit", targets: ["NewsroomKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Model layer: articles, loaders, annotators, library. No terminal, no C.
        .target(
            name: "NewsroomKit",
            resources: [.copy("../../Resources")],
            swiftSettings: strict
        ),
        // Terminal-free UI: state, actions, layout, pure rendering into a Screen.
        .target(
            name: "NewsroomUI",
            dependencies: ["NewsroomKit"],
            swiftSettings: strict
        ),
        // The one C target: ncursesw plus a shim for macros and globals.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Copies a Screen to ncurses and turns keys, mouse and resizes into events.
        .target(
            name: "NewsroomCurses",
            dependencies: ["CNcursesw", "NewsroomUI"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsroomKit", "NewsroomUI", "NewsroomCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Developer tools: training and data derivation, evaluation on gold data, benchmarks.
        .executableTarget(
            name: "newsroom-train",
            dependencies: ["NewsroomKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsroom-eval",
            dependencies: ["NewsroomKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsroom-bench",
            dependencies: ["NewsroomKit", "NewsroomUI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsroomKitTests",
            dependencies: ["NewsroomKit"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsroomUITests",
            dependencies: ["NewsroomUI", "NewsroomKit"],
            exclude: ["Snapshots"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["NewsroomKit"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
