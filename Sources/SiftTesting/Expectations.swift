import SiftCore
import Testing

/// Swift Testing checks for stage authors. Each records an issue at the caller's line when it fails.
public enum StageExpectations {
    /// Expects the substrings a span layer covers, in order.
    public static func covered(
        _ result: AnnotatedDocument, _ layer: LayerName, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actual = result.covered(layer)
        if result.document.layers[layer] == nil {
            Issue.record("layer '\(layer)' is missing; the document has \(result.layerNames.map(\.rawValue))", sourceLocation: sourceLocation)
        } else if actual != expected {
            Issue.record("layer '\(layer)' covers \(actual), expected \(expected)", sourceLocation: sourceLocation)
        }
    }

    /// Expects every span of every span layer to lie inside the text, in order, on code-point boundaries.
    public static func validSpans(_ result: AnnotatedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in result.spanProblems() { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }

    /// Expects the harness to fail on `text` with `code` (and returns the failure for further checks).
    @discardableResult
    public static func failure(
        _ harness: StageHarness, on text: String, code: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> DocumentFailure? {
        do {
            let failure = try harness.failure(text)
            if failure.code != code {
                Issue.record("failed with code '\(failure.code)' (\(failure.message)), expected '\(code)'", sourceLocation: sourceLocation)
            }
            return failure
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
