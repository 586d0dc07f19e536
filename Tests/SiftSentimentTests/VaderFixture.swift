import Foundation
import SiftJSON

/// The VADER parity fixture (`Fixtures/vader_parity.jsonl`, made by `Tools/sentiment/make_fixture.py`):
/// sentences with vaderSentiment 3.3.2's scores. Sentences from `../shared/corpora` are stored as references
/// and read from there when it is present.
struct VaderFixture {
    struct Case {
        var id: String
        /// The sentence, or nil when it comes from a shared corpus that is not available.
        var text: String?
        /// The sentence's FNV-1a 64 fingerprint, 16 hex digits (shared-corpus cases only).
        var fingerprint: String?
        var compound: Double
        var pos: Double
        var neu: Double
        var neg: Double
    }

    var cases: [Case] = []
    /// Whether `../shared/corpora` was found.
    var sharedAvailable = false

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedCorpora = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora")

    /// Loads the fixture, resolving shared-corpus references.
    static func load() throws -> VaderFixture {
        let url = repositoryRoot.appendingPathComponent("Tests/SiftSentimentTests/Fixtures/vader_parity.jsonl")
        let data = try Data(contentsOf: url)
        var fixture = VaderFixture()
        var corpora = SharedTexts(root: sharedCorpora)
        fixture.sharedAvailable = FileManager.default.fileExists(atPath: sharedCorpora.path)
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try JSONParser().parse(line).objectValue, let id = object["id"]?.stringValue else { continue }
            var text = object["text"]?.stringValue
            if text == nil, let source = object["source"]?.objectValue {
                text = corpora.text(file: source["file"]?.stringValue ?? "", docID: source["doc_id"]?.stringValue,
                                    start: source["start"]?.intValue ?? 0, end: source["end"]?.intValue ?? 0)
            }
            fixture.cases.append(Case(
                id: id, text: text, fingerprint: object["fnv1a64"]?.stringValue,
                compound: object["compound"]?.doubleValue ?? .nan, pos: object["pos"]?.doubleValue ?? .nan,
                neu: object["neu"]?.doubleValue ?? .nan, neg: object["neg"]?.doubleValue ?? .nan))
        }
        return fixture
    }
}

/// FNV-1a (64-bit) of a string's UTF-8, as `make_fixture.py` writes it.
func fingerprint(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

/// Texts of `../shared/corpora` files, read once, sliced by code-point offsets like Python's `text[start:end]`.
struct SharedTexts {
    let root: URL
    private var documents: [String: [String: [Unicode.Scalar]]] = [:]

    init(root: URL) { self.root = root }

    mutating func text(file: String, docID: String?, start: Int, end: Int) -> String? {
        if documents[file] == nil { documents[file] = load(file) }
        guard let scalars = documents[file]?[docID ?? ""], start >= 0, start <= end, end <= scalars.count else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    /// doc_id → text for a JSON Lines corpus; "" → text for a plain-text file.
    private func load(_ file: String) -> [String: [Unicode.Scalar]] {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else { return [:] }
        guard file.hasSuffix(".jsonl") else { return ["": Array(String(decoding: data, as: UTF8.self).unicodeScalars)] }
        var texts: [String: [Unicode.Scalar]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONParser().parse(line).objectValue, let id = object["doc_id"]?.stringValue,
                  let text = object["text"]?.stringValue else { continue }
            texts[id] = Array(text.unicodeScalars)
        }
        return texts
    }
}
