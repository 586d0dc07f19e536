import Foundation
import Testing
import SiftConfig
import SiftCore
@testable import SiftIO

@Suite(.enabled(if: TestPython.enabled, "needs SIFT_TEST_PYTHON (make test-venv); always runs in CI"))
struct ArchiveReaderTests {
    /// The pages as read from their folder: member path → bytes.
    func pages() throws -> [(String, [UInt8])] {
        let folder = try Fixtures.folder() + "/pages"
        return readAll(InputConfig(paths: [folder])).compactMap { item in item.document.map { ("pages/" + $0.id, $0.raw.bytes) } }
    }

    @Test(arguments: ["pages.tar", "pages.tar.gz", "pages.tgz", "pages.tar.bz2", "pages.tar.xz", "pages.tar.zst", "pages.zip", "pages.7z"])
    func everyArchiveFormatYieldsThePagesInOrder(name: String) throws {
        let expected = try pages()
        let path = try Fixtures.folder() + "/good/" + name
        let items = readAll(InputConfig(paths: [path]))
        #expect(items.count == expected.count)
        for (item, (member, bytes)) in zip(items, expected) {
            let document = try #require(item.document, "\(item.failure?.message ?? "")")
            #expect(document.id == member)
            #expect(document.source.path == path)
            #expect(document.source.member == member)
            #expect(document.raw.bytes == bytes)
        }
    }

    @Test(arguments: ["pages.jsonl", "pages.jsonl.gz", "pages.jsonl.zst"])
    func jsonLinesPlainOrCompressed(name: String) throws {
        let expected = try pages()
        let items = readAll(InputConfig(paths: [try Fixtures.folder() + "/good/" + name]))
        #expect(items.map(\.id) == expected.map(\.0))
        #expect(items.compactMap { $0.document?.raw.bytes } == expected.map(\.1))
    }

    @Test func memberGlobsChooseMembers() throws {
        let path = try Fixtures.folder() + "/good/pages.tar.gz"
        let first = try #require(try pages().first).0
        let pattern = "*" + first.suffix(12)
        let items = readAll(InputConfig(paths: [path], members: [pattern]))
        #expect(items.map(\.id) == [first])
        #expect(readAll(InputConfig(paths: [path], members: ["*.nothing"])).isEmpty)
    }

    @Test func membersOverTheSizeLimitAreRecordedNotRead() throws {
        let path = try Fixtures.folder() + "/good/pages.zip"
        let items = readAll(InputConfig(paths: [path], maxDocumentBytes: 1000))
        let expected = try pages().count
        #expect(items.count == expected)
        #expect(items.allSatisfy { $0.failure?.code == "too_large" && $0.failure?.source.member != nil })
        #expect(items.first?.failure?.message.contains("max_document_bytes") == true)
    }

    @Test func aDamagedZipMemberCostsThatMemberOnly() throws {
        let items = readAll(InputConfig(paths: [try Fixtures.folder() + "/faulty/damaged.zip"]))
        #expect(items.map(\.id) == ["p0.html", "p1.html", "p2.html", "p3.html"])
        #expect(items.map { $0.document != nil } == [true, false, true, true])
        #expect(items[1].failure?.code == "corrupt_data")
    }

    @Test func aTruncatedTarGzYieldsTheMembersBeforeTheCutThenOneError() throws {
        let items = readAll(InputConfig(paths: [try Fixtures.folder() + "/faulty/cut.tar.gz"]))
        #expect(items.count > 5)
        #expect(items.dropLast().allSatisfy { $0.document != nil })
        #expect(items.last?.failure?.code == "truncated")
        #expect(items.last?.failure?.message.contains("the rest of the archive cannot be read") == true)
    }

    @Test func junkUnderAnArchiveNameIsOneErrorRecord() throws {
        let items = readAll(InputConfig(paths: [try Fixtures.folder() + "/faulty/junk.tar"]))
        #expect(items.count == 1)
        #expect(items.first?.failure?.code == "corrupt_data")
    }

    @Test func aTruncatedJSONLinesGzipKeepsTheCompleteLines() throws {
        let items = readAll(InputConfig(paths: [try Fixtures.folder() + "/faulty/cut.jsonl.gz"]))
        #expect(items.count > 3)
        #expect(items.dropLast().allSatisfy { $0.document != nil })
        #expect(items.last?.failure?.code == "truncated")
    }
}
