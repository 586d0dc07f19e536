import SiftCore

extension ProcessStage {
    /// Checks the options that need no worker.
    static func check(_ options: Options) throws(StageSetupError) {
        guard let program = options.command.first else {
            throw StageSetupError(option: "command", message: "give the worker's argv, e.g. [\"python3\", \"worker.py\"] (it is run directly, never through a shell)")
        }
        guard !program.isEmpty, !options.command.contains(where: { $0.utf8.contains(0) }) else {
            throw StageSetupError(option: "command", message: "the program name must not be empty, and no argument may contain a NUL character")
        }
        guard options.workers >= 1 else { throw StageSetupError(option: "workers", message: "must be at least 1, got \(options.workers)") }
        guard options.timeoutSeconds > 0 else { throw StageSetupError(option: "timeout_seconds", message: "must be positive, got \(options.timeoutSeconds)") }
        guard options.startupTimeoutSeconds > 0 else {
            throw StageSetupError(option: "startup_timeout_seconds", message: "must be positive, got \(options.startupTimeoutSeconds)")
        }
        guard options.restartLimit >= 0 else { throw StageSetupError(option: "restart_limit", message: "must not be negative, got \(options.restartLimit)") }
        for key in options.env.keys where key.isEmpty || key.contains("=") || key.utf8.contains(0) {
            throw StageSetupError(option: "env", message: "'\(key)' is not a valid environment variable name")
        }
        guard case .object = options.workerOptions else {
            throw StageSetupError(option: "worker_options", message: "expected an object, got \(options.workerOptions.excerpt)")
        }
    }

    /// The layers a stage requires or provides: as configured, as declared by the worker, or both when they agree.
    static func resolve(
        _ option: String, configured: [String]?, declared: [LayerName]?, worker: String, fallback: [LayerName]?
    ) throws(StageSetupError) -> [LayerName] {
        let fromConfig = configured.map { $0.map { LayerName($0) } }
        var layers: [LayerName]
        switch (fromConfig, declared) {
        case (let configured?, let declared?):
            guard Set(configured) == Set(declared) else {
                throw StageSetupError(option: option, message: "the config says [\(list(configured))] but worker '\(worker)' declares [\(list(declared))] in its handshake: make them agree, or leave `\(option)` out of the config")
            }
            layers = configured
        case (let configured?, nil): layers = configured
        case (nil, let declared?): layers = declared
        case (nil, nil):
            guard let fallback else {
                throw StageSetupError(option: option, message: "worker '\(worker)' declares no \"\(option)\" in its handshake: declare its layers there or in the config")
            }
            layers = fallback
        }
        var seen = Set<LayerName>()
        layers = layers.filter { seen.insert($0).inserted }
        if option == "requires" {
            if !layers.contains(.text) { layers.insert(.text, at: 0) }
            return layers
        }
        guard !layers.isEmpty else { throw StageSetupError(option: option, message: "worker '\(worker)' provides no layer: a stage must add at least one") }
        for layer in layers where layer.rawValue.isEmpty || reservedLayers.contains(layer.rawValue) {
            throw StageSetupError(option: option, message: "'\(layer)' cannot be provided by a process stage (reserved names: \(reservedLayers.sorted().joined(separator: ", ")))")
        }
        return layers
    }
}
