import SiftCore

/// VADER's contrastive-conjunction rule, `_but_check`, with its quirk reproduced.
///
/// VADER halves the valences before the first `but` and multiplies those after it by 1.5, but it does so
/// with `for sentiment in sentiments: si = sentiments.index(sentiment)`: `index` finds the *first* element
/// equal to the value, so when two words share a valence (`good … good`, or a value that an earlier
/// multiplication produced), the first one is changed again and the later one is not. Zeros stay zero
/// either way, so only non-zero valences matter. Short sentences replay the loop as written; long ones keep,
/// per value, a min-heap of the positions holding it, so a 1 MB sentence stays O(n log n).
extension VaderScorer {
    /// Replays `_but_check` on `sentiments`; `butIndex` is the position of the first `but`.
    static func butCheck(_ sentiments: inout [Double], butIndex: Int, explain: Bool, cues: inout [VaderRawCue]) {
        let count = sentiments.count
        @inline(__always) func change(_ position: Int, from value: Double) -> Double? {
            if position == butIndex { return nil }
            let changed = position < butIndex ? value * 0.5 : value * 1.5
            sentiments[position] = changed
            if explain {
                cues.append(VaderRawCue(word: position, rule: .but, modifierStart: butIndex, modifierEnd: butIndex + 1, weight: changed - value))
            }
            return changed
        }
        if count <= 256 {
            for step in 0..<count {
                let value = sentiments[step]
                if value == 0 { continue }
                var first = 0
                while first < step && sentiments[first] != value { first += 1 }
                _ = change(first, from: value)
            }
            return
        }
        var heaps: [UInt64: [Int]] = [:]
        for position in 0..<count where sentiments[position] != 0 {
            heaps[sentiments[position].bitPattern, default: []].append(position)  // ascending: already a heap
        }
        for step in 0..<count {
            let value = sentiments[step]  // never changed yet: changes only hit positions <= earlier steps
            if value == 0 { continue }
            guard let first = heaps[value.bitPattern]?.first else { continue }
            guard let changed = change(first, from: value) else { continue }
            heaps[value.bitPattern]?.popMinimum()
            heaps[changed.bitPattern, default: []].pushHeap(first)
        }
    }
}

extension Array where Element == Int {
    /// Adds `value` to a binary min-heap stored in the array.
    fileprivate mutating func pushHeap(_ value: Int) {
        append(value)
        var child = count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if self[parent] <= self[child] { break }
            swapAt(parent, child)
            child = parent
        }
    }

    /// Removes the smallest element of a binary min-heap stored in the array.
    fileprivate mutating func popMinimum() {
        guard !isEmpty else { return }
        swapAt(0, count - 1)
        removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < count && self[left] < self[smallest] { smallest = left }
            if right < count && self[right] < self[smallest] { smallest = right }
            if smallest == parent { return }
            swapAt(parent, smallest)
            parent = smallest
        }
    }
}
