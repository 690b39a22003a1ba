// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Backstop",
    products: [
        .executable(name: "backstop", targets: ["backstop"]),
    ],
    targets: [
        // libgit2 is loaded with dlopen on first use (see Sources/Clibgit2/lazy.h), not linked.
        .systemLibrary(name: "Clibgit2", providers: [.apt(["libgit2-dev"])]),
        .target(name: "BackstopCore"),
        .target(name: "BackstopSystem"),
        .target(name: "BackstopGit", dependencies: ["Clibgit2", "BackstopCore", "BackstopSystem"]),
        .target(name: "BackstopWatch", dependencies: ["BackstopCore", "BackstopSystem"]),
        .target(name: "BackstopCLI", dependencies: ["BackstopCore", "BackstopGit", "BackstopWatch", "BackstopSystem"]),
        .executableTarget(name: "backstop", dependencies: ["BackstopCLI"]),
        // Benchmark probe for bench/snapshot.sh (long-lived-process snapshot timings); not a product.
        .executableTarget(name: "snapshot-probe", dependencies: ["BackstopGit", "BackstopCore", "BackstopSystem"]),
        .target(name: "BackstopTestSupport", path: "Tests/BackstopTestSupport"),
        .testTarget(name: "BackstopCoreTests", dependencies: ["BackstopCore"]),
        .testTarget(name: "BackstopWatchTests", dependencies: ["BackstopWatch", "BackstopCore", "BackstopSystem"]),
        .testTarget(name: "BackstopGitTests", dependencies: ["BackstopGit", "BackstopCore", "BackstopTestSupport"]),
        .testTarget(name: "BackstopCLITests", dependencies: ["BackstopCLI", "BackstopCore", "BackstopTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
