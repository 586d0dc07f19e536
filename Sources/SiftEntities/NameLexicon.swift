import Foundation
import SiftCore

/// What a head word says about the name it ends (`Ministry` → ORG, `River` → LOC).
struct NameHead: Sendable, Equatable {
    /// The entity label (`ORG`, `GPE`, `LOC`, `FAC`, `EVENT`).
    var label: String
    /// Whether the word names an institution on its own (`Congress`, `Parliament`).
    var standalone: Bool
    /// Whether the word is a company suffix that only ends a name, also after a comma (`Inc.`, `Ltd`).
    var suffix: Bool = false
}

/// The word lists of the name rules, loaded once when the stage is built and shared by all threads.
///
/// Lists come from a lexicon folder (`lexicon_dir`: any of the `NameWordList` files it holds replaces
/// the built-in list of that name) or from the built-in copies of `Config/lexicons/names/`, which
/// are compiled into the module so that a pipeline works from any folder.
struct NameLexicon: Sendable {
    var titles: NamePhraseTable
    var titleModifiers: Set<String>
    /// Head words, matched case-sensitively against the word as written (without a possessive).
    var heads: [String: NameHead]
    /// Words that open a name of a known kind, with its label (`San` → GPE), matched case-sensitively.
    var prefixes: [String: String]
    var particles: Set<String>
    var functionWords: Set<String>
    var nonNames: Set<String>
    var givenNames: Set<String>
    var commonWords: Set<String>

    /// The built-in lists.
    static let builtIn: NameLexicon = {
        do {
            return try NameLexicon(texts: NameLexiconBuiltins.texts)
        } catch {
            // The built-in texts are checked by tests (NameLexiconFilesTests); an empty list is the safe fallback.
            return NameLexicon(
                titles: NamePhraseTable(), titleModifiers: [], heads: [:], prefixes: [:], particles: [], functionWords: [],
                nonNames: [], givenNames: [], commonWords: [])
        }
    }()

    private init(
        titles: NamePhraseTable, titleModifiers: Set<String>, heads: [String: NameHead], prefixes: [String: String],
        particles: Set<String>,
        functionWords: Set<String>, nonNames: Set<String>, givenNames: Set<String>, commonWords: Set<String>
    ) {
        self.titles = titles
        self.titleModifiers = titleModifiers
        self.heads = heads
        self.prefixes = prefixes
        self.particles = particles
        self.functionWords = functionWords
        self.nonNames = nonNames
        self.givenNames = givenNames
        self.commonWords = commonWords
    }

    /// Parses the lists from their texts; a list missing from `texts` is empty.
    init(texts: [NameWordList: String]) throws(NameWordListError) {
        func words(_ list: NameWordList) -> [String] {
            NameWordList.entries(of: texts[list] ?? "").flatMap { $0 }
        }
        func keys(_ list: NameWordList) -> Set<String> { Set(words(list).map(\.nameKey)) }
        titles = NamePhraseTable(entries: NameWordList.entries(of: texts[.titles] ?? ""))
        titleModifiers = keys(.titleModifiers)
        particles = Set(words(.particles))
        functionWords = keys(.functionWords)
        nonNames = keys(.nonNames)
        givenNames = keys(.givenNames)
        commonWords = keys(.commonWords)
        var heads: [String: NameHead] = [:]
        for fields in NameWordList.entries(of: texts[.heads] ?? "") {
            guard fields.count >= 2, Self.headLabels.contains(fields[1]),
                fields.count == 2 || (fields.count == 3 && (fields[2] == "standalone" || fields[2] == "suffix"))
            else {
                throw NameWordListError(
                    list: .heads,
                    message: "'\(fields.joined(separator: " "))' is not `Word LABEL [standalone|suffix]` with LABEL one of \(Self.headLabels.sorted().joined(separator: ", "))")
            }
            let flag = fields.count == 3 ? fields[2] : ""
            heads[fields[0]] = NameHead(label: fields[1], standalone: flag == "standalone", suffix: flag == "suffix")
        }
        self.heads = heads
        var prefixTable: [String: String] = [:]
        for fields in NameWordList.entries(of: texts[.prefixes] ?? "") {
            guard fields.count == 2, Self.prefixLabels.contains(fields[1]) else {
                throw NameWordListError(
                    list: .prefixes,
                    message: "'\(fields.joined(separator: " "))' is not `Word LABEL` with LABEL one of \(Self.prefixLabels.sorted().joined(separator: ", "))")
            }
            prefixTable[fields[0]] = fields[1]
        }
        prefixes = prefixTable
    }

    /// The labels a prefix may give.
    static let prefixLabels: Set<String> = ["GPE", "LOC", "FAC", "EVENT"]

    /// The labels a head word may give.
    static let headLabels: Set<String> = ["ORG", "GPE", "LOC", "FAC", "EVENT"]

    /// The built-in lists, with every list file found in `directory` replacing its built-in version.
    init(directory: String) throws(StageSetupError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw StageSetupError(option: "lexicon_dir", message: "'\(directory)' is not a folder")
        }
        var texts = NameLexiconBuiltins.texts
        var found = 0
        for list in NameWordList.allCases {
            let path = directory.hasSuffix("/") ? directory + list.fileName : directory + "/" + list.fileName
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StageSetupError(option: "lexicon_dir", message: "cannot read '\(path)'")
            }
            texts[list] = String(decoding: data, as: UTF8.self)
            found += 1
        }
        guard found > 0 else {
            let names = NameWordList.allCases.map(\.fileName).joined(separator: ", ")
            throw StageSetupError(option: "lexicon_dir", message: "'\(directory)' holds none of the list files (\(names))")
        }
        do {
            try self.init(texts: texts)
        } catch {
            throw StageSetupError(option: "lexicon_dir", message: "\(error.list.fileName): \(error.message)")
        }
    }

    /// Whether the folded word is a given name that is neither a common English word nor a non-name
    /// (`Vladimir`; not `Will`, not `August`).
    func isClearGivenName(_ key: String) -> Bool {
        givenNames.contains(key) && !commonWords.contains(key) && !nonNames.contains(key)
    }
}
