// swift-tools-version: 6.0
import PackageDescription

/// Sift: a plugin-based NLP pipeline framework for web text.
///
/// Dependencies point one way: SiftJSON ← SiftCore ← (SiftConfig, stage modules) ← SiftRuntime ← SiftIO ← SiftCLI.
/// The core knows no concrete stage; built-in stages are listed once, in SiftBuiltins.
let package = Package(
    name: "sift",
    products: [
        .executable(name: "pipeline", targets: ["SiftCLI"]),
        .library(name: "SiftCore", targets: ["SiftCore"]),
        .library(name: "SiftRuntime", targets: ["SiftRuntime"]),
        .library(name: "SiftTesting", targets: ["SiftTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C shims: public headers use plain C types only (no ICU or libxml2 parser headers leak into Swift).
        .target(
            name: "CSiftICU",
            path: "Sources/CSiftICU",
            
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "CSiftLibXML2",
            path: "Sources/CSiftLibXML2",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(
            name: "CSiftArchive",
            path: "Sources/CSiftArchive",
            linkerSettings: [.linkedLibrary("archive"), .linkedLibrary("z"), .linkedLibrary("isal")]
        ),

        .target(name: "SiftJSON"),
        .target(name: "SiftCore", dependencies: ["SiftJSON"]),
        .target(name: "SiftConfig", dependencies: ["SiftJSON"]),
        .target(name: "SiftRuntime", dependencies: ["SiftCore", "SiftConfig", "SiftJSON"]),
        .target(name: "SiftIO", dependencies: ["SiftCore", "SiftConfig", "SiftJSON", "CSiftArchive", "CSiftICU"]),
        .target(name: "SiftEvaluation", dependencies: ["SiftCore", "SiftJSON"]),
        // `pipeline report`: results (JSON Lines) → one self-contained HTML page.
        .target(name: "SiftReport", dependencies: ["SiftJSON"]),

        // Stage families: each depends on the core only (and its C shim).
        .target(name: "SiftHTML", dependencies: ["SiftCore", "CSiftLibXML2", "CSiftICU"]),
        .target(name: "SiftText", dependencies: ["SiftCore", "CSiftICU"]),
        .target(name: "SiftEntities", dependencies: ["SiftCore", "SiftJSON", "CSiftICU"]),
        .target(name: "SiftSentiment", dependencies: ["SiftCore", "SiftJSON"]),

        // MARK: Custom stages (Plugins/): plugin targets, the plugin registry and the stage-author test kit live here.

        // Process stages: any executable speaking the process protocol, started without a shell.
        .target(name: "CSiftSpawn", path: "Sources/CSiftSpawn"),
        .target(name: "SiftProcessStage", dependencies: ["SiftCore", "SiftJSON", "CSiftSpawn"]),

        // Swift stage plugins, one folder each (Plugins/Stages/<Name>/: Sources, Tests, README.md), with explicit
        // paths because SwiftPM reserves Plugins/ for package plugins. `pipeline new-stage NAME` adds the two lines.
        .target(name: "QuotesPlugin", dependencies: ["SiftCore", "SiftJSON"], path: "Plugins/Stages/Quotes/Sources"),
        .testTarget(name: "QuotesPluginTests", dependencies: ["QuotesPlugin", "SiftTesting", "SiftCore", "SiftJSON"], path: "Plugins/Stages/Quotes/Tests"),
        .target(name: "KeywordsPlugin", dependencies: ["SiftCore", "SiftJSON"], path: "Plugins/Stages/Keywords/Sources"),
        .testTarget(name: "KeywordsPluginTests", dependencies: ["KeywordsPlugin", "SiftTesting", "SiftCore", "SiftJSON"], path: "Plugins/Stages/Keywords/Tests"),
        // new-stage: plugin targets go above this line.

        // The one list of plugin stages (Sources/SiftPlugins/PluginStages.swift), registered by SiftBuiltins.
        .target(name: "SiftPlugins", dependencies: [
            "SiftCore",
            "QuotesPlugin",
            "KeywordsPlugin",
            // new-stage: plugin libraries go above this line.
        ]),
        // The test kit for stage authors (library product SiftTesting); the `new-stage` scaffolder.
        .target(name: "SiftTesting", dependencies: ["SiftCore", "SiftConfig", "SiftRuntime", "SiftIO", "SiftBuiltins", "SiftJSON"]),
        .target(name: "SiftScaffold"),
        .testTarget(name: "SiftProcessStageTests", dependencies: ["SiftProcessStage", "SiftTesting", "SiftBuiltins", "SiftRuntime", "SiftConfig", "SiftCore", "SiftJSON"]),
        .testTarget(name: "SiftPluginTests", dependencies: ["SiftPlugins", "SiftScaffold", "SiftTesting", "SiftBuiltins", "SiftRuntime", "SiftConfig", "SiftCore", "SiftJSON"]),

        // The one list of built-in stages.
        .target(name: "SiftBuiltins", dependencies: ["SiftRuntime", "SiftHTML", "SiftText", "SiftEntities", "SiftSentiment", "SiftProcessStage", "SiftPlugins"]),

        .executableTarget(
            name: "SiftCLI",
            dependencies: [
                "SiftCore", "SiftConfig", "SiftRuntime", "SiftIO", "SiftBuiltins", "SiftJSON", "SiftEvaluation", "SiftScaffold", "SiftReport",
                "SiftHTML", "SiftText", "SiftEntities", "SiftSentiment",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "SiftJSONTests", dependencies: ["SiftJSON"]),
        .testTarget(name: "SiftCoreTests", dependencies: ["SiftCore", "SiftJSON"]),
        .testTarget(name: "SiftRuntimeTests", dependencies: ["SiftRuntime", "SiftBuiltins", "SiftConfig", "SiftCore", "SiftJSON", "SiftIO"]),
        .testTarget(name: "SiftHTMLTests", dependencies: ["SiftHTML", "SiftCore"]),
        .testTarget(name: "SiftTextTests", dependencies: ["SiftText", "SiftCore", "SiftJSON"]),
        .testTarget(name: "SiftCLITests", dependencies: ["SiftJSON"]),
        .testTarget(name: "SiftIOTests", dependencies: ["SiftIO", "SiftConfig", "SiftCore", "SiftJSON", "CSiftArchive"], exclude: ["Fixtures"]),
        .testTarget(name: "SiftEntitiesTests", dependencies: ["SiftEntities", "SiftText", "SiftHTML", "SiftCore", "SiftJSON"]),
        .testTarget(name: "SiftSentimentTests", dependencies: ["SiftSentiment", "SiftText", "SiftHTML", "SiftCore", "SiftJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "SiftReportTests", dependencies: ["SiftReport", "SiftJSON", "SiftRuntime"]),
        .testTarget(name: "SiftEvaluationTests", dependencies: ["SiftEvaluation", "SiftText", "SiftCore", "SiftJSON"]),
    ]
)
