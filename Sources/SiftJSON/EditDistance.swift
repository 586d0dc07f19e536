/// Levenshtein distance between two strings (by Unicode scalars), for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate closest to `name`, if it is close enough to be a plausible typo.
public func nearestName(to name: String, among candidates: [String]) -> String? {
    let lowered = name.lowercased()
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
            best = (candidate, distance)
        }
    }
    guard let best else { return nil }
    let limit = max(2, min(lowered.count, best.name.count) / 3)
    if best.distance <= limit { return best.name }
    if best.name.lowercased().hasPrefix(lowered) || lowered.hasPrefix(best.name.lowercased()) { return best.name }
    return nil
}
