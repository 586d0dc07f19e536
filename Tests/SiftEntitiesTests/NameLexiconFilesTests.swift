import Foundation
import Testing
@testable import SiftEntities

/// The word lists compiled into SiftEntities are copies of `Config/lexicons/names/*.txt`: this test
/// fails when they differ, and rewrites the Swift copies when `SIFT_WRITE_NAME_LEXICONS=1` is set:
///
///     SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests
@Suite struct NameLexiconFilesTests {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Config/lexicons/names")

    /// Lists whose entries are single words (packed several to a line in the Swift copy).
    static let wordLists: Set<NameWordList> = [.titleModifiers, .particles, .functionWords, .nonNames, .givenNames, .commonWords]
    /// Lists kept in their own Swift file because of their size.
    static let largeLists: [NameWordList: String] = [.givenNames: "GivenNames", .commonWords: "CommonWords"]

    static func fileText(_ list: NameWordList) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(list.fileName), encoding: .utf8)
    }

    @Test func builtInListsMatchTheFiles() throws {
        if ProcessInfo.processInfo.environment["SIFT_WRITE_NAME_LEXICONS"] == "1" { try Self.writeSwiftCopies() }
        for list in NameWordList.allCases {
            let file = NameWordList.entries(of: try Self.fileText(list))
            let builtIn = NameWordList.entries(of: NameLexiconBuiltins.texts[list] ?? "")
            if Self.wordLists.contains(list) {
                #expect(file.flatMap { $0 } == builtIn.flatMap { $0 },
                        "\(list.fileName) differs from its built-in copy: run SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests")
            } else {
                #expect(file == builtIn,
                        "\(list.fileName) differs from its built-in copy: run SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests")
            }
        }
    }

    @Test func shippedListsParse() throws {
        let lexicon = try NameLexicon(directory: Self.folder.path)
        #expect(lexicon.titles.containsWord("president"))
        #expect(lexicon.heads["Ministry"] == NameHead(label: "ORG", standalone: false))
        #expect(lexicon.heads["Congress"] == NameHead(label: "ORG", standalone: true))
        #expect(lexicon.givenNames.count > 2_000)
        #expect(lexicon.commonWords.count > 10_000)
        #expect(lexicon.isClearGivenName("vladimir") && !lexicon.isClearGivenName("will"))
    }

    static func swiftLiteral(_ list: NameWordList) throws -> String {
        let entries = NameWordList.entries(of: try fileText(list))
        var lines: [String] = []
        if wordLists.contains(list) {
            var line = ""
            for word in entries.flatMap({ $0 }) {
                if !line.isEmpty && line.count + 1 + word.count > 100 {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? word : " " + word
            }
            if !line.isEmpty { lines.append(line) }
        } else {
            lines = entries.map { $0.joined(separator: " ") }
        }
        let name = propertyName(list)
        return "    static let \(name) = #\"\"\"\n" + lines.map { "        " + $0 + "\n" }.joined() + "        \"\"\"#\n"
    }

    static func propertyName(_ list: NameWordList) -> String { "\(list)" }

    static func writeSwiftCopies() throws {
        let header = """
            // Generated from Config/lexicons/names/ (see those files for provenance and licences) by
            // Tests/SiftEntitiesTests/NameLexiconFilesTests.swift. Do not edit: change the .txt file, then run
            // `SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests`.


            """
        let sources = root.appendingPathComponent("Sources/SiftEntities")
        var main = header + """
            /// Built-in copies of the word lists in `Config/lexicons/names/`, so that the `names` stage works
            /// from any folder without a `lexicon_dir`.
            enum NameLexiconBuiltins {
                /// The text of each list (entries only; comments are in the files).
                static let texts: [NameWordList: String] = [

            """
        for list in NameWordList.allCases { main += "        .\(list): \(propertyName(list)),\n" }
        main += "    ]\n\n"
        for list in NameWordList.allCases where largeLists[list] == nil { main += try swiftLiteral(list) + "\n" }
        main.removeLast()
        main += "}\n"
        try main.write(to: sources.appendingPathComponent("NameLexiconBuiltins.swift"), atomically: true, encoding: .utf8)
        for (list, suffix) in largeLists {
            let text = header + "extension NameLexiconBuiltins {\n" + (try swiftLiteral(list)) + "}\n"
            try text.write(to: sources.appendingPathComponent("NameLexiconBuiltins+\(suffix).swift"), atomically: true, encoding: .utf8)
        }
    }
}
