#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The compiled form of a gazetteer on disk: its tables byte for byte, so that loading a million-entry
/// gazetteer is reading a file rather than compiling the lists again.
///
/// Layout: a 64-byte header — magic `SIFTGAZ\n`, format version, payload stride, the sources' key (see
/// `GazetteerCache.key`), the body's length and its `ContentDigest` — then the body: labels, lists,
/// per-list statistics, and each index's scalars and tables (element count, then raw little-endian
/// bytes). A file whose magic, version, key, length or digest differs is not used; the reader checks every
/// count against the bytes left before allocating, so a damaged file costs a rebuild, never a crash.
enum GazetteerCacheFile {
    static let magic: UInt64 = 0x0A5A_4147_5446_4953  // the bytes "SIFTGAZ\n"
    static let formatVersion: UInt32 = 3
    static let headerSize = 64

    /// Writes `gazetteer` to `path` through a temporary file renamed into place; false on any failure
    /// (a cache is an optimisation: the caller goes on without it).
    static func write(_ gazetteer: Gazetteer, key: (UInt64, UInt64), to path: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        guard let file = fopen(temporary, "wb") else { return false }
        var writer = Writer(file: file)
        writer.raw([UInt8](repeating: 0, count: headerSize))  // the header, written last
        writer.body(gazetteer)
        let (high, low) = writer.digest.value
        let bodyLength = writer.bodyLength
        var header = Writer(file: file)
        let ok = writer.ok && fseek(file, 0, SEEK_SET) == 0
        if ok {
            header.scalar(magic)
            header.scalar(formatVersion)
            header.scalar(UInt32(MemoryLayout<GazetteerPayload>.stride))
            header.scalar(key.0)
            header.scalar(key.1)
            header.scalar(UInt64(bodyLength))
            header.scalar(high)
            header.scalar(low)
        }
        let closed = fclose(file) == 0
        guard ok, header.ok, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The gazetteer stored at `path` for `key`, or nil when there is none, it was written for other
    /// sources or another format, or it is damaged.
    static func read(from path: String, key: (UInt64, UInt64)) -> Gazetteer? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var status = stat()
        guard fstat(fileno(file), &status) == 0, Int(status.st_size) >= headerSize else { return nil }
        var reader = Reader(file: file, remaining: Int(status.st_size))
        guard let fileMagic: UInt64 = reader.scalar(), fileMagic == magic,
              let version: UInt32 = reader.scalar(), version == formatVersion,
              let stride: UInt32 = reader.scalar(), stride == UInt32(MemoryLayout<GazetteerPayload>.stride),
              let keyHigh: UInt64 = reader.scalar(), let keyLow: UInt64 = reader.scalar(), keyHigh == key.0, keyLow == key.1,
              let bodyLength: UInt64 = reader.scalar(), let digestHigh: UInt64 = reader.scalar(), let digestLow: UInt64 = reader.scalar(),
              Int(bodyLength) == reader.remaining - (headerSize - 56)
        else { return nil }
        guard reader.skip(headerSize - 56) else { return nil }
        reader.digest = ContentDigest()
        guard let gazetteer = reader.body(), reader.remaining == 0 else { return nil }
        let (high, low) = reader.digest.value
        return high == digestHigh && low == digestLow ? gazetteer : nil
    }
}

extension GazetteerCacheFile {
    /// Sequential writes that digest the body as it goes.
    fileprivate struct Writer {
        let file: UnsafeMutablePointer<FILE>
        var digest = ContentDigest()
        var bodyLength = 0
        var ok = true
        private var inBody = false

        init(file: UnsafeMutablePointer<FILE>) { self.file = file }

        mutating func bytes(_ buffer: UnsafeRawBufferPointer) {
            guard ok, buffer.count > 0 else { return }
            ok = fwrite(buffer.baseAddress, 1, buffer.count, file) == buffer.count
            if inBody {
                digest.update(buffer)
                bodyLength += buffer.count
            }
        }

        mutating func raw(_ array: [UInt8]) { array.withUnsafeBytes { bytes($0) } }

        mutating func scalar<T: BitwiseCopyable>(_ value: T) { withUnsafeBytes(of: value) { bytes($0) } }

        mutating func string(_ value: String) {
            var copy = value
            copy.withUTF8 { utf8 in
                scalar(UInt64(utf8.count))
                bytes(UnsafeRawBufferPointer(utf8))
            }
        }

        mutating func array<T: BitwiseCopyable>(_ elements: UnsafeBufferPointer<T>) {
            scalar(UInt64(elements.count))
            bytes(UnsafeRawBufferPointer(elements))
        }

        mutating func array<T: BitwiseCopyable>(_ elements: [T]) { elements.withUnsafeBufferPointer { array($0) } }

        mutating func body(_ gazetteer: Gazetteer) {
            inBody = true
            scalar(UInt64(gazetteer.labels.count))
            for label in gazetteer.labels { string(label) }
            scalar(UInt64(gazetteer.lists.count))
            for list in gazetteer.lists {
                string(list.name)
                scalar(Int64(list.priority))
                string(list.caseMode.rawValue)
                scalar(Int64(list.index))
                array(list.stopTokens.sorted())
            }
            for counts in gazetteer.statistics {
                string(counts.name)
                string(counts.path)
                for value in [counts.entries, counts.names, counts.duplicates, counts.conflicts] { scalar(Int64(value)) }
                string(counts.firstConflict ?? "")
                scalar(UInt8(counts.firstConflict == nil ? 0 : 1))
            }
            scalar(UInt64(gazetteer.indexes.count))
            for index in gazetteer.indexes {
                scalar(UInt8(index.normalization.foldCase ? 1 : 0))
                scalar(UInt8(index.normalization.stripDiacritics ? 1 : 0))
                scalar(Int64(index.tokenCount))
                scalar(Int64(index.maximumLength))
                array(index.slots.buffer)
                array(index.tokenUnits.buffer)
                array(index.tokenStarts.buffer)
                array(index.rootChild.buffer)
                array(index.edges.buffer)
                array(index.nodes.buffer)
                array(index.payloads.buffer)
                array(index.idBytes)
                array(index.idStarts)
            }
        }
    }

    /// Sequential reads that digest what they read and never trust a count beyond the bytes left.
    fileprivate struct Reader {
        let file: UnsafeMutablePointer<FILE>
        var remaining: Int
        var digest = ContentDigest()

        mutating func bytes(into buffer: UnsafeMutableRawBufferPointer) -> Bool {
            guard buffer.count <= remaining else { return false }
            guard buffer.count == 0 || fread(buffer.baseAddress, 1, buffer.count, file) == buffer.count else { return false }
            remaining -= buffer.count
            digest.update(UnsafeRawBufferPointer(buffer))
            return true
        }

        mutating func skip(_ count: Int) -> Bool {
            var scratch = [UInt8](repeating: 0, count: count)
            return scratch.withUnsafeMutableBytes { bytes(into: $0) }
        }

        mutating func scalar<T: BitwiseCopyable>() -> T? {
            var value: T? = nil
            withUnsafeTemporaryAllocation(byteCount: MemoryLayout<T>.size, alignment: MemoryLayout<T>.alignment) { buffer in
                if bytes(into: buffer) { value = buffer.load(as: T.self) }
            }
            return value
        }

        mutating func count<T>(of type: T.Type) -> Int? {
            guard let count: UInt64 = scalar(), count <= UInt64(remaining / max(1, MemoryLayout<T>.stride)) else { return nil }
            return Int(count)
        }

        mutating func string() -> String? {
            guard let count = count(of: UInt8.self) else { return nil }
            var utf8 = [UInt8](repeating: 0, count: count)
            guard utf8.withUnsafeMutableBytes({ bytes(into: $0) }) else { return nil }
            return String(decoding: utf8, as: UTF8.self)
        }

        mutating func integer() -> Int? {
            guard let value: Int64 = scalar() else { return nil }
            return Int(value)
        }

        mutating func array<T: BitwiseCopyable>(of type: T.Type) -> [T]? {
            guard let count = count(of: T.self) else { return nil }
            var ok = true
            let elements = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                ok = bytes(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = ok ? count : 0
            }
            return ok ? elements : nil
        }

        mutating func table<T: BitwiseCopyable>(of type: T.Type) -> GazetteerTable<T>? {
            guard let count = count(of: T.self) else { return nil }
            return GazetteerTable(count: count) { bytes(into: $0) }
        }

        mutating func body() -> Gazetteer? {
            guard let labelCount = count(of: UInt64.self) else { return nil }
            var labels: [String] = []
            for _ in 0..<labelCount {
                guard let label = string() else { return nil }
                labels.append(label)
            }
            guard let listCount = count(of: UInt64.self) else { return nil }
            var lists: [GazetteerList] = []
            for _ in 0..<listCount {
                guard let name = string(), let priority = integer(), let caseName = string(),
                      let caseMode = GazetteerListOptions.CaseMode(rawValue: caseName), let index = integer(),
                      let stopTokens = array(of: Int32.self) else { return nil }
                lists.append(GazetteerList(name: name, priority: priority, caseMode: caseMode, index: index, stopTokens: Set(stopTokens)))
            }
            var statistics: [GazetteerListStatistics] = []
            for _ in 0..<listCount {
                guard let name = string(), let path = string(), let entries = integer(), let names = integer(),
                      let duplicates = integer(), let conflicts = integer(), let conflict = string(),
                      let hasConflict: UInt8 = scalar() else { return nil }
                var counts = GazetteerListStatistics(name: name, path: path)
                counts.entries = entries
                counts.names = names
                counts.duplicates = duplicates
                counts.conflicts = conflicts
                counts.firstConflict = hasConflict == 1 ? conflict : nil
                statistics.append(counts)
            }
            guard let indexCount = count(of: UInt64.self) else { return nil }
            var indexes: [GazetteerIndex] = []
            for _ in 0..<indexCount {
                guard let fold: UInt8 = scalar(), let strip: UInt8 = scalar(), let tokenCount = integer(), let maximumLength = integer(),
                      let slots = table(of: UInt64.self), let tokenUnits = table(of: UInt16.self),
                      let tokenStarts = table(of: UInt32.self), let rootChild = table(of: Int32.self),
                      let edges = table(of: UInt64.self), let nodes = table(of: UInt32.self),
                      let payloads = table(of: GazetteerPayload.self), let idBytes = array(of: UInt8.self),
                      let idStarts = array(of: Int.self),
                      slots.count > 0, slots.count & (slots.count - 1) == 0, tokenStarts.count == tokenCount + 1,
                      rootChild.count == tokenCount, edges.count > 0, edges.count & (edges.count - 1) == 0
                else { return nil }
                let tables = GazetteerIndex.Tables(
                    slots: slots, tokenUnits: tokenUnits, tokenStarts: tokenStarts, rootChild: rootChild, edges: edges,
                    nodes: nodes, payloads: payloads)
                indexes.append(GazetteerIndex(
                    normalization: TokenNormalization(foldCase: fold == 1, stripDiacritics: strip == 1), tables: tables,
                    idBytes: idBytes, idStarts: idStarts, tokenCount: tokenCount, maximumLength: maximumLength))
            }
            return Gazetteer(labels: labels, lists: lists, statistics: statistics, indexes: indexes)
        }
    }
}
