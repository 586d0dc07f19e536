extension ReportBuilder {
    /// Reads the results files at `inputs` (`-`: standard input) in order and writes their report to `output`
    /// (`-`: standard output). Returns the summary (counts for a closing message).
    public static func makeReport(inputs: [String], output: String, options: ReportOptions) throws(ReportError) -> ReportSummary {
        let file = try ReportFile(path: output)
        let builder = ReportBuilder(options: options, scratchDirectory: file.directory)
        for input in inputs {
            if inputs.count > 1 { builder.beginInput(input == "-" ? "standard input" : input) }
            try ResultsReader.forEachLine(path: input) { (line) throws(ReportError) in try builder.add(line: line) }
        }
        try builder.finish { (bytes) throws(ReportError) in try file.write(bytes) }
        try file.commit()
        return builder.summary
    }

    /// The report of `lines` (results lines) as a string, built in memory.
    public static func html(lines: [String], options: ReportOptions) throws(ReportError) -> String {
        let builder = ReportBuilder(options: options, scratchDirectory: ".")
        for line in lines { try builder.add(line: Array(line.utf8)) }
        var page: [UInt8] = []
        try builder.finish { (bytes) throws(ReportError) in page.append(contentsOf: bytes) }
        return String(decoding: page, as: UTF8.self)
    }
}
