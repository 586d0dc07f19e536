import CSiftICU
import SiftCore
import Synchronization

/// The kind of ICU break iterator.
public enum BreakKind: Sendable {
    case character, word, line, sentence

    var cValue: Int32 {
        switch self {
        case .character: return Int32(SIFT_BREAK_CHARACTER)
        case .word: return Int32(SIFT_BREAK_WORD)
        case .line: return Int32(SIFT_BREAK_LINE)
        case .sentence: return Int32(SIFT_BREAK_SENTENCE)
        }
    }
}

/// Boundaries found by a break iterator: offsets (UTF-16) after the start, with ICU rule statuses.
public struct BreakBoundaries: Sendable {
    /// Boundary offsets in ascending order, excluding 0, including the text length (when non-empty).
    public var offsets: [Int32] = []
    /// The ICU rule status of each boundary (`UBRK_WORD_*` ranges for word iterators).
    public var statuses: [Int32] = []
}

/// A pool of ICU break iterators of one kind and locale, shared by worker threads.
///
/// ICU iterators are not thread-safe; the pool hands each caller an iterator of its own for the
/// duration of one call and takes it back afterwards, so opening cost is paid once per thread.
public final class BreakIteratorPool: Sendable {
    public let kind: BreakKind
    public let locale: String
    private let template: BreakerHandle
    private let idle = Mutex<[BreakerHandle]>([])

    /// Opens the template iterator; fails when ICU does not accept the locale.
    public init(kind: BreakKind, locale: String) throws(StageSetupError) {
        self.kind = kind
        self.locale = locale
        var error: Int32 = 0
        guard let pointer = locale.withCString({ sift_breaker_open(kind.cValue, $0, &error) }) else {
            throw StageSetupError(option: "locale", message: "ICU cannot open a break iterator for locale '\(locale)' (ICU error \(error))")
        }
        template = BreakerHandle(pointer)
    }

    /// Runs the iterator over `text` and returns every boundary after offset 0.
    public func boundaries(of text: [UInt16]) -> BreakBoundaries {
        var result = BreakBoundaries()
        guard !text.isEmpty else { return result }
        let handle = checkOut()
        defer { checkIn(handle) }
        let capacity = 1024
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        result.offsets.reserveCapacity(text.count / 4 + 4)
        result.statuses.reserveCapacity(text.count / 4 + 4)
        text.withUnsafeBufferPointer { buffer in
            _ = sift_breaker_set_text(handle.pointer, buffer.baseAddress, Int32(buffer.count))
            while true {
                let count = offsets.withUnsafeMutableBufferPointer { o in
                    statuses.withUnsafeMutableBufferPointer { s in
                        sift_breaker_fill(handle.pointer, o.baseAddress, s.baseAddress, Int32(capacity))
                    }
                }
                if count <= 0 { break }
                result.offsets.append(contentsOf: offsets[0..<Int(count)])
                result.statuses.append(contentsOf: statuses[0..<Int(count)])
                if count < capacity { break }
            }
            // Detach the iterator from the buffer before it goes out of scope.
            _ = sift_breaker_set_text(handle.pointer, nil, 0)
        }
        return result
    }

    private func checkOut() -> BreakerHandle {
        var error: Int32 = 0
        // Cloning happens under the lock too, so the template is never read by two threads at once.
        let reused: BreakerHandle? = idle.withLock { idle in
            if let handle = idle.popLast() { return handle }
            return sift_breaker_clone(template.pointer, &error).map(BreakerHandle.init)
        }
        if let reused { return reused }
        // Cloning only fails on memory exhaustion; opening afresh is the fallback.
        if let pointer = locale.withCString({ sift_breaker_open(kind.cValue, $0, &error) }) { return BreakerHandle(pointer) }
        fatalError("ICU could not allocate a break iterator (error \(error))")
    }

    private func checkIn(_ handle: BreakerHandle) {
        idle.withLock { $0.append(handle) }
    }
}

/// Owns one ICU break iterator.
///
/// `@unchecked Sendable`: the iterator is mutable C state, but a handle is only ever used by the
/// thread that checked it out of a `BreakIteratorPool` (the template is only cloned, under no
/// concurrent iteration), so no two threads touch the same iterator at once.
final class BreakerHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { sift_breaker_close(pointer) }
}
