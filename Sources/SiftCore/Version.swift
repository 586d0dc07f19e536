/// Version facts written into every output record.
public enum SiftVersion {
    /// The tool's version.
    public static let tool = "0.1.0"
    /// The version of the output record schema (`Schemas/output.schema.json`).
    public static let outputSchema = "1.0"
    /// The version of the stage API (`Stage`, `StageDescriptor`).
    public static let stageAPI = 1
}
