#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable array of a compiled gazetteer table, in memory of its own: aligned to 2 MiB and, on
/// Linux, advised for transparent huge pages when it is large.
///
/// A million-entry gazetteer has tables of tens of megabytes that every token probes at a random place;
/// with 4 KiB pages nearly every probe also misses the TLB, with 2 MiB pages nearly none does. The
/// matcher reads the table through `buffer` with no reference counting.
///
/// `@unchecked Sendable`: the memory is written once, in `init`, before the object is shared, and never
/// again; `deinit` frees it when the last reference goes. Concurrent readers of immutable memory are safe.
final class GazetteerTable<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The elements (valid as long as this object lives).
    let buffer: UnsafeBufferPointer<Element>
    private let base: UnsafeMutableRawPointer

    /// Tables from this size on get huge pages.
    static var hugePageThreshold: Int { 4 << 20 }

    /// A copy of `elements`.
    convenience init(_ elements: [Element]) {
        self.init(count: elements.count) { memory in
            _ = memory.bindMemory(to: Element.self).initialize(from: elements)
            return true
        }!
    }

    /// A table of `count` elements whose bytes `fill` writes (reading them from a cache file); nil when
    /// `fill` returns false.
    init?(count: Int, fill: (UnsafeMutableRawBufferPointer) -> Bool) {
        let bytes = max(64, count * MemoryLayout<Element>.stride)  // never empty: the base is never nil
        var memory: UnsafeMutableRawPointer?
        let alignment = bytes >= Self.hugePageThreshold ? 2 << 20 : 64
        let rounded = (bytes + alignment - 1) / alignment * alignment
        if posix_memalign(&memory, alignment, rounded) != 0 || memory == nil {
            memory = malloc(rounded)  // 16-byte aligned, enough for every element type here
        }
        guard let memory else { fatalError("out of memory for a \(rounded)-byte gazetteer table") }
        #if os(Linux)
        if bytes >= Self.hugePageThreshold { _ = madvise(memory, rounded, 14) }  // MADV_HUGEPAGE
        #endif
        guard fill(UnsafeMutableRawBufferPointer(start: memory, count: count * MemoryLayout<Element>.stride)) else {
            free(memory)
            return nil
        }
        let typed = memory.bindMemory(to: Element.self, capacity: count)
        base = memory
        buffer = UnsafeBufferPointer(start: typed, count: count)
    }

    deinit { free(base) }

    /// An array of `count` copies of `value` whose memory is advised for huge pages before it is first
    /// written (for the builder's hash tables, which are written at random places).
    static func hugePageArray(repeating value: Element, count: Int) -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
            let bytes = count * MemoryLayout<Element>.stride
            if bytes >= hugePageThreshold, let start = UnsafeMutableRawPointer(buffer.baseAddress) {
                let huge = 2 << 20
                let first = (Int(bitPattern: start) + huge - 1) / huge * huge
                let last = (Int(bitPattern: start) + bytes) / huge * huge
                if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, 14) }  // MADV_HUGEPAGE
            }
            #endif
            buffer.initialize(repeating: value)
            initialized = count
        }
    }

    var count: Int { buffer.count }

    @inline(__always)
    subscript(index: Int) -> Element { buffer[index] }

    /// Bytes held.
    var byteCount: Int { buffer.count * MemoryLayout<Element>.stride }
}

extension UnsafeMutablePointer {
    /// A new buffer of `capacity` elements holding this buffer's first `count`, moved; this one is freed.
    /// (The matcher's per-document arrays grow this way.)
    func movedToNewBuffer(count: Int, capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let new = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        new.moveInitialize(from: self, count: count)
        deallocate()
        return new
    }
}
