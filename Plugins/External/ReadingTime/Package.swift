// swift-tools-version: 6.0
import PackageDescription

/// A stage package living outside the Sift repository: it depends on Sift's `SiftCore` library product
/// (and on `SiftTesting` for its tests) and is linked into a custom build of the `pipeline` CLI as
/// described in docs/writing-a-stage.md, "Stages in another repository".
let package = Package(
    name: "sift-reading-time",
    products: [
        .library(name: "ReadingTime", targets: ["ReadingTime"]),
    ],
    dependencies: [
        // In a repository of your own: .package(name: "sift", url: "https://example.org/you/sift.git", from: "0.1.0").
        // Here: the Sift checkout this folder sits in (it doubles as the test of the instructions).
        .package(name: "sift", path: "../../.."),
    ],
    targets: [
        .target(name: "ReadingTime", dependencies: [.product(name: "SiftCore", package: "sift")]),
        .testTarget(name: "ReadingTimeTests", dependencies: ["ReadingTime", .product(name: "SiftTesting", package: "sift")]),
    ]
)
