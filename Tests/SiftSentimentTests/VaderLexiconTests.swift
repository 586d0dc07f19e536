import Foundation
import SiftCore
import SiftSentiment
import Testing

/// Lexicon files: the shipped copies, overrides and additions, other lexicons, and malformed files.
@Suite struct VaderLexiconTests {
    static let lexicons = VaderFixture.repositoryRoot.appendingPathComponent("Config/lexicons")

    /// The token and value columns of a lexicon file, line by line, as vaderSentiment reads them.
    static func columns(_ file: String) throws -> [String] {
        let text = try String(contentsOf: lexicons.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\r\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2).joined(separator: "\t") }
    }

    @Test func compiledInLexiconsEqualTheShippedFiles() throws {
        let valences = try Self.columns("vader_lexicon.txt")
        #expect(valences.count == 7520)
        let builtIn = VaderLexicon.builtIn
        #expect(builtIn.entryCount == 7506, "7,520 lines, 14 duplicated tokens")
        var expected: [String: Double] = [:]  // a duplicated token keeps its last value, as in vaderSentiment's dict
        for line in valences {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "\(line)")
            expected[String(fields[0])] = try #require(Double(String(fields[1])))
        }
        #expect(expected.count == builtIn.entryCount)
        for (token, valence) in expected {
            #expect(builtIn.valence(of: token) == valence, "\(token)")
        }
        let emoji = try Self.columns("emoji_utf8_lexicon.txt")
        #expect(emoji.count == 3570)
        #expect(SentimentTestSupport.score("😁").compound == SentimentTestSupport.score("beaming face with smiling eyes").compound)
    }

    @Test func extraLexiconsAddAndOverrideEntries() throws {
        let file = try SentimentTestSupport.temporaryFile("good\t-3.0\t0.5\t[-3, -3]\nsift\t3.1\n")
        let stage = try SentimentTestSupport.stage(.init(extraLexicons: [file.name], explain: false), folder: file.folder)
        #expect(stage.scorer.lexicon.valence(of: "good") == -3.0)
        #expect(stage.scorer.lexicon.valence(of: "sift") == 3.1)
        #expect(stage.scorer.lexicon.valence(of: "great") == 3.1, "other entries stay")
        #expect(SentimentTestSupport.score("The food was good.", scorer: stage.scorer).compound < 0)
        #expect(SentimentTestSupport.score("Sift is here.", scorer: stage.scorer).compound > 0)

        let later = try SentimentTestSupport.temporaryFile("good\t1.0\n", name: "later.txt")
        try FileManager.default.copyItem(atPath: later.folder + "/later.txt", toPath: file.folder + "/later.txt")
        let both = try SentimentTestSupport.stage(.init(extraLexicons: [file.name, "later.txt"]), folder: file.folder)
        #expect(both.scorer.lexicon.valence(of: "good") == 1.0, "later files override earlier ones")
    }

    @Test func anotherLexiconReplacesVaders() throws {
        let file = try SentimentTestSupport.temporaryFile("sift\t2.0\r\nGreat\t3.0\r\n\r\n")
        let stage = try SentimentTestSupport.stage(.init(lexicon: file.name), folder: file.folder)
        #expect(stage.scorer.lexicon.entryCount == 2)
        #expect(SentimentTestSupport.score("good", scorer: stage.scorer).compound == 0, "VADER's entries are gone")
        #expect(SentimentTestSupport.score("SIFT", scorer: stage.scorer).compound > 0, "words are lower-cased, CRLF lines work")
        #expect(SentimentTestSupport.score("Great", scorer: stage.scorer).compound == 0, "a capitalised entry never matches, as in VADER")
    }

    @Test func customEmojiLexicon() throws {
        let file = try SentimentTestSupport.temporaryFile("☃\thappy snowman\n🏳️‍🌈\tnever used\n")
        let stage = try SentimentTestSupport.stage(.init(emojiLexicon: file.name), folder: file.folder)
        #expect(SentimentTestSupport.score("☃", scorer: stage.scorer).compound > 0)
        #expect(SentimentTestSupport.score("😁", scorer: stage.scorer).compound == 0, "VADER's emoji are gone")
    }

    @Test(arguments: [
        ("good\t1.9\nbad -2.5\n", "lexicon.txt:2: expected TOKEN<TAB>VALUE, got 'bad -2.5'"),
        ("good\t1.9\n\nbad\tvery\n", "lexicon.txt:3: the value of 'bad' is not a decimal number"),
        ("good\tnan\n", "lexicon.txt:1: the value of 'good' is not a decimal number"),
        ("good\t1e9\n", "lexicon.txt:1: the value of 'good' is not a decimal number"),
        ("good\t\t1.9\n", "lexicon.txt:1: the value of 'good' is not a decimal number"),
    ])
    func malformedLinesNameFileAndLine(contents: String, message: String) throws {
        let file = try SentimentTestSupport.temporaryFile(contents)
        let error = #expect(throws: StageSetupError.self) {
            try SentimentTestSupport.stage(.init(extraLexicons: [file.name]), folder: file.folder)
        }
        #expect(error?.option == "extra_lexicons")
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func invalidUTF8AndMissingFilesAreSetupErrors() throws {
        let file = try SentimentTestSupport.temporaryFile([0x67, 0x6F, 0x6F, 0x64, 0x09, 0x31, 0x0A, 0x62, 0xFF, 0x09, 0x31, 0x0A])
        let invalid = #expect(throws: StageSetupError.self) {
            try SentimentTestSupport.stage(.init(lexicon: file.name), folder: file.folder)
        }
        #expect(invalid?.option == "lexicon")
        #expect(invalid?.message == "lexicon.txt:2: the file is not valid UTF-8")
        let missing = #expect(throws: StageSetupError.self) {
            try SentimentTestSupport.stage(.init(emojiLexicon: "nowhere.txt"), folder: file.folder)
        }
        #expect(missing?.option == "emoji_lexicon")
        #expect(missing?.message.contains("'nowhere.txt' does not exist") == true)
        let method = #expect(throws: StageSetupError.self) { try SentimentTestSupport.stage(.init(documentScore: "median")) }
        #expect(method?.option == "document_score")
    }
}
