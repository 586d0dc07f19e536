import Foundation
import SiftBuiltins
import SiftCore
import SiftPlugins
import Testing

/// The plugin list: every plugin folder is compiled in, registered like a built-in, and written
/// against the public stage API only.
@Suite struct PluginRegistryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var pluginFolders: [String] {
        let folder = root.appendingPathComponent("Plugins/Stages").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyPluginIsRegisteredLikeABuiltIn() {
        let registry = BuiltinStages.registry()
        for plugin in PluginStages.all {
            let entry = registry.entry(named: plugin.descriptor.id)
            #expect(entry != nil, "\(plugin.descriptor.id) is in PluginStages.all but not in the registry")
            for alias in plugin.descriptor.aliases { #expect(registry.entry(named: alias)?.descriptor.id == plugin.descriptor.id) }
        }
        #expect(registry.entry(named: "process")?.descriptor.id == "process.v1")
    }

    @Test func everyPluginFolderIsInThePackageAndTheList() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let list = try String(contentsOf: Self.root.appendingPathComponent("Sources/SiftPlugins/PluginStages.swift"), encoding: .utf8)
        #expect(Self.pluginFolders.count >= 2)
        for name in Self.pluginFolders {
            #expect(manifest.contains("path: \"Plugins/Stages/\(name)/Sources\""), "Package.swift has no target for Plugins/Stages/\(name)")
            #expect(manifest.contains("path: \"Plugins/Stages/\(name)/Tests\""), "Plugins/Stages/\(name) has no test target")
            #expect(list.contains("import \(name)Plugin"), "PluginStages.swift does not import \(name)Plugin")
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Plugins/Stages/\(name)/README.md").path), "\(name) has no README")
        }
    }

    /// Plugins prove the public API is enough: no `@testable`, no runtime, no other stage family.
    @Test(arguments: pluginFolders)
    func pluginsUseOnlyThePublicStageAPI(name: String) throws {
        let allowed: Set<String> = ["SiftCore", "SiftJSON", "Foundation"]
        let folder = Self.root.appendingPathComponent("Plugins/Stages/\(name)/Sources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in source.split(separator: "\n") where line.hasPrefix("import ") || line.contains("@testable") || line.contains("@_spi") {
                let module = line.split(separator: " ").last.map(String.init) ?? ""
                #expect(line.hasPrefix("import ") && allowed.contains(module), "\(name)/\(file): \(line)")
            }
        }
    }
}
