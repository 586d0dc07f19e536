import ArgumentParser

/// The `pipeline` command: runs, validates and describes Sift pipelines.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Run NLP pipelines over web text and write JSON Lines.",
        discussion: """
            Exit codes: 0 every document succeeded; 1 some documents failed (each has an error record); \
            2 usage or config error (nothing was processed).
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ReportCommand.self, ValidateCommand.self, StagesCommand.self, SchemaCommand.self, EvalCommand.self, BenchCommand.self,
                      GazetteerBenchCommand.self, SentimentBenchCommand.self, NewStageCommand.self]
    )
}
