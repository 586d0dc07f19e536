import SiftCore
import SiftJSON

extension ProcessStage {
    /// The options of a process stage, as written in a pipeline config.
    public struct Options: Codable, Sendable, Equatable {
        /// The worker's argv: the executable (searched in `PATH` when it has no slash) and its arguments.
        /// Never run through a shell.
        public var command: [String] = []
        /// Layers the worker needs; empty: as declared in the worker's handshake.
        public var requires: [String] = []
        /// Layers the worker adds; empty: as declared in the worker's handshake.
        public var provides: [String] = []
        /// Worker processes run in parallel (each handles one document at a time).
        public var workers = 1
        /// Seconds a worker may take for one document before it is killed and restarted.
        public var timeoutSeconds = 30.0
        /// Seconds a worker may take to start and answer the handshake.
        public var startupTimeoutSeconds = 60.0
        /// Restarts allowed over the stage's life (after crashes and timeouts); then documents fail fast.
        public var restartLimit = 10
        /// Environment variables added to (or replacing) the inherited environment.
        public var env: [String: String] = [:]
        /// The worker's working directory, relative to the config file's folder.
        public var directory = "."
        /// Free-form options handed to the worker in the handshake.
        public var workerOptions: JSONValue = .object(JSONObject())

        enum CodingKeys: String, CodingKey {
            case command, requires, provides, workers, env, directory
            case timeoutSeconds = "timeout_seconds"
            case startupTimeoutSeconds = "startup_timeout_seconds"
            case restartLimit = "restart_limit"
            case workerOptions = "worker_options"
        }

        public init(command: [String], requires: [String] = [], provides: [String] = [], workers: Int = 1) {
            self.command = command
            self.requires = requires
            self.provides = provides
            self.workers = workers
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            command = try c.decodeIfPresent([String].self, forKey: .command) ?? []
            requires = try c.decodeIfPresent([String].self, forKey: .requires) ?? []
            provides = try c.decodeIfPresent([String].self, forKey: .provides) ?? []
            workers = try c.decodeIfPresent(Int.self, forKey: .workers) ?? 1
            timeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .timeoutSeconds) ?? 30
            startupTimeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .startupTimeoutSeconds) ?? 60
            restartLimit = try c.decodeIfPresent(Int.self, forKey: .restartLimit) ?? 10
            env = try c.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
            directory = try c.decodeIfPresent(String.self, forKey: .directory) ?? "."
            workerOptions = try c.decodeIfPresent(JSONValue.self, forKey: .workerOptions) ?? .object(JSONObject())
        }

        /// The option docs, defaults identical to the decoded ones.
        static let docs: [OptionDoc] = [
            OptionDoc("command", .array(.string), default: nil,
                      "The worker's argv, e.g. [\"python3\", \"worker.py\"]: run directly, never through a shell; a relative script path resolves against `directory`."),
            OptionDoc("requires", .array(.string), default: [], "Layers the worker needs; empty: as the worker declares in its handshake (when both are given they must agree). `text` is always sent."),
            OptionDoc("provides", .array(.string), default: [], "Layers the worker adds; empty: as the worker declares in its handshake (when both are given they must agree)."),
            OptionDoc("workers", .integer(minimum: 1, maximum: 256), default: 1, "Worker processes run in parallel, one document each at a time (use with `pipeline run --jobs`)."),
            OptionDoc("timeout_seconds", .number(minimum: 0.001, maximum: 86_400), default: 30, "Seconds a worker may take for one document; a worker that takes longer is killed and restarted, and the document fails."),
            OptionDoc("startup_timeout_seconds", .number(minimum: 0.001, maximum: 86_400), default: 60, "Seconds a worker may take to start and answer the handshake."),
            OptionDoc("restart_limit", .integer(minimum: 0, maximum: nil), default: 10, "Worker restarts (after crashes and timeouts) allowed over the run; past it, documents fail without a retry."),
            OptionDoc("env", .object, default: [:], "Environment variables (string values) added to the inherited environment."),
            OptionDoc("directory", .path, default: ".", "The worker's working directory, relative to the config file's folder; relative paths in `command` resolve against it."),
            OptionDoc("worker_options", .object, default: [:], "Free-form options handed to the worker in the handshake."),
        ]
    }
}
