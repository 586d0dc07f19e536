import Foundation
import SiftCore
import SiftEntities
import Testing

/// List files: TSV and JSON Lines parsing, malformed lines named by file and line, empty lists,
/// duplicates, streaming in small chunks.
@Suite struct GazetteerLoadingTests {
    /// A gazetteer over one list file with `content` named `name`.
    static func gazetteer(_ content: String, name: String = "list.tsv", labels: [String] = Gazetteer.newsLabels, chunkSize: Int = 1 << 20) throws -> Gazetteer {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write(content, to: name, in: folder)
        return try Gazetteer(lists: [GazetteerListOptions(path: name)], labels: labels, context: StageContext(baseDirectory: folder), chunkSize: chunkSize)
    }

    static func entities(_ text: String, _ gazetteer: Gazetteer) throws -> [String] {
        let document = try GazetteerFixture.document(text)
        let documentText = try document.requireText()
        return try gazetteer.entities(in: documentText, tokens: document.require(TokensLayer.self).items, sentences: document.require(SentencesLayer.self).items)
            .map { "\(documentText.substring($0.span))|\($0.label)|\($0.id)" }
    }

    static func error(_ content: String, name: String = "list.tsv") -> String {
        GazetteerFixture.setupError { _ = try gazetteer(content, name: name) }.map { "\($0.option): \($0.message)" } ?? "no error"
    }

    @Test func tsvWithCommentsBlankLinesAliasesAndDefaultLabel() throws {
        let gazetteer = try Self.gazetteer("\u{FEFF}# places\r\n\r\n  Kyiv \t GPE\tQ1899\tKiev\t\tKyjiw\r\nEiffel Tower\t\tQ243\n")
        #expect(gazetteer.statistics[0].entries == 2)
        #expect(gazetteer.statistics[0].names == 4)
        #expect(try Self.entities("Kiev, Kyjiw and the Eiffel Tower.", gazetteer) == ["Kiev|GPE|Q1899", "Kyjiw|GPE|Q1899", "Eiffel Tower|MISC|Q243"])
    }

    @Test func jsonLines() throws {
        let gazetteer = try Self.gazetteer("""
            {"name": "Sergey Lavrov", "label": "PERSON", "id": "Q190629", "aliases": ["Lavrov", ""], "score": 0.9}
            # a comment
            {"name": "Moscow", "id": 649}
            {"name": "Kremlin", "label": null, "id": "Q42861"}
            """, name: "people.jsonl")
        #expect(gazetteer.statistics[0].entries == 3)
        #expect(try Self.entities("Lavrov left Moscow for the Kremlin.", gazetteer) == ["Lavrov|PERSON|Q190629", "Moscow|MISC|649", "Kremlin|MISC|Q42861"])
    }

    @Test(arguments: [
        ("Kyiv\tGPE\tQ1\nLviv\tGPE\n", "lists[0].path: list.tsv:2: expected at least 3 tab-separated columns (name, label, id), found 2"),
        ("Kyiv\tCITY\tQ1\n", "lists[0].path: list.tsv:1: label 'CITY' is not one of PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, MISC (set the stage's 'labels' option to allow it)"),
        ("# c\n\t GPE\tQ1\n", "lists[0].path: list.tsv:2: the name (column 1) is empty"),
        ("Kyiv\tGPE\t \n", "lists[0].path: list.tsv:1: the id (column 3) is empty"),
        ("Kyiv\tGPE\tQ1\t\u{200B}\n", "lists[0].path: list.tsv:1: a name has no token (only spaces or invisible characters)"),
    ])
    func malformedTSVLinesNameFileAndLine(content: String, message: String) {
        #expect(Self.error(content) == message)
    }

    @Test(arguments: [
        ("{\"name\": \"Kyiv\", \"id\": \"Q1\"}\n{\"name\": \"Lviv\", \"id\": \n", "lists[0].path: list.jsonl:2: invalid JSON at column"),
        ("[\"Kyiv\"]\n", "lists[0].path: list.jsonl:1: expected a JSON object with \"name\", \"label\" and \"id\", got an array"),
        ("{\"name\": \"Kyiv\"}\n", "lists[0].path: list.jsonl:1: \"id\" must be a non-empty string or an integer, got nothing"),
        ("{\"name\": \"\", \"id\": \"Q1\"}\n", "lists[0].path: list.jsonl:1: \"name\" must be a non-empty string"),
        ("{\"name\": \"Kyiv\", \"id\": \"Q1\", \"aliases\": [1]}\n", "lists[0].path: list.jsonl:1: \"aliases\"[0] must be a string, got 1"),
        ("{\"name\": \"Kyiv\", \"id\": \"Q1\", \"label\": \"TOWN\"}\n", "lists[0].path: list.jsonl:1: label 'TOWN' is not one of"),
    ])
    func malformedJSONLinesNameFileAndLine(content: String, message: String) {
        #expect(Self.error(content, name: "list.jsonl").hasPrefix(message), "\(Self.error(content, name: "list.jsonl"))")
    }

    @Test func invalidUTF8IsAnError() throws {
        let folder = try GazetteerFixture.folder()
        try Data([0x4B, 0x79, 0xFF, 0x09, 0x47, 0x50, 0x45, 0x09, 0x51, 0x31, 0x0A]).write(to: URL(fileURLWithPath: folder + "/bad.tsv"))
        let error = GazetteerFixture.setupError {
            _ = try Gazetteer(lists: [GazetteerListOptions(path: "bad.tsv")], context: StageContext(baseDirectory: folder))
        }
        #expect(error?.message == "bad.tsv:1: column 1 is not valid UTF-8")
    }

    @Test func missingFileNamesWhereItLooked() {
        let error = GazetteerFixture.setupError {
            _ = try Gazetteer(lists: [GazetteerListOptions(path: "nowhere.tsv")], context: StageContext(baseDirectory: "/tmp/no-such-folder"))
        }
        #expect(error?.option == "lists[0].path")
        #expect(error?.message.hasPrefix("cannot open 'nowhere.tsv' (looked for /tmp/no-such-folder/nowhere.tsv)") == true)
    }

    @Test func emptyListsWork() throws {
        for content in ["", "# nothing yet\n\n"] {
            let gazetteer = try Self.gazetteer(content)
            #expect(gazetteer.statistics[0].entries == 0)
            #expect(try Self.entities("Kyiv is big.", gazetteer).isEmpty)
        }
        let none = try GazetteerStage(lists: [])
        var document = try GazetteerFixture.document("Kyiv is big.")
        try none.process(&document)
        #expect(try document.require(EntitiesLayer.self).items.isEmpty)
    }

    @Test func duplicatesKeepTheFirstEntryAndAreCounted() throws {
        let gazetteer = try Self.gazetteer("Georgia\tGPE\tQ230\nGeorgia\tGPE\tQ230\nGEORGIA\tGPE\tQ1428\nGeorgia\tPERSON\tQ230\n")
        let statistics = gazetteer.statistics[0]
        #expect(statistics.names == 1)
        #expect(statistics.duplicates == 1)
        #expect(statistics.conflicts == 2)
        #expect(statistics.firstConflict == "list.tsv:3")
        #expect(try Self.entities("Georgia voted.", gazetteer) == ["Georgia|GPE|Q230"])
    }

    @Test func repeatedLinesDoNotGrowTheTables() throws {
        var lines = ""
        for index in 0..<300 { lines += "Name \(index)\tGPE\tQ\(index)\tOther \(index)\n" }
        let once = try Self.gazetteer(lines)
        let repeated = try Self.gazetteer(String(repeating: lines, count: 20))
        #expect(repeated.statistics[0].entries == 6000)
        #expect(repeated.statistics[0].duplicates == 19 * 600)
        #expect(repeated.byteCount == once.byteCount, "memory follows distinct entries, not lines")
    }

    @Test func customLabelSets() throws {
        let gazetteer = try Self.gazetteer("Kyiv\tCITY\tQ1899\n", labels: ["CITY", "MISC"])
        #expect(try Self.entities("In Kyiv.", gazetteer) == ["Kyiv|CITY|Q1899"])
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func streamingInSmallChunksGivesTheSameResult(chunkSize: Int) throws {
        var lines = "# header line that spans several chunks\n"
        for index in 0..<200 { lines += "Place\(index) Name\tGPE\tQ\(index)\tAlias \(index)\r\n" }
        lines += "Last Place\tLOC\tQ-last"  // no final line break
        let gazetteer = try Self.gazetteer(lines, chunkSize: chunkSize)
        #expect(gazetteer.statistics[0].entries == 201)
        #expect(gazetteer.statistics[0].names == 401)
        #expect(try Self.entities("From Place17 Name to Alias 199 and Last Place.", gazetteer)
                == ["Place17 Name|GPE|Q17", "Alias 199|GPE|Q199", "Last Place|LOC|Q-last"])
    }

    @Test func errorsInLaterChunksKeepTheirLineNumbers() {
        var lines = ""
        for index in 0..<50 { lines += "Name \(index)\tGPE\tQ\(index)\n" }
        lines += "Broken line\n"
        let error = GazetteerFixture.setupError { _ = try Self.gazetteer(lines, chunkSize: 5) }
        #expect(error?.message == "list.tsv:51: expected at least 3 tab-separated columns (name, label, id), found 1")
    }

    @Test func overlongLinesAreRefusedNotBuffered() throws {
        let folder = try GazetteerFixture.folder()
        try String(repeating: "x", count: (1 << 20) + 10).write(toFile: folder + "/long.tsv", atomically: true, encoding: .utf8)
        let error = GazetteerFixture.setupError {
            _ = try Gazetteer(lists: [GazetteerListOptions(path: "long.tsv")], context: StageContext(baseDirectory: folder), chunkSize: 4096)
        }
        #expect(error?.message == "long.tsv:1: line is longer than 1048576 bytes")
    }
}
