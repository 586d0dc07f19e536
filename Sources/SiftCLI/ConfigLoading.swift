import ArgumentParser
import SiftBuiltins
import SiftConfig
import SiftRuntime

/// Loads a config file and builds its pipeline, printing every problem and exiting with status 2 on failure.
func loadPipeline(configPath: String, registry: StageRegistry) throws -> (PipelineConfig, Pipeline) {
    do {
        let config = try PipelineConfigParser().load(file: configPath)
        let pipeline = try PipelineBuilder(registry: registry).build(config)
        return (config, pipeline)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.usageOrConfig)
    }
}
