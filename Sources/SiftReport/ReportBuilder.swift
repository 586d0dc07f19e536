/// Builds a report from the lines of a results file as they come, in one pass: each record is added to the
/// overview's summary and its section is rendered at once and spooled (`ReportSpool`); `finish` writes the
/// page — overview on top, then the spooled sections.
///
/// Every non-blank line becomes one document section: a processed document, or a failure (error records,
/// and lines that are not readable records, with the reason).
public final class ReportBuilder {
    public let options: ReportOptions
    public private(set) var summary = ReportSummary()
    private var line = 0
    private var input: String?
    private let spool: ReportSpool
    /// The first sections, held back until it is known whether the report is short enough to show them expanded.
    private var pending: [(number: Int, failed: Bool, content: HTMLBuffer)] = []
    private var sections = 0
    private var section = HTMLBuffer(capacity: 1 << 16)

    /// `scratchDirectory`: where sections are spooled once they pass a few megabytes.
    public init(options: ReportOptions, scratchDirectory: String) {
        self.options = options
        spool = ReportSpool(directory: scratchDirectory)
    }

    /// Starts reading another results file: line numbers start again at 1 and failures name the file.
    public func beginInput(_ name: String) {
        input = name
        line = 0
    }

    /// Adds the next line of the results (with or without its line break). Blank lines only count as lines.
    public func add(line bytes: some BidirectionalCollection<UInt8>) throws(ReportError) {
        line += 1
        var content = bytes[...]
        while let last = content.last, last == 0x0A || last == 0x0D { content = content.dropLast() }
        guard content.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        var record = ReportRecord.parse(line: content, number: line)
        if case .failure(var failure) = record, let input {
            failure.input = input
            record = .failure(failure)
        }
        try add(record)
    }

    /// Adds one record: counted in the overview, and given a section unless past `options.maxDocuments`.
    public func add(_ record: ReportRecord) throws(ReportError) {
        let number = summary.records + 1
        summary.add(record, number: number)
        guard number <= options.maxDocuments ?? Int.max else { return }
        section.removeAll()
        let failed: Bool
        switch record {
        case .document(let document):
            DocumentRenderer.render(document, number: number, into: &section)
            failed = false
        case .failure(let failure):
            FailureRenderer.render(failure, number: number, into: &section)
            failed = true
        }
        sections += 1
        if sections <= options.expandedUpTo {
            pending.append((number, failed, section))
            return
        }
        try flushPending(open: false)
        var opening = HTMLBuffer(capacity: 64)
        DocumentRenderer.openSection(number: number, failed: failed, open: false, into: &opening)
        try spool.append(opening.bytes)
        try spool.append(section.bytes)
    }

    /// Writes the whole page to `sink`, in chunks.
    public func finish(into sink: ([UInt8]) throws(ReportError) -> Void) throws(ReportError) {
        var page = HTMLBuffer(capacity: 1 << 16)
        ReportPage.head(options: options, summary: summary, into: &page)
        OverviewRenderer(summary: summary, shownDocuments: min(summary.records, options.maxDocuments ?? Int.max)).render(into: &page)
        ReportPage.documentsHeader(summary: summary, into: &page)
        for item in pending {
            DocumentRenderer.openSection(number: item.number, failed: item.failed, open: true, into: &page)
            page.append(item.content)
        }
        pending = []
        try sink(page.bytes)
        try spool.drain(into: sink)
        page.removeAll()
        ReportPage.tail(options: options, summary: summary, into: &page)
        try sink(page.bytes)
    }

    private func flushPending(open: Bool) throws(ReportError) {
        guard !pending.isEmpty else { return }
        for item in pending {
            var opening = HTMLBuffer(capacity: 64)
            DocumentRenderer.openSection(number: item.number, failed: item.failed, open: open, into: &opening)
            try spool.append(opening.bytes)
            try spool.append(item.content.bytes)
        }
        pending = []
    }
}
