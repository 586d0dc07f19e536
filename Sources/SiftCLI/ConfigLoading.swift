import ArgumentParser
import SiftBuiltins
import SiftConfig
import SiftRuntime

/// Loads a config file and builds its pipeline, printing every problem and exiting with status 2 on failure.
func loadPipeline(configPath: String, registry: StageRegistry) throws -> (PipelineConfig, Pipeline) {
    do {
        return try PipelineBuilder(registry: registry).load(file: configPath)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.usageOrConfig)
    }
}
