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
        .target(name: "BackstopGuard", dependencies: ["BackstopCore", "BackstopSystem", "BackstopGit", "BackstopWatch"]),
        .target(name: "BackstopCLI", dependencies: ["BackstopCore", "BackstopGit", "BackstopGuard"]),
        .executableTarget(name: "backstop", dependencies: ["BackstopCLI"]),
        // A tool, not a product: bench/snapshot.sh times a long-lived process's snapshots with it.
        .executableTarget(name: "snapshot-probe", dependencies: ["BackstopGit", "BackstopCore", "BackstopSystem"], path: "bench/snapshot-probe"),
        .target(name: "BackstopTestSupport", dependencies: ["BackstopCore", "BackstopSystem", "BackstopWatch"], path: "Tests/BackstopTestSupport"),
        .testTarget(name: "BackstopCoreTests", dependencies: ["BackstopCore", "BackstopTestSupport"]),
        .testTarget(name: "BackstopWatchTests", dependencies: ["BackstopWatch", "BackstopCore", "BackstopSystem"]),
        .testTarget(name: "BackstopGitTests", dependencies: ["BackstopGit", "BackstopCore", "BackstopSystem", "BackstopTestSupport"]),
        .testTarget(name: "BackstopGuardTests", dependencies: ["BackstopGuard", "BackstopGit", "BackstopCore", "BackstopWatch", "BackstopTestSupport"]),
        .testTarget(name: "BackstopCLITests", dependencies: ["BackstopCore", "BackstopTestSupport"]),
        // The built binary against real git, the kernel and the scenario suite; `swift test` builds it first.
        .testTarget(name: "IntegrationTests", dependencies: ["BackstopCore", "BackstopGit", "BackstopGuard", "BackstopSystem", "BackstopWatch", "BackstopTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
